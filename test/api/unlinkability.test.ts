import { sampleRankCorrelation } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitations } from '../../server/waves/waves.ts';
import { postResponse, testApp, type TestApp } from '../support/app.ts';

/**
 * The linkage attack of ../shared/guide/privacy.md: someone holds the whole database after a wave
 * and knows the order in which links were handed out and answers came in. Nothing in storage may
 * let them line tokens up with answers better than chance.
 */
const N = 1000;
const now = new Date('2026-09-15T10:00:00Z');
let t: TestApp;
let tokens: string[];

beforeAll(async () => {
  t = await testApp(now, { mode: 'invitation' });
  tokens = (await createInvitations(t.db.client, 'werkplek-2026-H2', N, {}, now)).tokens;
  // Invitee i answers i-th, in groups of 20 at once (as a busy morning would), and says who they are
  // in the comment, which only this test can read.
  for (let start = 0; start < N; start += 20) {
    const group = tokens.slice(start, start + 20).map((token, j) =>
      postResponse(t.app, 'werkplek', { answers: { tevredenheid: 3, aanpassing_gevraagd: 'nee', toelichting: `n${start + j}` }, token }),
    );
    for (const res of await Promise.all(group)) expect(res.status).toBe(201);
  }
}, 120_000);
afterAll(async () => {
  await t.db.destroy();
});

describe('after 1,000 invited answers in a known order', () => {
  it('stores answers in an order unrelated to the order of submission', async () => {
    const stored = (await t.db.client.execute('SELECT answers FROM responses')).rows.map((r) => JSON.parse(String(r.answers)).toelichting as string);
    expect(stored).toHaveLength(N);
    const submittedAs = stored.map((c) => Number(c.slice(1)));
    const positions = submittedAs.map((_, i) => i);
    expect(Math.abs(sampleRankCorrelation(positions, submittedAs))).toBeLessThan(0.1);
  });

  it('stores invitations in an order unrelated to the order they were handed out', async () => {
    const hashes = (await t.db.client.execute('SELECT token_hash FROM invitations')).rows.map((r) => String(r.token_hash));
    const { invitationTokenHash } = await import('../../server/submissions/anonymise.ts');
    const handedOut = new Map(tokens.map((tok, i) => [invitationTokenHash(tok), i]));
    const order = hashes.map((h) => handedOut.get(h)!);
    expect(Math.abs(sampleRankCorrelation(order.map((_, i) => i), order))).toBeLessThan(0.1);
  });

  it('keeps no time and no column that joins a token to an answer', async () => {
    const tables = (await t.db.client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => String(r.name));
    for (const table of tables) {
      const cols = (await t.db.client.execute(`PRAGMA table_info(${table})`)).rows.map((r) => String(r.name));
      const timeLike = cols.filter((c) => /time|date|created|updated|_at$|_on$/.test(c));
      // Only a wave's own opening and closing dates are dates, and they are the same for every answer;
      // purged_on: one date per wave, set only once its answers are gone. The researchers' accounts,
      // sessions and audit log, which hold times, are in the staff database.
      const allowed = ['waves.opens_on', 'waves.closes_on', 'waves.purged_on'];
      expect(timeLike.filter((c) => !allowed.includes(`${table}.${c}`))).toEqual([]);
      const dump = JSON.stringify((await t.db.client.execute(`SELECT * FROM ${table}`)).rows);
      expect(dump).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
    const responseCols = (await t.db.client.execute('PRAGMA table_info(responses)')).rows.map((r) => String(r.name));
    expect(responseCols.sort()).toEqual(['answers', 'attributes', 'id', 'survey_id', 'survey_version', 'wave']);
    const invitationCols = (await t.db.client.execute('PRAGMA table_info(invitations)')).rows.map((r) => String(r.name));
    expect(invitationCols.sort()).toEqual(['batch_id', 'token_hash', 'used']);
    expect((await t.db.client.execute('SELECT count(*) AS n FROM invitations WHERE used = 1')).rows[0]!.n).toBe(N);
  });
});
