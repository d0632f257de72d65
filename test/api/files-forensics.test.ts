import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { sampleRankCorrelation } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchAnswerSets } from '../../bench/validate.ts';
import { createApp } from '../../server/app.ts';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { compileSurvey } from '../../survey-format/validation/index.ts';
import { createWave } from '../../server/waves/waves.ts';
import { Agent, PASSWORD } from './admin-client.ts';
import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { keptRoots, nonCanonicalPages } from '../support/canonical-pages.ts';
import { findingAt, readDatabaseFile, readWal, type Finding } from '../support/sqlite-file.ts';

/**
 * The attack of issue 11 on the files themselves: answers come in a known order, two browsers at a
 * time with small random pauses, while a researcher uses the workspace; someone copies the database
 * file and its WAL at random moments, and after the wave closes, and reads them without SQLite
 * (test/support/sqlite-file.ts). Nothing they can read may follow the order of submission, and
 * nothing with a time may be in these files. 1,500 answers rather than a few hundred: with n
 * answers, rho of an unrelated feature already has a standard deviation of 1/sqrt(n - 1), 0.058 for
 * 300, and a bound of 0.1 needs several of those to hold every time.
 * Embedded files only: on a libSQL server the files are the server's (docs/decisions/010).
 */
const N = 1500;
const COPIES = 4;
const start = new Date('2026-09-15T08:00:00Z');
const catalog = loadCatalog('surveys');
const USERNAME = 'onderzoeker-forensisch';

interface Copy {
  /** The answers (by order of sending) acknowledged when the copy was taken. */
  acknowledged: number[];
  db: Buffer;
  wal: Buffer;
  /** The root pages of the answers' b-trees when it was taken (sqlite_schema: a rewrite moves them). */
  roots: number[];
}

let t: TestDatabase;
const markers: string[] = [];
const copies: Copy[] = [];
let workspaceRequests = 0;

/** Valid inclusion-survey answers, to which each submission adds a ~1 KB open answer with a marker only this test knows. */
function answerSets(): Record<string, unknown>[] {
  const survey = catalog.get('inclusie')!.definition.survey as Record<string, unknown>;
  const validator = compileSurvey(survey);
  const valid = benchAnswerSets(survey, 300).flatMap((a) => {
    const r = validator.validate(a);
    return r.ok ? [r.answers] : [];
  });
  return valid;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  if (testDatabaseKind === 'sqld') return;
  t = await freshDatabase();
  // The clock moves on 100 ms per reading, so the open link's rate limit (20 a second) never refuses.
  let ticks = 0;
  const now = () => new Date(start.getTime() + 100 * ticks++);
  const wave = await createWave(t.client, catalog, 'inclusie', { mode: 'open' }, start);
  const app = createApp({ db: t, staff: t.staff, catalog, now });

  const researcher = new Agent(app);
  const setup = await researcher.request('POST', '/setup', { token: await issueSetupToken(t.staff.client), username: USERNAME, password: PASSWORD });
  expect(setup.status).toBe(201);
  expect((await researcher.login(USERNAME)).status).toBe(200);
  const useWorkspace = async () => {
    const path = [`/waves`, `/waves/${wave.id}/counts`, '/session', '/audit?limit=5'][workspaceRequests++ % 4]!;
    expect((await researcher.request('GET', path)).status).toBe(200);
  };

  // Two respondents' browsers at a time, each sending its next answer once the last is stored:
  // answer i is the i-th sent.
  const sets = answerSets();
  const copyAt = new Set(Array.from({ length: COPIES - 1 }, () => Math.floor(N * (0.6 + 0.4 * Math.random()))));
  const acknowledged: number[] = [];
  let next = 0;
  // A copy is taken between transactions, as in a single-threaded server: the writer thread
  // (decision 017) would otherwise be writing pages while they are read. No new request starts,
  // those under way finish, a running rewrite ends, and an empty transaction through the writer
  // comes back once the last group's checkpoint is done.
  let inFlight = 0;
  let gate: Promise<void> | undefined;
  const copyBetweenTransactions = async (ack: number[]) => {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    while (inFlight > 0) await pause(1);
    await t.rewrites?.settled();
    await t.writer.write([]);
    copies.push(await copyFiles(ack));
    gate = undefined;
    open();
  };
  const respondent = async () => {
    for (let i = next++; i < N; i = next++) {
      while (gate) await gate;
      const marker = `fx${randomBytes(8).toString('hex')}`;
      markers[i] = marker;
      const answers = { ...sets[i % sets.length], incl_verbetering: `${marker} ${'Meer ruimte voor overleg en minder vergaderen. '.repeat(16)}`.slice(0, 900) };
      inFlight++;
      const res = await app.request('/api/surveys/inclusie/responses', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ answers }),
      });
      inFlight--;
      expect(res.status).toBe(201);
      acknowledged.push(i);
      if (Math.random() < 0.25) await useWorkspace();
      if (copyAt.has(acknowledged.length)) await copyBetweenTransactions([...acknowledged]);
      await pause(Math.random() * 2);
    }
  };
  await Promise.all([respondent(), respondent()]);
  await copyBetweenTransactions([...acknowledged]);
  // The researcher closes the wave: its idempotency records go, and the file is rewritten.
  expect((await researcher.request('POST', `/waves/${wave.id}/close`)).status).toBe(200);
  copies.push(await copyFiles([...acknowledged]));
}, 120_000);
afterAll(async () => {
  await t?.destroy();
});

