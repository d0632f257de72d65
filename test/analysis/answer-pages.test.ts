import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePeriod } from '../../analysis/indicators/analyse.ts';
import { answerColumns as project, type AnswerColumns } from '../../analysis/answer-columns.ts';
import type { StoredAnswer } from '../../analysis/answer-source.ts';
import { answerColumns, answerPages } from '../../server/db/answer-pages.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

/**
 * Answers read page by page, each next page asked for ahead and, for an embedded file, read on a
 * thread of its own (server/db/read-thread.ts): every answer once, in id order, and the same reports
 * as when a wave is read in one page on the calling thread.
 */
let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedDatabase(db.client, loadCatalog('surveys'), { scale: 0.05, seed: 3 });
}, 60_000);
afterAll(async () => {
  await db?.destroy();
});

async function read(pages: AsyncIterable<StoredAnswer[]>): Promise<{ sizes: number[]; answers: StoredAnswer[] }> {
  const sizes: number[] = [];
  const answers: StoredAnswer[] = [];
  for await (const page of pages) {
    sizes.push(page.length);
    answers.push(...page);
  }
  return { sizes, answers };
}

describe('answer pages read ahead', () => {
  it('hand out every answer of a wave once, in id order, whatever the page size', async () => {
    const rs = await db.client.execute("SELECT answers, attributes FROM responses WHERE survey_id = 'inclusie' AND wave = '2026-H1' ORDER BY id");
    const expected = rs.rows.map((r) => ({ answers: String(r.answers), attributes: String(r.attributes) }));
    expect(expected.length).toBeGreaterThan(100);
    const paged = await read(answerPages(db.client, 'inclusie', '2026-H1', 37));
    expect(paged.sizes.slice(0, -1).every((n) => n === 37)).toBe(true);
    expect(paged.answers).toEqual(expected);
    // A client opened outside openDatabase reads every page itself, with the same result.
    const plain = createClient({ url: db.url });
    try {
      expect((await read(answerPages(plain, 'inclusie', '2026-H1', 37))).answers).toEqual(expected);
    } finally {
      plain.close();
    }
  });

  it('reduce every page to the fields asked for alike, on the read thread or on the calling thread', async () => {
    const fields = ['incl_erbij_horen', 'disc_ervaren', 'directie', 'niet_gevraagd'];
    const columns = async (pages: AsyncIterable<AnswerColumns>) => {
      const rows: unknown[][] = [];
      for await (const page of pages) {
        const values = [undefined, ...page.values.map((t) => JSON.parse(t) as unknown)];
        for (let r = 0; r < page.count; r++) rows.push([...fields.map((_, j) => values[page.codes[r * fields.length + j]!]), page.attributes[page.attributeCodes[r]!]]);
      }
      return rows;
    };
    const here = async function* () {
      for await (const page of answerPages(db.client, 'inclusie', '2026-H1', 37)) yield project(page, fields);
    };
    const expected = await columns(here());
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.some((row) => row[0] !== undefined && row[2] !== undefined)).toBe(true);
    expect(await columns(answerColumns(db.client, 'inclusie', '2026-H1', fields, 37))).toEqual(expected);
    const plain = createClient({ url: db.url });
    try {
      expect(await columns(answerColumns(plain, 'inclusie', '2026-H1', fields, 37))).toEqual(expected);
    } finally {
      plain.close();
    }
  });

  it('stops cleanly when the reader stops early, with a page already asked for', async () => {
    for await (const page of answerPages(db.client, 'inclusie', '2026-H1', 10)) {
      expect(page).toHaveLength(10);
      break;
    }
  });

  it('give the same reports in pages of 50 as in one page', async () => {
    const source = databaseAnswerSource(db.client);
    const paged = await analysePeriod(source, '2026-H1', undefined, { pageSize: 50 });
    const whole = await analysePeriod(source, '2026-H1', undefined, { pageSize: 1_000_000 });
    expect(paged.map((r) => r.survey).sort()).toEqual(['exit', 'inclusie', 'mystery-guest', 'onboarding', 'toegankelijkheid']);
    expect(paged).toEqual(whole);
  });
});
