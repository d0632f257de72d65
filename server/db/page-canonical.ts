import { isLaidOutCanonically, readIndexPage, type IndexPage } from './btree-page.ts';

/**
 * The canonical form of an index b-tree page: the layout SQLite's own defragmentPage (its full
 * path) and rebuildPage give a page. The cells are packed against the end of the usable area in
 * cell-pointer (key) order, cell 0 at the highest offset; no freeblocks, no fragmented bytes, and
 * the gap between the cell pointers and the first cell all zeros. Such a page says nothing about
 * the order in which its cells arrived: where a cell lies and its rank follow the keys alone
 * (docs/decisions/024).
 *
 * The header's other fields (type, cell count, right-most child), the cells' bytes and the bytes
 * after the usable size are kept, and so is the page's total of free bytes: everything SQLite
 * keeps about the page in memory (MemPage: nCell, nFree, cellOffset) stays true when the page is
 * written back through sqlite_dbpage. Returns `page` itself when it is canonical already.
 * Throws PageError (btree-page.ts) for a page that does not add up.
 */
export function canonicalPage(page: Buffer, usable: number, headerAt = 0, parsed?: IndexPage): Buffer {
  if (isLaidOutCanonically(page, usable, headerAt)) return page;
  return rebuilt(page, usable, headerAt, parsed ?? readIndexPage(page, usable, headerAt));
}

/** The canonical layout of a page that is not canonical yet: a new buffer. */
function rebuilt(page: Buffer, usable: number, headerAt: number, parsed: IndexPage): Buffer {
  const out = Buffer.alloc(page.length);
  page.copy(out, 0, 0, parsed.pointersAt);
  page.copy(out, usable, usable);
  // Cells that lie next to each other in key order already (all but a few after an insert) move in one copy.
  let end = usable;
  let run = { from: 0, to: 0, at: usable };
  for (const [i, cell] of parsed.cells.entries()) {
    end -= cell.size;
    if (cell.offset + cell.size !== run.from || run.to === 0) {
      page.copy(out, run.at, run.from, run.to);
      run = { from: cell.offset, to: cell.offset + cell.size, at: end };
    } else {
      run.from = cell.offset;
      run.at = end;
    }
    out.writeUInt16BE(end, parsed.pointersAt + 2 * i);
  }
  page.copy(out, run.at, run.from, run.to);
  out.writeUInt16BE(0, headerAt + 1); // no freeblocks
  out.writeUInt16BE(end === 65536 ? 0 : end, headerAt + 5);
  out[headerAt + 7] = 0; // no fragmented bytes
  return out;
}

/** True when `page` is an index b-tree page in its canonical form. Throws PageError for one that does not add up. */
export function isCanonical(page: Buffer, usable: number, headerAt = 0): boolean {
  return canonicalPage(page, usable, headerAt) === page;
}
