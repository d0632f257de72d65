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
  it('after 16 answers while there are few, then once those since the last rewrite reach 1%', async () => {
    const schedule = new RewriteSchedule(db.client, db.writer);
    await addAnswers(15);
    const before = await rootPage();
    await schedule.afterCommit(15);
    expect(await rootPage()).toBe(before);
    await addAnswers(1);
    await schedule.afterCommit(1);
    const first = await rootPage();
    expect(first).not.toBe(before);

    await addAnswers(3000);
    await schedule.afterCommit(3000);
    const second = await rootPage();
    expect(second).not.toBe(first);
    // 3,016 answers now: the next rewrite comes with the 31st answer, not the 30th.
    await addAnswers(30);
    await schedule.afterCommit(30);
    expect(await rootPage()).toBe(second);
    await addAnswers(1);
    await schedule.afterCommit(1);
    expect(await rootPage()).not.toBe(second);
  });

  it('a minute after the last commit when fewer came in', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const schedule = new RewriteSchedule(db.client, db.writer);
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
