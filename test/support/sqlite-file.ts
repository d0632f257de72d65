/**
 * A reader of SQLite's file formats (https://www.sqlite.org/fileformat2.html), for forensic tests:
 * it reads a database file and its WAL the way someone with a copy of them would, without SQLite.
 * It knows the 100-byte header, b-tree pages (header, cell pointers, cells, overflow chains), the
 * freelist (trunk and leaf pages) and WAL frames; enough to say where a byte string lies.
 */

/** One page of the main file, as found. */
export interface Page {
  number: number;
  /** 2, 5, 10, 13 for b-tree pages; 'overflow', 'freelist-trunk', 'freelist-leaf', or 'other' (pointer map, lock-byte, unknown). */
  kind: 2 | 5 | 10 | 13 | 'overflow' | 'freelist-trunk' | 'freelist-leaf' | 'other';
  /** Byte offsets (within the page) of the cells, in cell-pointer (key) order; b-tree pages only. */
  cells: number[];
  /** Where each cell's bytes on this page end (exclusive), in the same order. */
  cellEnds: number[];
}

export interface DatabaseFile {
  pageSize: number;
  pages: Page[];
  /** Freelist pages in the order the freelist lists them (trunks and their leaves). */
  freelist: number[];
  bytes: Buffer;
}

const u16 = (b: Buffer, at: number) => b.readUInt16BE(at);
const u32 = (b: Buffer, at: number) => b.readUInt32BE(at);

/** Reads a varint at `at`: its value (as a number; payload sizes fit) and its length. */
function varint(b: Buffer, at: number): [number, number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const byte = b[at + i]!;
    v = v * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [v, i + 1];
  }
  return [v * 256 + b[at + 8]!, 9];
}

