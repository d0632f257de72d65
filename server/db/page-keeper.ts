import type { InValue } from '@libsql/client';
import { childPages, INDEX_LEAF, isLaidOutCanonically, PageError, readIndexPage, type IndexPage } from './btree-page.ts';
import { compareKey, encodeKey, type EncodedKey, type KeyValue } from './index-key.ts';
import { canonicalPage } from './page-canonical.ts';
import type { StatementRunner } from './rewrite.ts';
import type { Statement } from './writer.ts';

/** The tables that take a row per submission: their b-trees (the tables, WITHOUT ROWID, and their indexes) are kept canonical (docs/decisions/024). */
export const KEPT_TABLES = ['responses', 'idempotency_keys', 'spent_credentials'] as const;

/** One b-tree of a kept table: its root page and the columns its entries are ordered by. */
interface Tree {
  name: string;
  table: string;
  root: number;
  columns: string[];
}

/** A page as this group found it (its bytes and their parse: the same cells as its canonical form), once it was made canonical; a leaf is not kept. */
type Settled = { bytes: Buffer; page: IndexPage } | { leaf: true };
const LEAF: Settled = { leaf: true };

/** A leaf to compare with how it was left: its header and cell pointers then, and the zeros that followed them up to its first cell. */
export interface HeadCheck {
  pgno: number;
  head: Buffer;
  gap: number;
}

/** Reads and writes whole pages, inside the caller's write transaction. */
export interface PageStore {
  read(pgno: number): Buffer | Promise<Buffer>;
  write(pgno: number, bytes: Buffer): unknown;
  /** The page numbers among `checks` whose page does not start with its `head` followed by `gap` zero bytes, in one statement (no page is copied out). */
  differing(checks: HeadCheck[]): number[] | Promise<number[]>;
}

/**
 * A page through `sqlite_dbpage`, which reads it as the transaction sees it (`READ`, argument: the
 * page number) and writes it through the pager, journaled in the WAL like any write (`WRITE`:
 * the bytes, the page number).
 */
export const PAGE_SQL = {
  READ: 'SELECT data FROM sqlite_dbpage WHERE pgno = ?',
  WRITE: 'UPDATE sqlite_dbpage SET data = ? WHERE pgno = ?',
  /** Arguments: a JSON array of [pgno, where its head starts in the blob, its length, the zeros after it], and the heads as one blob. */
  DIFFERING: `SELECT c.value ->> 0 AS pgno FROM json_each(?1) AS c JOIN sqlite_dbpage AS p ON p.pgno = c.value ->> 0
    WHERE substr(p.data, 1, c.value ->> 2) != substr(?2, (c.value ->> 1) + 1, c.value ->> 2)
       OR substr(p.data, (c.value ->> 2) + 1, c.value ->> 3) != zeroblob(c.value ->> 3)`,
};

/** The arguments of {@link PAGE_SQL.DIFFERING}. */
function differingArgs(checks: HeadCheck[]): [string, Buffer] {
  let at = 0;
  const list = checks.map((c) => {
    const entry = [c.pgno, at, c.head.length, c.gap];
    at += c.head.length;
    return entry;
  });
  return [JSON.stringify(list), Buffer.concat(checks.map((c) => c.head))];
}

/** Pages through {@link PAGE_SQL} on any statement runner (a pooled connection's transaction). */
export function sqlPageStore(db: StatementRunner): PageStore {
  return {
    read: async (pgno) => pageBytes((await db.execute({ sql: PAGE_SQL.READ, args: [pgno] })).rows[0]?.data, pgno),
    write: (pgno, bytes) => db.execute({ sql: PAGE_SQL.WRITE, args: [bytes, pgno] }),
    differing: async (checks) => (checks.length === 0 ? [] : Array.from((await db.execute({ sql: PAGE_SQL.DIFFERING, args: differingArgs(checks) })).rows, (r) => Number(r.pgno))),
  };
}

/**
 * Pages through {@link PAGE_SQL} on two statements of the binding prepared for this store alone
 * (the writer thread): read with `get`, without the row iterator `all` builds. Not shared with a
 * statement cache that also runs them with `all`: the binding's `get` on a statement `all` ran
 * last does not rebind it, and returned the page that `all` read last.
 */
