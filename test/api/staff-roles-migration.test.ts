import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { findLogin, getAccount } from '../../server/db/accounts.ts';
import { migrate, readMigrations } from '../../server/db/migrate.ts';
import { startSqld } from '../../server/db/sqld.ts';
import { testDatabaseKind } from '../support/database.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A staff database at the migration before 002 (roles and sign-in), with an admin, a limited researcher and a live session, on the kind of database under test. */
async function staffDatabaseBefore002(): Promise<Client> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-migration-'));
  let url = `file:${join(dir, 'peil.db')}`;
  let stop = async () => {};
  if (testDatabaseKind === 'sqld') {
    const sqld = await startSqld({ dbPath: join(dir, 'sqld-data') });
    url = sqld.url;
    stop = async () => {
      sqld.process.kill('SIGKILL');
    };
  }
  const client = createClient({ url });
  cleanup = async () => {
    client.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  await client.execute('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  for (const m of readMigrations('staff').filter((m) => m.version < 2)) {
    await client.batch([...m.statements, { sql: 'INSERT INTO schema_migrations (version, name) VALUES (?, ?)', args: [m.version, m.name] }], 'write');
  }
  await client.batch(
    [
      `INSERT INTO accounts (id, username, password_hash, role, surveys, created_on) VALUES ('a1', 'admin', '$scrypt$x', 'admin', NULL, '2026-01-02')`,
      `INSERT INTO accounts (id, username, password_hash, role, surveys, created_on) VALUES ('r1', 'onderzoeker', '$scrypt$y', 'researcher', '["inclusie"]', '2026-01-03')`,
      `INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ('s1', 'a1', 1, 1)`,
    ],
    'write',
  );
  return client;
}

describe('staff migration 002', () => {
  it('keeps every account with its role, scope and password, ends the sessions, and takes the new roles', async () => {
    const client = await staffDatabaseBefore002();
    expect(await migrate(client, 'staff')).toContain('002_roles_and_sign_in.sql');
    expect(await getAccount(client, 'a1')).toEqual({ id: 'a1', username: 'admin', role: 'admin', surveys: null, directorate: null, signIn: 'password', createdOn: '2026-01-02' });
    expect((await findLogin(client, 'onderzoeker'))?.passwordHash).toBe('$scrypt$y');
    expect((await getAccount(client, 'r1'))?.surveys).toEqual(['inclusie']);
    expect((await client.execute('SELECT count(*) AS n FROM sessions')).rows[0]!.n).toBe(0);
    // Sessions still point at the rebuilt table.
    await client.execute(`INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ('s2', 'a1', 1, 1)`);
    await client.execute(`INSERT INTO accounts (id, username, password_hash, role, directorate, created_on) VALUES ('m1', 'manager', '$scrypt$z', 'manager', 'Sociaal', '2026-01-04')`);
    await expect(client.execute(`INSERT INTO accounts (id, username, password_hash, role, created_on) VALUES ('m2', 'm2', '$scrypt$z', 'manager', '2026-01-04')`)).rejects.toThrow(/CHECK/);
    await expect(client.execute(`INSERT INTO accounts (id, username, role, created_on) VALUES ('o1', 'o1', 'reader', '2026-01-04')`)).rejects.toThrow(/CHECK/);
  });
});
