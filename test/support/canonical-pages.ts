import type { Client } from '@libsql/client';
import { childPages, readIndexPage } from '../../server/db/btree-page.ts';
import { canonicalPage } from '../../server/db/page-canonical.ts';
import { KEPT_TABLES } from '../../server/db/page-keeper.ts';

/** The root pages of the b-trees whose pages are kept canonical (docs/decisions/024), as sqlite_schema names them now. */
export async function keptRoots(client: Client): Promise<number[]> {
  const rs = await client.execute(`SELECT rootpage FROM sqlite_schema WHERE tbl_name IN (${KEPT_TABLES.map(() => '?').join(', ')}) AND type IN ('table', 'index')`, [...KEPT_TABLES]);
  return rs.rows.map((r) => Number(r.rootpage));
}

/**
 * Walks the b-trees from `roots` and returns every page that is not canonical (page-canonical.ts),
 * or does not add up, and how many pages it saw. `read` gives a page's bytes by number.
 */
export async function nonCanonicalPages(read: (pgno: number) => Buffer | Promise<Buffer>, roots: number[], usable: number): Promise<{ pages: number; wrong: number[] }> {
  let pages = 0;
  const wrong: number[] = [];
  const visit = async (pgno: number): Promise<void> => {
    pages++;
    const bytes = await read(pgno);
    try {
      const page = readIndexPage(bytes, usable);
      if (canonicalPage(bytes, usable, 0, page) !== bytes) wrong.push(pgno);
      for (const child of childPages(page)) await visit(child);
    } catch {
      wrong.push(pgno);
    }
  };
  for (const root of roots) await visit(root);
  return { pages, wrong };
}

/** A page as the client's connection sees it, through sqlite_dbpage. */
export async function dbPage(client: Client, pgno: number): Promise<Buffer> {
  const data = (await client.execute({ sql: 'SELECT data FROM sqlite_dbpage WHERE pgno = ?', args: [pgno] })).rows[0]!.data as ArrayBuffer;
  return Buffer.from(data);
}