export function preparedPageStore(prepare: (sql: string) => { get(args: unknown[]): unknown; run(args: unknown[]): unknown; all(args: unknown[]): unknown }): PageStore {
  const read = prepare(PAGE_SQL.READ);
  const write = prepare(PAGE_SQL.WRITE);
  const differing = prepare(PAGE_SQL.DIFFERING);
  return {
    read: (pgno) => pageBytes((read.get([pgno]) as { data?: unknown } | undefined)?.data, pgno),
    write: (pgno, bytes) => write.run([bytes, pgno]),
    differing: (checks) => (checks.length === 0 ? [] : (differing.all(differingArgs(checks)) as { pgno: number }[]).map((r) => Number(r.pgno))),
  };
}

/** A page's bytes as a Buffer, from the binding (a Buffer) or the client (an ArrayBuffer). */
function pageBytes(data: unknown, pgno: number): Buffer {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new Error(`Page ${pgno} could not be read.`);
}

/**
 * Keeps every page of the kept tables' b-trees canonical (page-canonical.ts) at every commit of
 * the writer thread, inside its transaction, after the group's statements and before COMMIT. It
 * visits the pages the group can have changed and rewrites, through sqlite_dbpage, those that are
 * not canonical:
 * - for each row a statement may have inserted ({@link Statement.inserts}), every page on the path
 *   from each b-tree's root to the page that holds its key (keys compared as SQLite does: index-key.ts);
 * - below an interior page that differs from how the last group left it, byte for byte (a balance
 *   ran under it: a split or redistribution, btree.c balance_nonroot, which rewrites the parent's
 *   divider cells), every child, and below a changed interior child the same again. A child whose
 *   key range did not change holds the same cells, but a balance can move cells out of a sibling
 *   and a later one in the same group move them back, leaving it rebuilt in another layout with
 *   the same dividers: so all children, not only those whose range changed (the property test
 *   found that case). A parent no balance touched is byte for byte as the last group left it.
 *   A leaf child whose range did not change (same page, same two dividers: so the same cells, as
 *   nothing is deleted here) is only compared, in SQL and all of them in one statement, with the
 *   header and cell pointers it was left with and the zeros after them: if they match, the same
 *   cells lie where they lay, so the page is as canonical as it was; if not, it is read and
 *   settled like any other. This keeps a balance under a parent of a thousand leaves from copying
 *   a thousand pages of 64 KiB out of SQLite.
 * It remembers the interior pages (few: one per hundreds of rows) as each group left them, and each
 * leaf's header and cell pointers. Another connection's commit (PRAGMA data_version) or a full
 * rewrite makes it forget them and read them again at the next group, with the root pages.
 * `keep` returns false when a page did not add up (btree-page.ts): nothing was written to that
 * page, and the caller rewrites the tables in the same transaction (rewrite.ts).
 */
export class PageKeeper {
  private trees: Tree[] | undefined;
  private usable = 0;
  private dataVersion: unknown;
  private readonly interiors = new Map<number, Buffer>();
  /** Each leaf's header and cell pointers as it was left canonical, copied out (a few hundred bytes a leaf). */
  private readonly leafHeads = new Map<number, Buffer>();
  /** An interior page that did not add up when they were read: the next {@link keep} has the tables rewritten. */
  private unsound: PageError | undefined;

  constructor(
    private readonly db: StatementRunner,
    private readonly store: PageStore = sqlPageStore(db),
  ) {}

  /** At the start of a write transaction, before its statements: reloads roots and remembered pages if another connection wrote since. */
  async begin(): Promise<void> {
    const version = (await this.db.execute('PRAGMA data_version')).rows[0]?.data_version;
    if (this.trees && version === this.dataVersion) return;
    this.forget();
    this.dataVersion = version;
    const header = await this.store.read(1);
    this.usable = header.length - header[20]!;
    this.trees = await readTrees(this.db);
    try {
      for (const tree of this.trees) await this.remember(tree.root);
    } catch (e) {
      if (!(e instanceof PageError)) throw e;
      this.unsound = e;
    }
  }

  /** Forgets everything (after a rollback or a full rewrite): the next {@link begin} reads it all again. */
  forget(): void {
    this.trees = undefined;
    this.unsound = undefined;
    this.interiors.clear();
    this.leafHeads.clear();
  }

