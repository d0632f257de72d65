import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main as analyse } from '../../server/cli/analyse.ts';
import { main as seed } from '../../server/cli/seed.ts';
import { PAGE_SIZE } from '../../server/db/file-settings.ts';
import { readMigrations } from '../../server/db/migrate.ts';
import { openDatabase, type Database } from '../../server/db/open.ts';
import { testDatabaseKind } from '../support/database.ts';

let dir: string;
const opened: Database[] = [];
afterEach(() => {
  if (!dir) return;
  for (const db of opened.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An embedded answers file as migrations 001-006 left it (4 KiB pages), with staff rows and an answer. */
async function fileBefore007(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'peil-migration-'));
  const url = `file:${join(dir, 'peil.db')}`;
  const client = createClient({ url });
  await client.execute('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  for (const m of readMigrations().filter((m) => m.version < 7)) {
    await client.batch([...m.statements, { sql: 'INSERT INTO schema_migrations (version, name) VALUES (?, ?)', args: [m.version, m.name] }], 'write');
  }
  await client.batch(
    [
      `INSERT INTO accounts (id, username, password_hash, role, surveys, created_on) VALUES ('a1', 'ans', 'scrypt$x', 'admin', NULL, '2026-01-05')`,
      `INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES ('s1', 'a1', 1790000000, 1790000100)`,
      `INSERT INTO audit_log (at, account_id, username, action, detail) VALUES ('2026-01-05T10:00:00.000Z', 'a1', 'ans', 'login', '{}')`,
      `INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES ('r1', 'werkplek', '1.0.0', '2026-H1', '{"q":1}', '{}')`,
    ],
    'write',
  );
  client.close();
  return url;
}

// Embedded files only: on a libSQL server the files are the server's (docs/decisions/010).
describe.skipIf(testDatabaseKind === 'sqld')('migration 007 and the file settings', () => {
  it('moves accounts, sessions and the audit log to the staff database, keeps answers, and rewrites the file with 64 KiB pages', async () => {
    const url = await fileBefore007();
    const staff = await openDatabase(`file:${join(dir, 'peil-staff.db')}`, { schema: 'staff' });
    opened.push(staff);
    const db = await openDatabase(url, { staff: staff.client });
    opened.push(db);

    const tables = (await db.client.execute("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index')")).rows.map((r) => String(r.name));
    for (const gone of ['accounts', 'sessions', 'setup_tokens', 'audit_log', 'responses_by_wave']) expect(tables).not.toContain(gone);
    expect((await db.client.execute('SELECT id, answers FROM responses')).rows.map((r) => ({ ...r }))).toEqual([{ id: 'r1', answers: '{"q":1}' }]);
    expect(Number((await db.client.execute('PRAGMA page_size')).rows[0]![0])).toBe(PAGE_SIZE);

    expect((await staff.client.execute('SELECT username FROM accounts')).rows.map((r) => r.username)).toEqual(['ans']);
    expect((await staff.client.execute('SELECT last_seen_at FROM sessions')).rows.map((r) => r.last_seen_at)).toEqual([1790000100]);
    expect((await staff.client.execute('SELECT at, action FROM audit_log')).rows.map((r) => ({ ...r }))).toEqual([{ at: '2026-01-05T10:00:00.000Z', action: 'login' }]);
  });

  it('refuses to migrate, changing nothing, when staff rows have no staff database to go to', async () => {
    const url = await fileBefore007();
    await expect(openDatabase(url)).rejects.toThrow(/STAFF_DATABASE_URL/);
    const client = createClient({ url });
    expect((await client.execute('SELECT count(*) AS n FROM accounts')).rows[0]!.n).toBe(1);
    client.close();
  });

  it('has npm run analyse and npm run seed say so, in Dutch by default and in English with --lang en', async () => {
    const env = { ...process.env, LANG: 'nl_NL.UTF-8', DATABASE_URL: await fileBefore007() };
    const dutch = 'In deze database met antwoorden staan nog accounts van onderzoekers, sessies of het auditlog. Start de server één keer (npm start): die zet ze over naar STAFF_DATABASE_URL.';
    const english = 'This answers database still holds researcher accounts, sessions or the audit log; start the server once (npm start) to move them to STAFF_DATABASE_URL.';
    const err: string[] = [];
    const io = { out: () => {}, err: (text: string) => void err.push(text), env };
    expect(await analyse(['--wave', '2026-H1'], io)).toBe(1);
    expect(await analyse(['--wave', '2026-H1', '--lang', 'en'], io)).toBe(1);
    expect(err).toEqual([`${dutch}\n`, `${english}\n`]);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await seed([], env)).toBe(1);
      expect(await seed(['--lang', 'en'], env)).toBe(1);
      expect(printed.mock.calls).toEqual([[dutch], [english]]);
    } finally {
      printed.mockRestore();
    }
  });

  it('sets every pooled connection to overwrite deleted data and keep only the latest transaction in the WAL', async () => {
    dir = mkdtempSync(join(tmpdir(), 'peil-migration-'));
    const db = await openDatabase(`file:${join(dir, 'peil.db')}`);
    opened.push(db);
    const txs = await Promise.all([1, 2, 3, 4].map(() => db.client.transaction('deferred')));
    for (const tx of txs) {
      const read = async (p: string) => Number((await tx.execute(`PRAGMA ${p}`)).rows[0]![0]);
      expect([await read('secure_delete'), await read('wal_autocheckpoint'), await read('journal_size_limit')]).toEqual([1, 1, 0]);
    }
    for (const tx of txs) tx.close();
  });
});
