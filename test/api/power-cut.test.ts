import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { openDatabase } from '../../server/db/open.ts';
import { CREDENTIAL_KEY_BITS } from '../../server/credentials/suite.ts';
import { idempotencyKeyHash, invitationTokenHash, spentCredentialHash } from '../../server/submissions/anonymise.ts';
import { createInvitations, createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { testDatabaseKind } from '../support/database.ts';
import { mintCredential, mintingKey, type MintingKey } from '../support/mint-credential.ts';

/**
 * The state a power cut leaves when the disk keeps its promises: the server runs in its own
 * process under load; at random moments it is frozen (SIGSTOP), the database and its WAL are
 * copied as the kernel holds them (without the -shm index, which a reboot loses), and it runs on
 * (SIGCONT). The process may be stopped anywhere: between the WAL writes of one group, in the
 * middle of a checkpoint or of a rewrite of the answers. Every copy must then open with
 * `integrity_check` ok, hold every answer and every used link whose acknowledgement had arrived
 * before the freeze, and hold only whole groups: as many answers as recorded keys as spent
 * credentials. Links are used up at the exchange, in transactions of their own (docs/decisions/009),
 * so the load exchanges tokens too, beside the answers. (Writes the kernel had not flushed are in the copy too,
 * so it is a state the disk may keep, not the least it may keep; fsync before the acknowledgement
 * is what makes the acknowledged ones safe, and tested in db/open.ts's start-up check.)
 *
 * Embedded file only: with sqld, durability is the server's (README).
 */
const SNAPSHOTS = 8;
const CLIENTS = 24;
const EXCHANGING_CLIENTS = 4;

let dir: string;
let server: ChildProcess;
let port: number;
let tokens: string[];
let key: MintingKey;

beforeAll(async () => {
  if (testDatabaseKind === 'sqld') return;
  dir = mkdtempSync(join(tmpdir(), 'peil-power-cut-'));
  const url = `file:${join(dir, 'peil.db')}`;
  const staffUrl = `file:${join(dir, 'peil-staff.db')}`;
  const staff = await openDatabase(staffUrl, { schema: 'staff' });
  const db = await openDatabase(url, { staff: staff.client });
  const now = new Date();
  const wave = await createWave(db.client, loadCatalog(fixtureSurveysDir), 'werkplek', { mode: 'invitation' }, now);
  tokens = (await createInvitations(db.client, wave.id, 6_000, {}, now)).tokens;
  db.close();
  staff.close();
  server = spawn(process.execPath, ['--import', 'tsx', 'test/support/api-process.ts', url, staffUrl, fixtureSurveysDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    server.stdout!.once('data', (d: Buffer) => resolve((JSON.parse(d.toString()) as { port: number }).port));
  });
  // Checking a link makes the wave's credential key; the load's credentials are signed with it here.
  const check = await post('/api/invitations/check', { token: tokens.pop() });
  expect(((await check.json()) as { status: string }).status).toBe('valid');
  const reader = createClient({ url });
  try {
    key = await mintingKey(reader, wave.id);
  } finally {
    reader.close();
  }
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
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * A blinded message as a browser sends it to the exchange: a number below the modulus, as long as
 * the modulus (the leading zero byte keeps it below; the server cannot tell it from a real one).
 */
function blindedMessage(): string {
  const bytes = randomBytes(CREDENTIAL_KEY_BITS / 8);
  bytes[0] = 0;
  return bytes.toString('base64url');
}

describe.skipIf(testDatabaseKind === 'sqld')('a copy of the database files taken at any moment under load', () => {
  it(`opens intact and holds every acknowledged answer (${SNAPSHOTS} copies)`, async () => {
    const acknowledged: { key: string; credential: string }[] = [];
    const exchanged: string[] = [];
    let submissions = 0;
    let running = true;
    const answering = async () => {
      while (running) {
        const n = submissions++;
        const idempotencyKey = `power-cut-${n.toString().padStart(6, '0')}-${crypto.randomUUID()}`;
        const credential = await mintCredential(key);
        const answers = { tevredenheid: 1 + (n % 5), aanpassing_gevraagd: 'nee', toelichting: `antwoord ${n}` };
        const res = await post('/api/surveys/werkplek/responses', { answers, credential }, { 'Idempotency-Key': idempotencyKey });
        if (res.status === 201) acknowledged.push({ key: idempotencyKey, credential: spentCredentialHash(credential.keyId, credential.message) });
        else expect.fail(`submission ${n}: ${res.status} ${await res.text()}`);
      }
    };
    const exchanging = async () => {
      while (running && tokens.length > 0) {
        const token = tokens.pop()!;
        const res = await post('/api/invitations/exchange', { token, blindedMessage: blindedMessage() });
        if (res.status === 200) exchanged.push(invitationTokenHash(token));
        else expect.fail(`exchange: ${res.status} ${await res.text()}`);
      }
    };
    const load = Promise.all([...Array.from({ length: CLIENTS }, answering), ...Array.from({ length: EXCHANGING_CLIENTS }, exchanging)]);

    const snapshots: { path: string; acked: typeof acknowledged; used: string[] }[] = [];
    while (acknowledged.length < 20 || exchanged.length < 5) await sleep(5);
    for (let i = 0; i < SNAPSHOTS; i++) {
      await sleep(40 + Math.random() * 160);
      // What was acknowledged before the freeze; what was acknowledged later may or may not be in the copy.
      const acked = [...acknowledged];
      const used = [...exchanged];
      server.kill('SIGSTOP');
      try {
        const copy = join(dir, `snapshot-${i}`);
        mkdirSync(copy);
        copyFileSync(join(dir, 'peil.db'), join(copy, 'peil.db'));
        if (existsSync(join(dir, 'peil.db-wal'))) copyFileSync(join(dir, 'peil.db-wal'), join(copy, 'peil.db-wal'));
        snapshots.push({ path: join(copy, 'peil.db'), acked, used });
      } finally {
        server.kill('SIGCONT');
      }
    }
    running = false;
    await load;
    console.log(`${submissions} answers and ${exchanged.length} exchanges sent; copies after ${snapshots.map((s) => s.acked.length).join(', ')} answers`);

    for (const [i, { path, acked, used }] of snapshots.entries()) {
      const db = createClient({ url: `file:${path}` });
      try {
        expect((await db.execute('PRAGMA integrity_check')).rows[0]![0], `copy ${i}`).toBe('ok');
        const count = async (sql: string) => Number((await db.execute(sql)).rows[0]![0]);
        const answers = await count('SELECT count(*) FROM responses');
        expect(await count('SELECT count(*) FROM idempotency_keys'), `copy ${i}: keys`).toBe(answers);
        expect(await count('SELECT count(*) FROM spent_credentials'), `copy ${i}: spent credentials`).toBe(answers);
        expect(answers, `copy ${i}`).toBeGreaterThanOrEqual(acked.length);
        const column = async (sql: string) => new Set((await db.execute(sql)).rows.map((r) => String(r[0])));
        const keys = await column('SELECT key_hash FROM idempotency_keys');
        const spent = await column('SELECT credential_hash FROM spent_credentials');
        const missing = acked.filter((a) => !keys.has(idempotencyKeyHash(a.key)) || !spent.has(a.credential));
        expect(missing, `copy ${i}: answers acknowledged before the freeze but missing`).toEqual([]);
        const usedLinks = await column('SELECT token_hash FROM invitations WHERE used = 1');
        expect(used.filter((hash) => !usedLinks.has(hash)), `copy ${i}: links exchanged before the freeze but not used`).toEqual([]);
      } finally {
        db.close();
      }
    }
  });
});