  /** Canonicalizes the pages the group's `statements` can have changed; false when a page did not add up and the tables must be rewritten. */
  async keep(statements: Statement[]): Promise<boolean> {
    const trees = this.trees;
    if (!trees) throw new Error('PageKeeper.keep before begin');
    const settled = new Map<number, Settled>();
    try {
      if (this.unsound) throw this.unsound;
      for (const s of statements) {
        if (!s.inserts) continue;
        const { table, columns } = s.inserts;
        for (const tree of trees) {
          if (tree.table === table) await this.walk(tree, keyOf(tree, columns, s.args), settled);
        }
      }
      return true;
    } catch (e) {
      if (!(e instanceof PageError)) throw e;
      console.error(`A page of the answers' tables did not add up (${e.message}); the tables are rewritten.`);
      this.forget();
      return false;
    }
  }

  private async walk(tree: Tree, key: EncodedKey, settled: Map<number, Settled>): Promise<void> {
    for (let pgno = tree.root; ; ) {
      const reached = await this.settle(pgno, settled);
      if ('leaf' in reached) return;
      const { bytes, page } = reached;
      const next = childIndex(bytes, page, key);
      if (next === undefined) return; // the key is a cell of this interior page
      pgno = childPages(page)[next]!;
    }
  }

  /** Canonicalizes page `pgno` once per group and, below an interior page that changed, its children (see the class). */
  private async settle(pgno: number, settled: Map<number, Settled>): Promise<Settled> {
    const done = settled.get(pgno);
    if (done) return done;
    const bytes = await this.store.read(pgno);
    // Most leaves reached are canonical already: checked in one pass, not parsed.
    if (bytes[0] === INDEX_LEAF && isLaidOutCanonically(bytes, this.usable)) return this.settledLeaf(pgno, bytes, settled);
    const page = readIndexPage(bytes, this.usable);
    const canonical = canonicalPage(bytes, this.usable, 0, page);
    if (canonical !== bytes) await this.store.write(pgno, canonical);
    if (page.leaf) return this.settledLeaf(pgno, canonical, settled);
    const result: Settled = { bytes, page };
    settled.set(pgno, result);
    this.leafHeads.delete(pgno);
    const before = this.interiors.get(pgno);
    this.interiors.set(pgno, canonical);
    // Unchanged since the last group (byte for byte, so not even edited and put back): no balance ran under it.
    if (before?.equals(bytes)) return result;
    const sameRange = before ? childrenWithSameRange(before, bytes, page, this.usable) : new Set<number>();
    const checks: HeadCheck[] = [];
    for (const child of childPages(page)) {
      if (settled.has(child)) continue;
      const head = this.leafHeads.get(child);
      if (head && sameRange.has(child)) checks.push({ pgno: child, head, gap: gapAfter(head) });
      else await this.settle(child, settled);
    }
    const differing = new Set(await this.store.differing(checks));
    for (const { pgno: child } of checks) {
      if (differing.has(child)) await this.settle(child, settled);
      else settled.set(child, LEAF);
    }
    return result;
  }

  /** Records a leaf as settled, canonical as `bytes`, and remembers its head for the next groups. */
  private settledLeaf(pgno: number, bytes: Buffer, settled: Map<number, Settled>): Settled {
    settled.set(pgno, LEAF);
    this.interiors.delete(pgno);
    this.leafHeads.set(pgno, Buffer.from(bytes.subarray(0, 8 + 2 * bytes.readUInt16BE(3))));
    return LEAF;
  }

  /** Remembers the interior pages under `pgno` (canonicalizing them where needed); leaves are not read. */
  private async remember(pgno: number): Promise<void> {
    const bytes = await this.store.read(pgno);
    const page = readIndexPage(bytes, this.usable);
    if (page.leaf) return;
    const canonical = canonicalPage(bytes, this.usable, 0, page);
    if (canonical !== bytes) await this.store.write(pgno, canonical);
    this.interiors.set(pgno, canonical);
    const children = childPages(page);
    const first = readIndexPage(await this.store.read(children[0]!), this.usable);
    if (!first.leaf) for (const child of children) await this.remember(child);
  }
}

/**
 * Canonicalizes every page of the kept tables' b-trees, inside the caller's write transaction: after
 * a full rewrite (rewrite.ts), whose copies SQLite builds with its own balancing. A page that does
 * not add up is left as it is and logged by name.
 */
