import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli/peil.ts';
import { openDatabase } from '../../server/db/open.ts';
import { startSqld, type RunningSqld } from '../../server/db/sqld.ts';
import { testDatabaseKind } from '../support/database.ts';

/**
 * sqld as the README starts it (`npm run sqld`, server/db/sqld.ts) syncs every commit to its disk:
 * its connections report synchronous=2 (FULL), and under strace it calls fsync at least once per
 * commit. sqld as it comes (relaxed) reports 1 and syncs a handful of times for the same commits,
 * and Peil refuses to start on it. docs/decisions/018.
 */
const dirs: string[] = [];
const servers: RunningSqld[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function sqld(durable: boolean): Promise<RunningSqld> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-sqld-'));
  dirs.push(dir);
  const s = await startSqld({ dbPath: join(dir, 'sqld-data'), durable });
  servers.push(s);
  return s;
}

const COMMITS = 40;
const hasStrace = spawnSync('strace', ['-V']).status === 0;

/** Waits until strace traces every thread of `pid` (each task's TracerPid), so no commit goes uncounted on a busy machine. */
async function tracedByStrace(pid: number, tracer: number): Promise<void> {
  const tracedBy = (task: string) => /TracerPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8'))?.[1];
  for (let waited = 0; waited < 20_000; waited += 20) {
    if (readdirSync(`/proc/${pid}/task`).every((task) => tracedBy(task) === String(tracer))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('strace did not attach to sqld within 20 s');
}

/** Makes COMMITS single-row commits through a client while strace counts sqld's fsync and fdatasync calls. */
async function fsyncsFor(server: RunningSqld): Promise<number> {
  const client = createClient({ url: server.url });
  await client.execute('CREATE TABLE t (x INTEGER)');
  const out = join(dirs.at(-1)!, 'strace.txt');
  const strace = spawn('strace', ['-f', '-e', 'trace=fsync,fdatasync', '-o', out, '-p', String(server.process.pid)], { stdio: 'ignore' });
  await tracedByStrace(server.process.pid!, strace.pid!);
  for (let i = 0; i < COMMITS; i++) await client.execute({ sql: 'INSERT INTO t VALUES (?)', args: [i] });
  client.close();
  const exited = new Promise((r) => strace.once('exit', r));
  strace.kill('SIGINT');
  await exited;
  // One line per call (a call another thread interrupts is split into "unfinished" and "resumed": counted once).
  return readFileSync(out, 'utf8').split('\n').filter((line) => /\b(fsync|fdatasync)\(/.test(line)).length;
}

describe.skipIf(testDatabaseKind !== 'sqld')('sqld started as the README says', () => {
  it('reports synchronous=2 (FULL) on its connections, and Peil opens it', async () => {
    const server = await sqld(true);
    const client = createClient({ url: server.url });
    for (let i = 0; i < 3; i++) expect(Number((await client.execute('PRAGMA synchronous')).rows[0]![0])).toBe(2);
    // A client cannot lower it: sqld refuses to run the statement.
    await expect(client.execute('PRAGMA synchronous=OFF')).rejects.toThrow(/unsupported statement/);
    client.close();
    const db = await openDatabase(server.url);
    db.close();
  });

  it('is refused by Peil when started as it comes (synchronous=1, NORMAL)', async () => {
    const server = await sqld(false);
    const client = createClient({ url: server.url });
    expect(Number((await client.execute('PRAGMA synchronous')).rows[0]![0])).toBe(1);
    client.close();
    await expect(openDatabase(server.url)).rejects.toThrow(/does not sync every commit to disk \(synchronous=1/);
    // A command says so in its language: Dutch by default, English with --lang en.
    const err: string[] = [];
    const env = { ...process.env, LANG: 'nl_NL.UTF-8', DATABASE_URL: server.url, STAFF_DATABASE_URL: `file:${join(dirs.at(-1)!, 'peil-staff.db')}` };
    expect(await runCli(['wave', 'list'], () => {}, (s) => err.push(s), env)).toBe(1);
    expect(await runCli(['wave', 'list', '--lang', 'en'], () => {}, (s) => err.push(s), env)).toBe(1);
    expect(err).toEqual([
      'peil: De libSQL-server schrijft niet elke commit naar schijf (synchronous=1; dat moet 2, FULL zijn). Start sqld met `npm run sqld`, of zet na elke start durability_mode "strong" via de beheer-API van sqld (README, "One database for several API instances").',
      'peil: The libSQL server does not sync every commit to disk (synchronous=1; need 2, FULL). Start sqld with `npm run sqld`, or set durability_mode "strong" through its admin API after every start (README, "One database for several API instances").',
    ]);
  });

  it.skipIf(!hasStrace)(`syncs its disk at least once per commit (strace: fsync calls for ${COMMITS} commits), where sqld as it comes does not`, async () => {
    const durable = await fsyncsFor(await sqld(true));
    const relaxed = await fsyncsFor(await sqld(false));
    console.log(`fsync calls for ${COMMITS} commits: ${durable} durable, ${relaxed} as sqld comes`);
    expect(durable).toBeGreaterThanOrEqual(COMMITS);
    expect(relaxed).toBeLessThan(COMMITS / 2);
  }, 60_000);
});
