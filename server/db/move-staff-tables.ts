import type { Client, InValue } from '@libsql/client';
import { DatabaseRefusal } from './refusal.ts';

/** The tables migration 007 takes out of the answers database, parents first. */
const STAFF_TABLES = ['accounts', 'sessions', 'setup_tokens', 'audit_log'] as const;

/**
 * Before migration 007 drops them from the answers database: copies the staff tables' rows into the
 * staff database, keeping their keys (audit entries their ids), so running it again after a failed
 * migration adds nothing twice. Throws a DatabaseRefusal when there are rows to move and no staff database to take them.
 */
export async function moveStaffTables(answers: Client, staff: Client | undefined): Promise<void> {
  const rows = await Promise.all(STAFF_TABLES.map(async (t) => ({ table: t, rs: await answers.execute(`SELECT * FROM ${t}`) })));
  const statements = rows.flatMap(({ table, rs }) =>
    rs.rows.map((r) => ({
      sql: `INSERT OR IGNORE INTO ${table} (${rs.columns.join(', ')}) VALUES (${rs.columns.map(() => '?').join(', ')})`,
      args: rs.columns.map((c) => r[c] as InValue),
    })),
  );
  if (statements.length === 0) return;
  if (!staff) throw new DatabaseRefusal('staffTablesLeft');
  await staff.batch(statements, 'write');
}