export async function canonicalizeAll(db: StatementRunner): Promise<void> {
  const store = sqlPageStore(db);
  const header = await store.read(1);
  const usable = header.length - header[20]!;
  const visit = async (pgno: number): Promise<void> => {
    const bytes = await store.read(pgno);
    try {
      const page = readIndexPage(bytes, usable);
      const canonical = canonicalPage(bytes, usable, 0, page);
      if (canonical !== bytes) await store.write(pgno, canonical);
      for (const child of childPages(page)) await visit(child);
    } catch (e) {
      if (!(e instanceof PageError)) throw e;
      console.error(`A page of the answers' tables did not add up (${e.message}); it is left as it is.`);
    }
  };
  for (const tree of await readTrees(db)) await visit(tree.root);
}

/**
 * The children of an interior page whose key range is what it was in `before` (the page as the last
 * group left it): the same page number between the same two divider cells, compared byte for byte
 * (child pointer aside). The first and the right-most child are bounded by an ancestor as well, so
 * they are never in the set.
 */
function childrenWithSameRange(before: Buffer, bytes: Buffer, page: IndexPage, usable: number): Set<number> {
  const then = readIndexPage(before, usable);
  const thenAt = new Map(then.cells.map((c, i) => [c.child, i]));
  // A divider cell without its child pointer: its payload size, its payload on the page and any overflow pointer.
  const divider = (b: Buffer, p: IndexPage, i: number) => b.subarray(p.cells[i]!.offset + 4, p.cells[i]!.offset + p.cells[i]!.size);
  const same = new Set<number>();
  for (let i = 1; i < page.cells.length; i++) {
    const child = page.cells[i]!.child;
    const j = thenAt.get(child);
    if (j === undefined || j === 0) continue;
    if (divider(bytes, page, i - 1).equals(divider(before, then, j - 1)) && divider(bytes, page, i).equals(divider(before, then, j))) same.add(child);
  }
  return same;
}

/** The zero bytes a canonical leaf has between its cell pointers (the end of `head`) and its first cell. */
function gapAfter(head: Buffer): number {
  return (head.readUInt16BE(5) || 65536) - head.length;
}

/** Which child of an interior page the key lies under, or undefined when it is one of the page's own cells. */
function childIndex(bytes: Buffer, page: IndexPage, key: EncodedKey): number | undefined {
  let low = 0;
  let high = page.cells.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const c = compareKey(key, bytes, page.cells[mid]!);
    if (c === 0) return undefined;
    if (c < 0) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The b-trees of the kept tables, from sqlite_schema and the index definitions; refuses a kept table that is not an index b-tree. */
async function readTrees(db: StatementRunner): Promise<Tree[]> {
  const trees: Tree[] = [];
  for (const table of KEPT_TABLES) {
    const rows = (await db.execute({ sql: "SELECT type, name, rootpage FROM sqlite_schema WHERE tbl_name = ? AND type IN ('table', 'index')", args: [table] })).rows;
    const indexes = (await db.execute({ sql: 'SELECT name, origin FROM pragma_index_list(?)', args: [table] })).rows;
    for (const row of Array.from(rows)) {
      const isTable = row.type === 'table';
      const name = isTable ? Array.from(indexes).find((i) => i.origin === 'pk')?.name : row.name;
      if (!name) throw new Error(`The table ${table} is not WITHOUT ROWID: its pages cannot be kept canonical.`);
      const info = Array.from((await db.execute({ sql: 'SELECT name, "desc", coll, "key" FROM pragma_index_xinfo(?)', args: [String(name)] })).rows);
      // A table's entries are ordered by its primary key; an index's by all its columns (its own, then the table's key).
      const used = isTable ? info.filter((c) => Number(c.key) === 1) : info;
      if (used.some((c) => Number(c.desc) !== 0 || c.coll !== 'BINARY' || c.name === null)) throw new Error(`The b-tree ${String(name)} has a column that is descending, not BINARY or an expression: its pages cannot be kept canonical.`);
      trees.push({ name: String(row.name), table, root: Number(row.rootpage), columns: used.map((c) => String(c.name)) });
    }
  }
  return trees;
}

/** The key a statement's row has in `tree`: the values of the tree's columns, which are the statement's first arguments in `columns` order. */
function keyOf(tree: Tree, columns: string[], args: InValue[]): EncodedKey {
  return encodeKey(
    tree.columns.map((column) => {
      const at = columns.indexOf(column);
      const value = args[at];
      if (at < 0 || value === undefined || typeof value === 'boolean' || value instanceof Date) throw new Error(`The insert into ${tree.table} does not name ${column} as a value.`);
      return value as KeyValue;
    }),
  );
}