async function copyFiles(acknowledged: number[]): Promise<Copy> {
  const path = t.path!;
  const roots = await keptRoots(t.client);
  return { acknowledged, db: readFileSync(path), wal: existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0), roots };
}

const MARKER = /fx[0-9a-f]{16}/g;
const located = new Map<Copy, Map<string, Finding[]>>();

/** Where each marker lies in a copy's main file, in one pass over its bytes. */
function locate(copy: Copy): Map<string, Finding[]> {
  let found = located.get(copy);
  if (found) return found;
  found = new Map();
  const db = readDatabaseFile(copy.db);
  for (const m of copy.db.toString('latin1').matchAll(MARKER)) {
    found.set(m[0], [...(found.get(m[0]) ?? []), findingAt(db, m.index, m[0].length)]);
  }
  located.set(copy, found);
  return found;
}

/** Spearman's rho between submission order and a feature, over the answers that have it. */
function rho(points: [order: number, feature: number][]): number {
  return sampleRankCorrelation(
    points.map((p) => p[0]),
    points.map((p) => p[1]),
  );
}

describe.skipIf(testDatabaseKind === 'sqld')(`the database files after ${N} answers in a known order, with a workspace in use`, () => {
  it('hold every acknowledged answer in a cell of the main file, on its page, and none in overflow pages', () => {
    expect(workspaceRequests).toBeGreaterThan(N / 10);
    for (const copy of copies) {
      expect(readDatabaseFile(copy.db).pages.filter((p) => p.kind === 'overflow')).toEqual([]);
      const where = locate(copy);
      for (const order of copy.acknowledged) {
        const found = where.get(markers[order]!) ?? [];
        // The parser is proven to work: each answer is where a reader of the format finds it.
        expect(found.filter((f) => f.cell).length).toBe(1);
        expect(found.filter((f) => f.kind === 'overflow' || f.freelistPosition !== undefined)).toEqual([]);
      }
    }
  });

  it('keep no order of submission in page numbers, cell offsets or the order of cells on a page (|rho| < 0.1)', () => {
    for (const copy of copies) {
      const where = locate(copy);
      const cells = copy.acknowledged.map((order) => ({ order, f: where.get(markers[order]!)!.find((f) => f.cell)! }));
      const features: Record<string, [number, number][]> = {
        'page number': cells.map(({ order, f }) => [order, f.page]),
        'cell offset in its page': cells.map(({ order, f }) => [order, f.cell!.offset]),
        'rank of the cell by offset in its page': cells.map(({ order, f }) => [order, f.cell!.rankByOffset / f.cell!.cellsOnPage]),
        'index of the cell in its page': cells.map(({ order, f }) => [order, f.cell!.index / f.cell!.cellsOnPage]),
      };
      for (const [name, points] of Object.entries(features)) expect(Math.abs(rho(points)), `${name}, copy after ${copy.acknowledged.length}`).toBeLessThan(0.1);
    }
  });

  it("keep every page of the answers' b-trees canonical in every copy: cells in key order from the end of the page, no free space but the zeroed gap (decision 024)", async () => {
    for (const copy of copies) {
      const db = readDatabaseFile(copy.db);
      const { pages, wrong } = await nonCanonicalPages((n) => copy.db.subarray((n - 1) * db.pageSize, n * db.pageSize), copy.roots, db.pageSize);
      expect(pages).toBeGreaterThan(copy.roots.length);
      expect(wrong, `copy after ${copy.acknowledged.length}`).toEqual([]);
    }
  });

  it('keep no stray copy of an answer once the wave is closed; while it is open, only copies of stored answers', () => {
    // A page split rebuilds a page without clearing its free space, which may keep an old copy of an
    // answer that also lives on in its cell; the rewrite after closing leaves none.
    for (const copy of copies) {
      const strays = [...locate(copy).entries()].filter(([, found]) => found.some((f) => !f.cell));
      for (const [marker, found] of strays) expect(found.filter((f) => f.cell), marker).toHaveLength(1);
    }
    const closed = copies.at(-1)!;
    expect([...locate(closed).values()].flat().filter((f) => !f.cell)).toEqual([]);
  });

  it('keep at most the latest transaction in the WAL, and no frames of earlier ones', () => {
    for (const copy of copies) {
      const wal = readWal(copy.wal);
      const commits = wal.frames.filter((f) => f.commitSize > 0);
      expect(commits.length, `copy after ${copy.acknowledged.length}`).toBeLessThanOrEqual(1);
      if (commits.length === 1) expect(commits[0]!.index).toBe(wal.frames.length - 1);
      for (const frame of wal.frames) expect(frame.salt).toEqual(wal.salt);
    }
  });

  it('hold no session, audit entry, account or time: those are in the staff database', () => {
    const staff = readFileSync(t.staffUrl.slice('file:'.length));
    expect(staff.includes(USERNAME)).toBe(true);
    for (const copy of copies) {
      for (const bytes of [copy.db, copy.wal]) {
        for (const word of [USERNAME, 'last_seen_at', 'audit_log', 'password_hash']) expect(bytes.includes(word), word).toBe(false);
        expect(bytes.toString('latin1')).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      }
    }
  });
});
