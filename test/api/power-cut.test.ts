import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { openDatabase } from '../../server/db/open.ts';
import { idempotencyKeyHash } from '../../server/submissions/anonymise.ts';
import { createInvitations, createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { testDatabaseKind } from '../support/database.ts';

/**
 * The state a power cut leaves when the disk keeps its promises: the server runs in its own
 * process under load; at random moments it is frozen (SIGSTOP), the database and its WAL are
 * copied as the kernel holds them (without the -shm index, which a reboot loses), and it runs on
 * (SIGCONT). The process may be stopped anywhere: between the WAL writes of one group, in the
 * middle of a checkpoint. Every copy must then open with `integrity_check` ok, hold every answer
 * whose acknowledgement had arrived before the freeze, and hold only whole groups: as many
 * answers as recorded keys as used links. (Writes the kernel had not flushed are in the copy too,
 * so it is a state the disk may keep, not the least it may keep; fsync before the acknowledgement
 * is what makes the acknowledged ones safe, and tested in db/open.ts's start-up check.)
 *
 * Embedded file only: with sqld, durability is the server's (README).
 */
const SNAPSHOTS = 8;
const CLIENTS = 24;

let dir: string;
let server: ChildProcess;
let port: number;
let tokens: string[];

beforeAll(async () => {
  if (testDatabaseKind === 'sqld') return;
  dir = mkdtempSync(join(tmpdir(), 'peil-power-cut-'));
  const url = `file:${join(dir, 'peil.db')}`;
  const db = await openDatabase(url);
  const now = new Date();
  const wave = await createWave(db.client, loadCatalog(fixtureSurveysDir), 'werkplek', { mode: 'invitation' }, now);
  tokens = (await createInvitations(db.client, wave.id, 6_000, {}, now)).tokens;
  db.close();
  server = spawn(process.execPath, ['--import', 'tsx', 'test/support/api-process.ts', url, fixtureSurveysDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    server.stdout!.once('data', (d: Buffer) => resolve((JSON.parse(d.toString()) as { port: number }).port));
  });
});
afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGCONT');
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(testDatabaseKind === 'sqld')('a copy of the database files taken at any moment under load', () => {
  it(`opens intact and holds every acknowledged answer (${SNAPSHOTS} copies)`, async () => {
    const acknowledged: string[] = [];
    let next = 0;
    let running = true;
    const client = async () => {
      while (running && next < tokens.length) {
        const n = next++;
        const key = `power-cut-${n.toString().padStart(6, '0')}-${crypto.randomUUID()}`;
        const res = await fetch(`http://127.0.0.1:${port}/api/surveys/werkplek/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({ answers: { tevredenheid: 1 + (n % 5), aanpassing_gevraagd: 'nee', toelichting: `antwoord ${n}` }, token: tokens[n] }),
        });
        if (res.status === 201) acknowledged.push(key);
        else expect.fail(`submission ${n}: ${res.status} ${await res.text()}`);
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, client));

    const snapshots: { path: string; acked: string[] }[] = [];
    while (acknowledged.length < 20) await sleep(5);
    for (let i = 0; i < SNAPSHOTS; i++) {
      await sleep(40 + Math.random() * 160);
      // What was acknowledged before the freeze; answers acknowledged later may or may not be in the copy.
      const acked = [...acknowledged];
      server.kill('SIGSTOP');
      try {
        const copy = join(dir, `snapshot-${i}`);
        mkdirSync(copy);
        copyFileSync(join(dir, 'peil.db'), join(copy, 'peil.db'));
        if (existsSync(join(dir, 'peil.db-wal'))) copyFileSync(join(dir, 'peil.db-wal'), join(copy, 'peil.db-wal'));
        snapshots.push({ path: join(copy, 'peil.db'), acked });
      } finally {
        server.kill('SIGCONT');
      }
    }
    running = false;
    await load;

    for (const [i, { path, acked }] of snapshots.entries()) {
      const db = createClient({ url: `file:${path}` });
      try {
        expect((await db.execute('PRAGMA integrity_check')).rows[0]![0], `copy ${i}`).toBe('ok');
        const count = async (sql: string) => Number((await db.execute(sql)).rows[0]![0]);
        const answers = await count('SELECT count(*) FROM responses');
        expect(await count('SELECT count(*) FROM idempotency_keys'), `copy ${i}: keys`).toBe(answers);
        expect(await count('SELECT count(*) FROM invitations WHERE used = 1'), `copy ${i}: used links`).toBe(answers);
        expect(answers, `copy ${i}`).toBeGreaterThanOrEqual(acked.length);
        const stored = new Set((await db.execute('SELECT key_hash FROM idempotency_keys')).rows.map((r) => String(r.key_hash)));
        const missing = acked.filter((key) => !stored.has(idempotencyKeyHash(key)));
        expect(missing, `copy ${i}: acknowledged before the freeze but missing`).toEqual([]);
      } finally {
        db.close();
      }
    }
  });
});
