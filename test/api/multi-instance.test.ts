import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { isDatabaseBusy, releaseFailedStatements } from '../../server/db/busy-retry.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { openDatabase, type Database } from '../../server/db/open.ts';
import { createInvitations, createWave } from '../../server/waves/waves.ts';
import type { BlindedCredential } from '../../client/credential.ts';
import type { Credential } from '../../server/credentials/credential.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { blindForInvitation, exchangeBlinded, type Requester } from '../support/invitation.ts';

/**
 * Two API instances on one database (an embedded file, or sqld in the api:sqld project) while a
 * third connection keeps taking the write lock, as the command line or a checkpoint would. The
 * instances' SQLite busy timeout is 1 ms, so every collision reaches the server's own bounded
 * retry (server/db/busy-retry.ts) instead of being absorbed inside SQLite. Half the respondents
 * exchanged their link's token for a credential (docs/decisions/009) before; the other half do it
 * now, under contention, since the exchange is a write too. No request may get a 5xx
 * but a 503 with Retry-After, every link must be used once and every answer stored exactly once.
 */
const now = new Date('2026-09-15T10:00:00Z');
const ANSWERS = 120;
/** Whether respondent n exchanged the token before the lock holder starts (every other one): the rest do it under contention. */
const exchangedBefore = (n: number) => n % 2 === 0;

let base: TestDatabase;
let instances: { db: Database; app: ReturnType<typeof createApp> }[];
let tokens: string[];
let blinded: BlindedCredential[];
let credentials: Credential[];

beforeAll(async () => {
  base = await freshDatabase();
  const catalog = loadCatalog(fixtureSurveysDir);
  await createWave(base.client, catalog, 'werkplek', { mode: 'invitation' }, now);
  tokens = (await createInvitations(base.client, 'werkplek-2026-H2', ANSWERS, {}, now)).tokens;
  instances = [];
  for (let i = 0; i < 2; i++) {
    const db = await openDatabase(base.url, { busyTimeoutMs: 1 });
    instances.push({ db, app: createApp({ db, staff: base.staff, catalog, now: () => now }) });
  }
  // Every message is blinded now, one at a time: blinding is the browser's CPU work, and done under
  // contention it would stall this process, the lock holder's commits included. The first check also
  // makes the wave's credential key.
  blinded = [];
  for (const token of tokens) blinded.push(await blindForInvitation(instances[0]!.app, token));
  credentials = [];
  for (const [n, token] of tokens.entries()) if (exchangedBefore(n)) credentials[n] = await exchangeBlinded(instances[0]!.app, token, blinded[n]!);
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

type Seen = { path: string; status: number; retryAfter: string | null };

/**
 * One respondent's device behind a load balancer: each request goes to the next instance, and is
 * sent again unchanged (same blinded message, same Idempotency-Key) after a 503, until a definite
 * answer or 60 tries.
 */
function device(n: number, seen: Seen[]): Requester {
  let turn = n;
  return {
    async request(path, init) {
      for (let attempt = 1; ; attempt++) {
        const res = await instances[turn++ % 2]!.app.request(path, init);
        seen.push({ path, status: res.status, retryAfter: res.headers.get('Retry-After') });
        if (res.status !== 503 || attempt === 60) return res;
        await sleep(20 + Math.random() * 30);
      }
    },
  };
}

/** One respondent: exchanges the token now unless that was done before, then answers with the credential; the final status. */
async function respondent(n: number, seen: Seen[]): Promise<number> {
  const app = device(n, seen);
  const credential = credentials[n] ?? (await exchangeBlinded(app, tokens[n]!, blinded[n]!));
  const res = await app.request('/api/surveys/werkplek/responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ answers: { tevredenheid: 1 + (n % 5), aanpassing_gevraagd: 'nee' }, credential }),
  });
  return res.status;
}

describe(`two API instances on one ${testDatabaseKind} database while another writer holds the lock`, () => {
  it('answer every submission without a 5xx but 503 + Retry-After, and store each exactly once', async () => {
    const stop = { done: false };
    const locks = holdLocks(base.url, stop);
    await sleep(10);
    const seen: Seen[] = [];
    let finals: number[];
    try {
      finals = await Promise.all(Array.from({ length: ANSWERS }, (_, n) => sleep(n * 8).then(() => respondent(n, seen))));
    } finally {
      stop.done = true;
    }
    expect(await locks).toBeGreaterThan(0);
    const busy = (path: string) => seen.filter((s) => s.path === path && s.status === 503).length;
    console.log(
      `${testDatabaseKind}: ${seen.length} requests, 503 on ${busy('/api/invitations/exchange')} exchanges and ${busy('/api/surveys/werkplek/responses')} submissions`,
    );

    expect(seen.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
    expect(seen.filter((s) => s.status === 503 && s.retryAfter === null)).toEqual([]);
    expect(finals.every((s) => s === 201)).toBe(true);
    const count = async (sql: string) => Number((await base.client.execute(sql)).rows[0]![0]);
    expect(await count('SELECT count(*) FROM responses')).toBe(ANSWERS);
    expect(await count('SELECT count(*) FROM idempotency_keys')).toBe(ANSWERS);
    expect(await count('SELECT count(*) FROM spent_credentials')).toBe(ANSWERS);
    expect(await count('SELECT count(*) FROM invitations WHERE used = 1 AND blinded_hash IS NOT NULL')).toBe(ANSWERS);
  }, 120_000); // Stalls of this process (unblinding, collections) stretch the lock holder's holds to seconds on a busy machine.
});
