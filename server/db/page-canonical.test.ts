import { describe, expect, it } from 'vitest';
import { localPayloadLimits, readIndexPage } from './btree-page.ts';
import { canonicalPage, isCanonical } from './page-canonical.ts';

/**
 * Hand-made index b-tree pages of 512 bytes (maxLocal 102, minLocal 39: btree.c's rule for index
 * pages), laid out as SQLite leaves them between rebuilds: cells in order of arrival, freeblocks,
 * fragmented bytes, old bytes in the gap. The canonical form is the layout of SQLite's
 * defragmentPage (full path) and rebuildPage.
 */
const USABLE = 512;

interface Made {
  type: 0x02 | 0x0a;
  /** Cells in key order, each at its offset. */
  cells: { at: number; bytes: Buffer }[];
  freeblocks?: { at: number; size: number }[];
  fragmented?: number;
  contentStart: number;
  rightChild?: number;
}

/** A leaf cell (payload size varint, payload) or, with `child`, an interior one. */
function cell(payload: Buffer, child?: number): Buffer {
  const size = payload.length < 128 ? Buffer.from([payload.length]) : Buffer.from([0x80 | (payload.length >> 7), payload.length & 0x7f]);
  const { maxLocal, minLocal } = localPayloadLimits(USABLE);
  let local = payload;
  if (payload.length > maxLocal) {
    const surplus = minLocal + ((payload.length - minLocal) % (USABLE - 4));
    local = Buffer.concat([payload.subarray(0, surplus <= maxLocal ? surplus : minLocal), Buffer.from([0, 0, 0, 9])]); // overflow page 9
  }
  const head = child === undefined ? Buffer.alloc(0) : Buffer.from([0, 0, child >> 8, child & 0xff]);
  return Buffer.concat([head, size, local]);
}

function make(m: Made): Buffer {
  const page = Buffer.alloc(USABLE, 0xee); // garbage everywhere a page may keep old bytes
  page[0] = m.type;
  page.writeUInt16BE(m.freeblocks?.[0]?.at ?? 0, 1);
  page.writeUInt16BE(m.cells.length, 3);
  page.writeUInt16BE(m.contentStart, 5);
  page[7] = m.fragmented ?? 0;
  const pointers = m.type === 0x02 ? 12 : 8;
  if (m.type === 0x02) page.writeUInt32BE(m.rightChild ?? 0, 8);
  for (const [i, c] of m.cells.entries()) {
    page.writeUInt16BE(c.at, pointers + 2 * i);
    c.bytes.copy(page, c.at);
  }
  for (const [i, f] of (m.freeblocks ?? []).entries()) {
    page.writeUInt16BE(m.freeblocks![i + 1]?.at ?? 0, f.at);
    page.writeUInt16BE(f.size, f.at + 2);
  }
  return page;
}

const payload = (n: number, fill: number) => Buffer.alloc(n, fill);

