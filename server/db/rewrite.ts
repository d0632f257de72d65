import type { Client } from '@libsql/client';

/**
 * Rewrites an embedded database file from scratch (VACUUM): every table and index is copied in key
 * order onto fresh pages, and the freelist and every leftover byte of deleted or moved rows are gone.
 * Keys are random, so afterwards no page number, cell position or free space says anything about
 * the order in which rows were written (docs/decisions/010-files-without-order-or-time.md).
 * Returns false, doing nothing, on a libSQL server, whose files are the server's.
 *
 * Cost: one read and one write of the whole file, through the WAL; writers wait meanwhile.
 */
export async function rewriteFile(client: Client): Promise<boolean> {
  if (client.protocol !== 'file') return false;
  await client.execute('VACUUM');
  return true;
}

/**
 * {@link rewriteFile} after a deletion that has already been committed (a wave closed, answers
 * purged): a failure (the file busy) is logged by name and does not undo or fail what was done;
 * the next rewrite (after answers, or at the next start-up's retention sweep) clears what is left.
 */
export async function rewriteAfterDeleting(client: Client, what: string): Promise<void> {
  try {
    await rewriteFile(client);
  } catch (e) {
    console.error(`Rewriting the database file after ${what} failed (${(e as Error).name}); deleted rows are zeroed, moved copies stay until the next rewrite.`);
  }
}
