import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { RewriteSchedule } from '../../server/db/rewrite-schedule.ts';

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.destroy();
});

/** The page the responses table starts on: a rewrite creates the table anew, on another page. */
const rootPage = async () => Number((await db.client.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'responses'")).rows[0]!.rootpage);

async function addAnswers(n: number): Promise<void> {
  await db.client.batch(
    Array.from({ length: n }, () => ({
      sql: "INSERT INTO responses (id, survey_id, survey_version, wave, answers) VALUES (?, 'werkplek', '1.0.0', '2026-H2', '{}')",
      args: [crypto.randomUUID()],
    })),
    'write',
  );
}

// A libSQL server's files are the server's: Peil rewrites only an embedded answers file (server/db/rewrite.ts).
describe.skipIf(testDatabaseKind === 'sqld')('when the answers are rewritten', () => {
  it('never while answers keep coming, however many: the pages are kept canonical instead (decision 024)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const schedule = new RewriteSchedule(db.writer);
    const before = await rootPage();
    for (const n of [16, 3000, 30, 1]) {
      await addAnswers(n);
      await schedule.afterCommit(n);
      await vi.advanceTimersByTimeAsync(50_000);
    }
    await schedule.settled();
    expect(await rootPage()).toBe(before);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect.poll(rootPage, { timeout: 20_000 }).not.toBe(before);
  });

  it('a minute after the last commit when fewer came in', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const schedule = new RewriteSchedule(db.writer);
    await addAnswers(3);
    const before = await rootPage();
    await schedule.afterCommit(3);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(await rootPage()).toBe(before);
    await vi.advanceTimersByTimeAsync(1_000);
    // The rewrite runs on the writer's thread (decision 017): its end is awaited, not assumed.
    await expect.poll(rootPage, { timeout: 20_000 }).not.toBe(before);
  });
});
