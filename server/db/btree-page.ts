/**
 * One page of an index b-tree (a WITHOUT ROWID table or an index) as SQLite lays it out
 * (https://www.sqlite.org/fileformat2.html, and btree.c of SQLite 3.45: cellSizePtr,
 * cellSizePtrIdxLeaf, btreeComputeFreeSpace): its header, its cells in key order with their sizes,
 * and its free bytes. Read by page-canonical.ts and page-keeper.ts; throws {@link PageError} for
 * anything that does not add up, so that nothing is ever written from a misread page.
 */

export const INDEX_INTERIOR = 0x02;
export const INDEX_LEAF = 0x0a;

/** A page that is not an index b-tree page, or whose parts do not add up to its size. The message names the check, never a byte of data. */
export class PageError extends Error {
  override name = 'PageError';
}

export interface Cell {
  /** Where the cell starts on the page. */
  offset: number;
  /** Its size on the page (child pointer, payload size, local payload, overflow pointer), at least 4. */
  size: number;
  /** The payload's size in all; where it starts on the page, and how many of its bytes are on the page. */
  payloadSize: number;
  payloadAt: number;
  localSize: number;
  /** The left child, on an interior page. */
  child: number;
}

export interface IndexPage {
  leaf: boolean;
  /** Where the page header starts: 100 on page 1, else 0. */
  headerAt: number;
  /** The end of the page header (8 or 12 bytes after `headerAt`): the cell-pointer array starts here. */
  pointersAt: number;
  /** The cells in cell-pointer (key) order. */
  cells: Cell[];
  /** The right-most child, on an interior page (0 on a leaf). */
  rightChild: number;
  /** The page's unused bytes as its header reports them: the gap, the freeblock chain and the fragmented bytes. */
  freeBytes: number;
  /** The page header's first freeblock, content start and fragmented byte count, as read. */
  firstFreeblock: number;
  contentStart: number;
  fragmented: number;
}

/** The payload bytes kept on an index b-tree page before the rest spills into overflow pages (btree.c, sqlite3BtreeSetPageSize). */
export function localPayloadLimits(usable: number): { maxLocal: number; minLocal: number } {
  return { maxLocal: Math.floor(((usable - 12) * 64) / 255) - 23, minLocal: Math.floor(((usable - 12) * 32) / 255) - 23 };
}

/** How many of a payload's bytes an index b-tree page keeps; the rest, if any, goes to overflow pages behind a 4-byte pointer (btree.c, btreeParseCellAdjustSizeForOverflow). */
function localSize(payloadSize: number, usable: number, maxLocal: number, minLocal: number): number {
  if (payloadSize <= maxLocal) return payloadSize;
  const surplus = minLocal + ((payloadSize - minLocal) % (usable - 4));
  return surplus <= maxLocal ? surplus : minLocal;
}

/** Reads a varint (at most 9 bytes) at `at`: its value and its length. Payload sizes fit a double exactly. */
export function readVarint(b: Uint8Array, at: number): [value: number, length: number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const byte = b[at + i];
    if (byte === undefined) throw new PageError('a varint runs past the page');
    v = v * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [v, i + 1];
  }
  return [v * 256 + b[at + 8]!, 9];
}

/**
 * Parses an index b-tree page of `usable` bytes and checks that it adds up: every cell lies in the
 * content area, no two cells or freeblocks overlap, and the page header, the cell pointers, the
 * cells and the free bytes the header reports fill the usable size exactly. Throws PageError otherwise.
 */