/** Reads a database file: every page classified, cells located, overflow chains and the freelist followed. */
export function readDatabaseFile(bytes: Buffer): DatabaseFile {
  if (bytes.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') throw new Error('not an SQLite database file');
  const raw = u16(bytes, 16);
  const pageSize = raw === 1 ? 65536 : raw;
  const usable = pageSize - bytes[20]!;
  const count = Math.floor(bytes.length / pageSize);
  const page = (n: number) => bytes.subarray((n - 1) * pageSize, n * pageSize);
  const kinds = new Map<number, Page['kind']>();

  const freelist: number[] = [];
  for (let trunk = u32(bytes, 32); trunk !== 0 && trunk <= count; ) {
    const p = page(trunk);
    kinds.set(trunk, 'freelist-trunk');
    freelist.push(trunk);
    const leaves = u32(p, 4);
    for (let i = 0; i < leaves; i++) {
      const leaf = u32(p, 8 + 4 * i);
      kinds.set(leaf, 'freelist-leaf');
      freelist.push(leaf);
    }
    trunk = u32(p, 0);
  }

  const pages: Page[] = [];
  const overflowFrom: number[] = [];
  for (let n = 1; n <= count; n++) {
    if (kinds.has(n)) continue;
    const p = page(n);
    const h = n === 1 ? 100 : 0;
    const type = p[h]!;
    if (type !== 2 && type !== 5 && type !== 10 && type !== 13) continue;
    const cellCount = u16(p, h + 3);
    const pointers = h + (type === 2 || type === 5 ? 12 : 8);
    const cells = Array.from({ length: cellCount }, (_, i) => u16(p, pointers + 2 * i));
    const layouts = cells.map((at) => cellLayout(p, at, type, usable));
    pages.push({ number: n, kind: type, cells, cellEnds: layouts.map((l) => l.end) });
    for (const l of layouts) if (l.overflow) overflowFrom.push(l.overflow);
  }
  for (let next of overflowFrom) {
    while (next !== 0 && next <= count && !kinds.has(next)) {
      kinds.set(next, 'overflow');
      next = u32(page(next), 0);
    }
  }
  for (const [number, kind] of kinds) pages.push({ number, kind, cells: [], cellEnds: [] });
  const known = new Set(pages.map((p) => p.number));
  for (let n = 1; n <= count; n++) if (!known.has(n)) pages.push({ number: n, kind: 'other', cells: [], cellEnds: [] });
  pages.sort((a, b) => a.number - b.number);
  return { pageSize, pages, freelist, bytes };
}

/** Where the cell at `at` ends on its page, and its first overflow page (0 when its payload is all on the page). */
function cellLayout(p: Buffer, at: number, type: 2 | 5 | 10 | 13, usable: number): { end: number; overflow: number } {
  if (type === 5) return { end: at + 4 + varint(p, at + 4)[1], overflow: 0 }; // child pointer and rowid, no payload
  let i = at + (type === 2 ? 4 : 0);
  const [payload, n] = varint(p, i);
  i += n;
  if (type === 13) i += varint(p, i)[1]; // the rowid
  const max = type === 13 ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
  if (payload <= max) return { end: i + payload, overflow: 0 };
  const min = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = min + ((payload - min) % (usable - 4));
  const local = k <= max ? k : min;
  return { end: i + local + 4, overflow: u32(p, i + local) };
}

/** Where a byte string lies in a database file: every page holding it, with its cell when on a b-tree page. */
export interface Finding {
  page: number;
  kind: Page['kind'];
  /** Offset of the string within the page. */
  offset: number;
  /**
   * Offset of the live cell holding it (b-tree pages), its rank among the page's cells by offset, and
   * its index in key order. Absent when the bytes lie outside every cell: a leftover in free space.
   */
  cell?: { offset: number; rankByOffset: number; index: number; cellsOnPage: number };
  /** Position in the freelist, for a freelist page. */
  freelistPosition?: number;
}

/** Every place `needle` occurs in the file. */
export function findInDatabase(db: DatabaseFile, needle: Buffer): Finding[] {
  const found: Finding[] = [];
  for (let at = db.bytes.indexOf(needle); at !== -1; at = db.bytes.indexOf(needle, at + 1)) found.push(findingAt(db, at, needle.length));
  return found;
}

/** What lies at byte `at` of the file (`length` bytes long): its page, and its cell or freelist position. */
export function findingAt(db: DatabaseFile, at: number, length: number): Finding {
  const number = Math.floor(at / db.pageSize) + 1;
  const offset = at % db.pageSize;
  const page = db.pages[number - 1]!;
  const finding: Finding = { page: number, kind: page.kind, offset };
  const index = page.cells.findIndex((c, i) => c <= offset && offset + length <= page.cellEnds[i]!);
  if (index >= 0) {
    const holder = page.cells[index]!;
    const byOffset = [...page.cells].sort((a, b) => a - b);
    finding.cell = { offset: holder, rankByOffset: byOffset.indexOf(holder), index, cellsOnPage: page.cells.length };
  }
  const position = db.freelist.indexOf(number);
  if (position >= 0) finding.freelistPosition = position;
  return finding;
}

/** One frame of a WAL file. */
export interface WalFrame {
  index: number;
  page: number;
  /** Non-zero on the frame that commits a transaction: the database size in pages after it. */
  commitSize: number;
  salt: [number, number];
  data: Buffer;
}

/** The frames of a WAL file, valid or not (old frames of earlier transactions included). */
export function readWal(bytes: Buffer): { pageSize: number; salt: [number, number]; frames: WalFrame[] } {
  if (bytes.length < 32) return { pageSize: 0, salt: [0, 0], frames: [] };
  const magic = u32(bytes, 0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) throw new Error('not a WAL file');
  const pageSize = u32(bytes, 8);
  const frames: WalFrame[] = [];
  for (let at = 32, index = 0; at + 24 + pageSize <= bytes.length; at += 24 + pageSize, index++) {
    frames.push({
      index,
      page: u32(bytes, at),
      commitSize: u32(bytes, at + 4),
      salt: [u32(bytes, at + 8), u32(bytes, at + 12)],
      data: bytes.subarray(at + 24, at + 24 + pageSize),
    });
  }
  return { pageSize, salt: [u32(bytes, 16), u32(bytes, 20)], frames };
}
