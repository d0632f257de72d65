import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { isDatabaseBusy, releaseFailedStatements } from '../../server/db/busy-retry.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { openDatabase, type Database } from '../../server/db/open.ts';
import { createInvitations, createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';

/**
 * Two API instances on one database (an embedded file, or sqld in the api:sqld project) while a
 * third connection keeps taking the write lock, as the command line or a checkpoint would. The
 * instances' SQLite busy timeout is 1 ms, so every collision reaches the server's own bounded
 * retry (server/db/busy-retry.ts) instead of being absorbed inside SQLite. No request may get a
 * 5xx but a 503 with Retry-After, and every answer must end up stored exactly once.
 */
const now = new Date('2026-09-15T10:00:00Z');
const ANSWERS = 120;

let base: TestDatabase;
let instances: { db: Database; app: ReturnType<typeof createApp> }[];
let tokens: string[];

beforeAll(async () => {
  base = await freshDatabase();
  const catalog = loadCatalog(fixtureSurveysDir);
  await createWave(base.client, catalog, 'werkplek', { mode: 'invitation' }, now);
  tokens = (await createInvitations(base.client, 'werkplek-2026-H2', ANSWERS, {}, now)).tokens;
  instances = [];
  for (let i = 0; i < 2; i++) {
    const db = await openDatabase(base.url, { busyTimeoutMs: 1 });
    instances.push({ db, app: createApp({ db, catalog, now: () => now }) });
  }
});
afterAll(async () => {
  for (const { db } of instances ?? []) db.close();
  await base?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Holds the write lock for 10-60 ms at a time, with gaps of 10-40 ms, until `stop` is set. Its own busy
 * timeout is short too: the embedded binding waits synchronously, and a long wait here would stall
 * the instances that share this process (and so hold the lock it waits for).
 */
async function holdLocks(url: string, stop: { done: boolean }): Promise<number> {
  const holder = createClient({ url, timeout: 1 });
  let held = 0;
  try {
    while (!stop.done) {
      try {
        const tx = await holder.transaction('write');
        try {
          await tx.execute("UPDATE waves SET id = id WHERE id = 'none'");
          await sleep(10 + Math.random() * 50);
          await tx.commit();
          held++;
        } finally {
          tx.close();
        }
      } catch (e) {
        if (!isDatabaseBusy(e)) throw e;
        await releaseFailedStatements(e);
      }
      await sleep(10 + Math.random() * 30);
    }
  } finally {
    holder.close();
  }
  return held;
}

/** One respondent's device: sends with one key until it gets a definite answer, alternating instances, as behind a load balancer. */
async function respondent(n: number, seen: { status: number; retryAfter: string | null }[]): Promise<number> {
  const key = crypto.randomUUID();
  const body = JSON.stringify({ answers: { tevredenheid: 1 + (n % 5), aanpassing_gevraagd: 'nee' }, token: tokens[n] });
  for (let attempt = 0; attempt < 60; attempt++) {
    const { app } = instances[(n + attempt) % 2]!;
    const res = await app.request('/api/surveys/werkplek/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body,
    });
    seen.push({ status: res.status, retryAfter: res.headers.get('Retry-After') });
    if (res.status !== 503) return res.status;
    await sleep(20 + Math.random() * 30);
  }
  return 503;
}

describe(`two API instances on one ${testDatabaseKind} database while another writer holds the lock`, () => {
  it('answer every submission without a 5xx but 503 + Retry-After, and store each exactly once', async () => {
    const stop = { done: false };
    const locks = holdLocks(base.url, stop);
    await sleep(10);
    const seen: { status: number; retryAfter: string | null }[] = [];
    const finals = await Promise.all(Array.from({ length: ANSWERS }, (_, n) => sleep(n * 3).then(() => respondent(n, seen))));
    stop.done = true;
    expect(await locks).toBeGreaterThan(0);
    console.log(`${testDatabaseKind}: ${seen.length} requests, ${seen.filter((s) => s.status === 503).length} x 503`);

    expect(seen.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
    expect(seen.filter((s) => s.status === 503 && s.retryAfter === null)).toEqual([]);
    expect(finals.every((s) => s === 201)).toBe(true);
    const count = async (sql: string) => Number((await base.client.execute(sql)).rows[0]![0]);
    expect(await count('SELECT count(*) FROM responses')).toBe(ANSWERS);
    expect(await count('SELECT count(*) FROM idempotency_keys')).toBe(ANSWERS);
    expect(await count('SELECT count(*) FROM invitations WHERE used = 1')).toBe(ANSWERS);
  });
});