export function readIndexPage(page: Buffer, usable: number, headerAt = 0): IndexPage {
  const type = page[headerAt];
  if (type !== INDEX_INTERIOR && type !== INDEX_LEAF) throw new PageError('not an index b-tree page');
  const leaf = type === INDEX_LEAF;
  const firstFreeblock = page.readUInt16BE(headerAt + 1);
  const cellCount = page.readUInt16BE(headerAt + 3);
  const contentStart = page.readUInt16BE(headerAt + 5) || 65536;
  const fragmented = page[headerAt + 7]!;
  const pointersAt = headerAt + (leaf ? 8 : 12);
  const pointersEnd = pointersAt + 2 * cellCount;
  if (contentStart < pointersEnd || contentStart > usable) throw new PageError('the content area overlaps the cell pointers');
  const { maxLocal, minLocal } = localPayloadLimits(usable);

  const cells: Cell[] = [];
  for (let i = 0; i < cellCount; i++) {
    const offset = page.readUInt16BE(pointersAt + 2 * i);
    if (offset < contentStart || offset + 4 > usable) throw new PageError('a cell pointer points outside the content area');
    const child = leaf ? 0 : page.readUInt32BE(offset);
    const at = offset + (leaf ? 0 : 4);
    const [payloadSize, n] = readVarint(page, at);
    const local = localSize(payloadSize, usable, maxLocal, minLocal);
    const size = Math.max(4, at - offset + n + local + (local < payloadSize ? 4 : 0));
    if (offset + size > usable) throw new PageError('a cell runs past the usable size');
    cells.push({ offset, size, payloadSize, payloadAt: at + n, localSize: local, child });
  }

  const freeblocks: { offset: number; size: number }[] = [];
  for (let at = firstFreeblock; at !== 0; ) {
    if (at < contentStart || at + 4 > usable || (freeblocks.length > 0 && at <= freeblocks.at(-1)!.offset)) throw new PageError('the freeblock chain is out of order or outside the content area');
    const size = page.readUInt16BE(at + 2);
    if (size < 4 || at + size > usable) throw new PageError('a freeblock has a bad size');
    freeblocks.push({ offset: at, size });
    at = page.readUInt16BE(at);
  }

  // Cells in key order lie from the end of the page down (SQLite's own layout, and canonical pages): then no sort is needed.
  const descending = cells.every((c, i) => i === 0 || c.offset < cells[i - 1]!.offset);
  const used = descending && freeblocks.length === 0 ? cells.toReversed() : [...cells, ...freeblocks].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < used.length; i++) if (used[i - 1]!.offset + used[i - 1]!.size > used[i]!.offset) throw new PageError('two cells or freeblocks overlap');
  const freeBytes = contentStart - pointersEnd + freeblocks.reduce((n, f) => n + f.size, 0) + fragmented;
  const cellBytes = cells.reduce((n, c) => n + c.size, 0);
  if (pointersEnd + cellBytes + freeBytes !== usable) throw new PageError('header, cell pointers, cells and free bytes do not add up to the usable size');
  return { leaf, headerAt, pointersAt, cells, rightChild: leaf ? 0 : page.readUInt32BE(headerAt + 8), freeBytes, firstFreeblock, contentStart, fragmented };
}

/**
 * True when `page` is an index b-tree page laid out canonically (page-canonical.ts): no freeblock or
 * fragmented byte, its cells packed against the end of the usable area in cell-pointer (key) order,
 * the content area starting right at the last one, and the gap between the cell pointers and the
 * content all zeros. Such a page adds up by construction (header, pointers, gap and cells fill the
 * usable size), so this is {@link readIndexPage}'s check for the pages that need nothing else, in
 * one pass and without building a cell list; false for anything else, which readIndexPage then
 * parses (and refuses if it does not add up).
 */
export function isLaidOutCanonically(page: Buffer, usable: number, headerAt = 0): boolean {
  const type = page[headerAt];
  if (type !== INDEX_INTERIOR && type !== INDEX_LEAF) return false;
  if (page.readUInt16BE(headerAt + 1) !== 0 || page[headerAt + 7] !== 0) return false;
  const leaf = type === INDEX_LEAF;
  const cellCount = page.readUInt16BE(headerAt + 3);
  const pointersAt = headerAt + (leaf ? 8 : 12);
  const pointersEnd = pointersAt + 2 * cellCount;
  const { maxLocal, minLocal } = localPayloadLimits(usable);
  let end = usable;
  for (let i = 0; i < cellCount; i++) {
    const offset = page.readUInt16BE(pointersAt + 2 * i);
    const at = offset + (leaf ? 0 : 4);
    // The payload size's varint, inline (readVarint without its tuple): the common case is one or two bytes.
    let payloadSize = 0;
    let n = 0;
    for (;;) {
      if (at + n >= end) return false;
      const byte = page[at + n]!;
      n++;
      if (n === 9) {
        payloadSize = payloadSize * 256 + byte;
        break;
      }
      payloadSize = payloadSize * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    const local = localSize(payloadSize, usable, maxLocal, minLocal);
    end -= Math.max(4, at - offset + n + local + (local < payloadSize ? 4 : 0));
    if (offset !== end || end < pointersEnd) return false;
  }
  if ((page.readUInt16BE(headerAt + 5) || 65536) !== end) return false;
  return page.subarray(pointersEnd, end).equals(ZEROS.subarray(0, end - pointersEnd));
}

const ZEROS = Buffer.alloc(65536);

/** The bytes of a cell's payload that are on the page. */
export function localPayload(page: Buffer, cell: Cell): Buffer {
  return page.subarray(cell.payloadAt, cell.payloadAt + cell.localSize);
}

/** The child pages of an interior page, left to right (the right-most child last); none for a leaf. */
export function childPages(p: IndexPage): number[] {
  return p.leaf ? [] : [...p.cells.map((c) => c.child), p.rightChild];
}
