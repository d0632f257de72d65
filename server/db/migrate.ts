import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Client } from '@libsql/client';

/** Peil's two databases: answers (and everything without a time), and staff (accounts, sessions, audit log). */
export type Schema = 'answers' | 'staff';

const migrationsDirs: Record<Schema, string> = {
  answers: fileURLToPath(new URL('./migrations/', import.meta.url)),
  staff: fileURLToPath(new URL('./staff-migrations/', import.meta.url)),
};

/** Work a migration needs done before its SQL runs, in code (e.g. moving rows to the other database). */
export type MigrationHooks = Partial<Record<number, (client: Client) => Promise<void>>>;

/** The numbered SQL files of a schema, in order. Statements end with `;` at a line end. */
export function readMigrations(schema: Schema = 'answers'): { version: number; name: string; statements: string[] }[] {
  const dir = migrationsDirs[schema];
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({
      version: Number(name.slice(0, 3)),
      name,
      statements: readFileSync(dir + name, 'utf8')
        .replace(/^\s*--.*$/gm, '')
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/**
 * Applies every migration of `schema` the database has not seen yet, each in one write transaction
 * with its bookkeeping row, so a failed migration leaves nothing half done. A hook for a version
 * runs just before it; it must be safe to run again should the migration itself fail.
 */
export async function migrate(client: Client, schema: Schema = 'answers', hooks: MigrationHooks = {}): Promise<string[]> {
  await client.execute('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const done = new Set((await client.execute('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
  const applied: string[] = [];
  for (const m of readMigrations(schema)) {
    if (done.has(m.version)) continue;
    await hooks[m.version]?.(client);
    await client.batch(
      [...m.statements, { sql: 'INSERT INTO schema_migrations (version, name) VALUES (?, ?)', args: [m.version, m.name] }],
      'write',
    );
    applied.push(m.name);
  }
  return applied;
}
