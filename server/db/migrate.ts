import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Client } from '@libsql/client';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The numbered SQL files in server/db/migrations, in order. Statements end with `;` at a line end. */
export function readMigrations(): { version: number; name: string; statements: string[] }[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({
      version: Number(name.slice(0, 3)),
      name,
      statements: readFileSync(migrationsDir + name, 'utf8')
        .replace(/^\s*--.*$/gm, '')
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

/**
 * Applies every migration the database has not seen yet, each in one write transaction with
 * its bookkeeping row, so a failed migration leaves nothing half done.
 */
export async function migrate(client: Client): Promise<string[]> {
  await client.execute('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const done = new Set((await client.execute('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
  const applied: string[] = [];
  for (const m of readMigrations()) {
    if (done.has(m.version)) continue;
    await client.batch(
      [...m.statements, { sql: 'INSERT INTO schema_migrations (version, name) VALUES (?, ?)', args: [m.version, m.name] }],
      'write',
    );
    applied.push(m.name);
  }
  return applied;
}
