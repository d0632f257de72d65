import type { Client, InValue } from '@libsql/client';
import { canonicalizeAll, KEPT_TABLES } from './page-keeper.ts';

/** What a rewrite runs its statements on: a write transaction of the pool, or the writer thread's (writer-thread.ts). */
export interface StatementRunner {
  execute(stmt: string | { sql: string; args: InValue[] }): Promise<{ rows: ArrayLike<Record<string, unknown>> }>;
}


/**
 * Rewrites the tables that take a row per submission, in one write transaction: each is copied in
 * key order into a new table of the same definition (with its indexes), the old one dropped (its
 * pages zeroed by secure_delete) and the new one renamed. Keys are random, so afterwards no page
 * number, cell offset or free space of these tables says anything about the order in which rows
 * were written, and no byte of a deleted or moved row is left (docs/decisions/010); every page is
 * then canonical (page-keeper.ts, docs/decisions/024). Other tables
 * (waves, invitations) are not copied: they can be large and take no row per answer. Returns
 * false, doing nothing, on a libSQL server, whose files are the server's.
 *
 * Cost: one read and two writes of these tables (the copy, and zeroing the old pages); writers wait.
 */
export async function rewriteAnswers(client: Client): Promise<boolean> {
  if (client.protocol !== 'file') return false;
  const tx = await client.transaction('write');
  try {
    await rewriteTables(tx);
    await tx.commit();
    return true;
  } finally {
    tx.close();
  }
}

/** The statements of {@link rewriteAnswers}, inside a write transaction that the caller commits. */
export async function rewriteTables(tx: StatementRunner): Promise<void> {
  for (const table of KEPT_TABLES) {
    const schema = async (type: string) =>
      Array.from((await tx.execute({ sql: 'SELECT sql FROM sqlite_schema WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL', args: [type, table] })).rows, (r) => String(r.sql));
    const [definition] = await schema('table');
    const indexes = await schema('index');
    await tx.execute(definition!.replace(/^CREATE TABLE\s+("?)\w+\1/i, `CREATE TABLE ${table}_rewrite`));
    await tx.execute(`INSERT INTO ${table}_rewrite SELECT * FROM ${table}`);
    await tx.execute(`DROP TABLE ${table}`);
    await tx.execute(`ALTER TABLE ${table}_rewrite RENAME TO ${table}`);
    for (const index of indexes) await tx.execute(index);
  }
  // SQLite's balancing leaves some copied pages with their cells out of place: every page canonical (decision 024).
  await canonicalizeAll(tx);
}

/**
 * {@link rewriteAnswers} after a deletion that has already been committed (a wave closed, answers
 * purged): a failure (the file busy) is logged by name and does not undo or fail what was done;
 * the next rewrite (after answers, or at the next start-up's retention sweep) clears what is left.
 */
export async function rewriteAfterDeleting(client: Client, what: string): Promise<void> {
  try {
    await rewriteAnswers(client);
  } catch (e) {
    console.error(`Rewriting the answers after ${what} failed (${(e as Error).name}); deleted rows are zeroed, moved copies stay until the next rewrite.`);
  }
}
