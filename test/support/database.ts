import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../server/db/open.ts';
import { startSqld, type RunningSqld } from '../../server/db/sqld.ts';

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

/**
 * A fresh, migrated answers database for one test (an embedded file, or a new sqld on loopback,
 * started durable as the README starts it), with its staff database.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-test-'));
  let server: RunningSqld | undefined;
  let url = `file:${join(dir, 'peil.db')}`;
  if (testDatabaseKind === 'sqld') {
    server = await startSqld({ dbPath: join(dir, 'sqld-data') });
    url = server.url;
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
      if (server) await server.stop();
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