describe('canonicalPage', () => {
  it('gives SQLite’s defragmented layout for a leaf with freeblocks, fragmented bytes and garbage in the gap', () => {
    const a = cell(payload(30, 0xa1)); // 31 bytes
    const b = cell(payload(50, 0xb2)); // 51 bytes
    const c = cell(payload(20, 0xc3)); // 21 bytes
    // Content area 380..512 (132 bytes): freeblock 380..388, b 388..439, fragment 439..441, a 441..472, freeblock 472..491, c 491..512.
    const page = make({
      type: 0x0a,
      contentStart: 380,
      cells: [
        { at: 441, bytes: a },
        { at: 388, bytes: b },
        { at: 491, bytes: c },
      ],
      freeblocks: [{ at: 380, size: 8 }, { at: 472, size: 19 }],
      fragmented: 2,
    });
    const parsed = readIndexPage(page, USABLE);
    expect(parsed.cells.map((x) => x.size)).toEqual([31, 51, 21]);
    expect(parsed.freeBytes).toBe(380 - 14 + 8 + 19 + 2);
    expect(isCanonical(page, USABLE)).toBe(false);

    const canonical = canonicalPage(page, USABLE);
    // Cell 0 at the highest offset: a at 481, b at 430, c at 409; content starts at 409.
    expect([canonical.readUInt16BE(8), canonical.readUInt16BE(10), canonical.readUInt16BE(12)]).toEqual([481, 430, 409]);
    expect(canonical.subarray(481, 512)).toEqual(a);
    expect(canonical.subarray(430, 481)).toEqual(b);
    expect(canonical.subarray(409, 430)).toEqual(c);
    expect(canonical.readUInt16BE(1)).toBe(0); // no freeblock
    expect(canonical.readUInt16BE(3)).toBe(3);
    expect(canonical.readUInt16BE(5)).toBe(409);
    expect(canonical[7]).toBe(0); // no fragmented bytes
    expect(canonical.subarray(14, 409).every((byte) => byte === 0)).toBe(true); // the gap, garbage before
    // The same free bytes in all (SQLite's cached nFree stays true), and canonical is a fixed point.
    expect(readIndexPage(canonical, USABLE).freeBytes).toBe(parsed.freeBytes);
    expect(canonicalPage(canonical, USABLE)).toBe(canonical);
  });

  it('keeps an interior page’s child pointers with their cells and its right-most child', () => {
    const low = cell(payload(10, 0x11), 7); // 4 + 1 + 10 = 15 bytes
    const high = cell(payload(12, 0x22), 8); // 17 bytes
    // Arrival order high, low: high at 495..512, low at 480..495.
    const page = make({ type: 0x02, contentStart: 480, cells: [{ at: 480, bytes: low }, { at: 495, bytes: high }], rightChild: 9 });
    expect(readIndexPage(page, USABLE).cells.map((x) => x.child)).toEqual([7, 8]);
    const canonical = canonicalPage(page, USABLE);
    expect([canonical.readUInt16BE(12), canonical.readUInt16BE(14)]).toEqual([497, 480]);
    expect(canonical.subarray(497, 512)).toEqual(low);
    expect(canonical.subarray(480, 497)).toEqual(high);
    expect(canonical.readUInt32BE(8)).toBe(9);
    expect(canonical.subarray(16, 480).every((byte) => byte === 0)).toBe(true);
  });

  it('sizes an overflow cell as its local payload and overflow page number (index pages: minLocal, maxLocal)', () => {
    // 300 bytes of payload on a 512-byte page: 39 + (300 - 39) % 508 = 300 > 102, so 39 bytes stay local.
    const big = cell(payload(300, 0x33)); // 2 + 39 + 4 = 45 bytes
    const small = cell(payload(3, 0x44)); // 4 bytes
    const page = make({ type: 0x0a, contentStart: 463, cells: [{ at: 508, bytes: small }, { at: 463, bytes: big }] });
    expect(readIndexPage(page, USABLE).cells.map((x) => x.size)).toEqual([4, 45]);
    const canonical = canonicalPage(page, USABLE);
    expect([canonical.readUInt16BE(8), canonical.readUInt16BE(10)]).toEqual([508, 463]);
    expect(canonical.subarray(463, 508)).toEqual(big);
  });

  it('counts a cell of fewer than 4 bytes as 4, as SQLite does', () => {
    const tiny = cell(payload(1, 0x55)); // 2 bytes, takes 4
    const page = make({ type: 0x0a, contentStart: 504, cells: [{ at: 504, bytes: tiny }], fragmented: 0, freeblocks: [{ at: 508, size: 4 }] });
    const canonical = canonicalPage(page, USABLE);
    expect(canonical.readUInt16BE(8)).toBe(508);
    expect(canonical.readUInt16BE(5)).toBe(508);
  });

  it('refuses a page that does not add up, overlaps, or is not an index b-tree page', () => {
    const a = cell(payload(30, 0xa1));
    const b = cell(payload(30, 0xb2));
    const fine = { type: 0x0a as const, contentStart: 450, cells: [{ at: 481, bytes: a }, { at: 450, bytes: b }] };
    expect(isCanonical(canonicalPage(make(fine), USABLE), USABLE)).toBe(true);
    expect(() => canonicalPage(make({ ...fine, fragmented: 1 }), USABLE)).toThrow(/do not add up/);
    // Two pointers to one cell: the sizes add up, the cells overlap.
    expect(() => canonicalPage(make({ ...fine, cells: [{ at: 481, bytes: a }, { at: 481, bytes: a }] }), USABLE)).toThrow(/overlap/);
    expect(() => canonicalPage(make({ ...fine, contentStart: 481, cells: [{ at: 481, bytes: a }, { at: 450, bytes: b }] }), USABLE)).toThrow(/outside the content area/);
    expect(() => canonicalPage(make({ ...fine, freeblocks: [{ at: 470, size: 20 }] }), USABLE)).toThrow(/overlap/);
    const table = make(fine);
    table[0] = 0x0d;
    expect(() => canonicalPage(table, USABLE)).toThrow(/not an index b-tree page/);
  });
});
