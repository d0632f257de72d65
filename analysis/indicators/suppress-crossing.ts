import { suppressTable, type CellSummary, type DisclosureRule } from './disclosure.ts';

/** One indicator's table of a crossing, with the one-way tables of both breakdowns as its margins. */
export interface CrossedTable {
  total: CellSummary;
  /** The row breakdown's groups as its own table publishes them (the row margins). */
  rows: ReadonlyMap<string, CellSummary>;
  /** The column breakdown's groups (the column margins). */
  columns: ReadonlyMap<string, CellSummary>;
  /** Row group → column group → cell; every row has every column, and they partition the total. */
  cells: ReadonlyMap<string, ReadonlyMap<string, CellSummary>>;
  rule: DisclosureRule;
}

/** The key of a crossed cell in the sets {@link suppressCrossing} returns. */
export const crossedKey = (row: string, column: string) => JSON.stringify([row, column]);

/**
 * Rule 9 of disclosure.ts: which cells of a crossing of two breakdowns are hidden, the same set for
 * every table in `tables` (each indicator's, and the table of respondents: rule 7 for a crossing).
 * The one-way tables of both breakdowns are published beside it, so:
 * a. every cell of a group its breakdown hides (`hiddenRows`, `hiddenColumns`) is hidden: shown
 *    cells of such a row would add up to the hidden group;
 * b. each row and each column whose margin is shown is a table of its own: rules 1-3 with the
 *    margin as its total ({@link suppressTable}), so no line's hidden cells are one alone, below k
 *    or all one answer together;
 * c. no hidden cell's n is pinned down by all the margins and the total at once (what subtracting
 *    along several rows and columns gives, which (b) alone does not rule out): see {@link pinned}.
 *    While one is, the smallest shown cell of its row or column (else of the table) is hidden too.
 * Each step can make the others hide more; the set only grows, so it ends.
 *
 * Cost: O(r·c) cells; each round of (c) one or two graph searches per hidden cell, O((r + c)·r·c).
 */
export function suppressCrossing(tables: readonly CrossedTable[], hiddenRows: ReadonlySet<string>, hiddenColumns: ReadonlySet<string>): Set<string> {
  const first = tables[0];
  if (first === undefined) return new Set();
  const rows = [...first.cells.keys()];
  const columns = [...(first.cells.get(rows[0]!)?.keys() ?? [])];
  const hidden = new Set<string>();
  for (const r of rows) for (const c of columns) if (hiddenRows.has(r) || hiddenColumns.has(c)) hidden.add(crossedKey(r, c));

  for (let size = -1; size !== hidden.size; ) {
    size = hidden.size;
    for (const t of tables) {
      for (const r of rows) {
        if (hiddenRows.has(r)) continue;
        const line = new Map(columns.map((c) => [c, t.cells.get(r)!.get(c)!]));
        hideLine(t.rows.get(r)!, line, t.rule, (c) => crossedKey(r, c), hidden);
      }
      for (const c of columns) {
        if (hiddenColumns.has(c)) continue;
        const line = new Map(rows.map((r) => [r, t.cells.get(r)!.get(c)!]));
        hideLine(t.columns.get(c)!, line, t.rule, (r) => crossedKey(r, c), hidden);
      }
    }
    if (hidden.size !== size) continue;
    for (const t of tables) {
      const cell = pinned(t, hidden, hiddenRows, hiddenColumns);
      if (cell === undefined) continue;
      const candidates = shownCells(t, hidden).filter(([r, c]) => r === cell[0] || c === cell[1]);
      const next = (candidates.length > 0 ? candidates : shownCells(t, hidden))[0];
      if (next !== undefined) {
        hidden.add(crossedKey(next[0], next[1]));
        break;
      }
    }
  }
  return hidden;
}

/** Rules 1-3 on one row or column of the crossing, its shown margin as the total. */
function hideLine(margin: CellSummary, line: ReadonlyMap<string, CellSummary>, rule: DisclosureRule, key: (g: string) => string, hidden: Set<string>): void {
  const forced = new Set([...line.keys()].filter((g) => hidden.has(key(g))));
  const result = suppressTable(margin, line, rule, { hidden: forced });
  for (const g of result.totalHidden ? line.keys() : result.hidden) hidden.add(key(g));
}

/** The shown cells of a table with anyone in them, smallest first (ties by key): [row, column]. */
function shownCells(t: CrossedTable, hidden: ReadonlySet<string>): [string, string][] {
  const out: [string, string, number][] = [];
  for (const [r, line] of t.cells) for (const [c, cell] of line) if (cell.n > 0 && !hidden.has(crossedKey(r, c))) out.push([r, c, cell.n]);
  return out.sort((a, b) => a[2] - b[2] || crossedKey(a[0], a[1]).localeCompare(crossedKey(b[0], b[1]))).map(([r, c]) => [r, c]);
}

/**
 * A hidden cell whose n the published figures fix, or undefined when there is none. What a reader
 * knows of the hidden cells' n: every shown row's and column's hidden cells add up to its margin
 * minus its shown cells; the hidden groups of a breakdown together add up to the total minus its
 * shown groups (one node for all of them: `*`); every n is a whole number of at least 0. The
 * feasible values of one cell form an interval (the constraints are a transportation problem,
 * totally unimodular), and the true n lies inside it. So the cell's n is fixed exactly when it can
 * be neither raised nor lowered by one: raising cell (u, v) needs another row-column path from v
 * back to u that alternately lowers a cell with anyone in it and raises any hidden cell; lowering
 * it, such a path from u to v. A cell of a hidden group is never fixed when its breakdown hides at
 * least two groups (a person can move to another hidden group of the same column), nor is one that
 * holds its whole shown row or column: its figures are that margin's, published already.
 */
function pinned(t: CrossedTable, hidden: ReadonlySet<string>, hiddenRows: ReadonlySet<string>, hiddenColumns: ReadonlySet<string>): [string, string] | undefined {
  const rowNode = (r: string) => (hiddenRows.has(r) ? 'r*' : `r:${r}`);
  const columnNode = (c: string) => (hiddenColumns.has(c) ? 'c*' : `c:${c}`);
  const cells: { r: string; c: string; u: string; v: string; n: number }[] = [];
  for (const [r, line] of t.cells) for (const [c, cell] of line) if (hidden.has(crossedKey(r, c))) cells.push({ r, c, u: rowNode(r), v: columnNode(c), n: cell.n });
  // From a row node one may raise any hidden cell (to its column); from a column node lower one with anyone in it (to its row).
  const reaches = (from: string, to: string, skip: (typeof cells)[number]): boolean => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (at === to) return true;
      for (const e of cells) {
        if (e === skip) continue;
        const next = at === e.u ? e.v : at === e.v && e.n > 0 ? e.u : undefined;
        if (next !== undefined && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return false;
  };
  for (const e of cells) {
    if (e.n === 0) continue;
    if ((hiddenRows.has(e.r) && hiddenRows.size > 1) || (hiddenColumns.has(e.c) && hiddenColumns.size > 1)) continue;
    if ((!hiddenRows.has(e.r) && t.rows.get(e.r)!.n === e.n) || (!hiddenColumns.has(e.c) && t.columns.get(e.c)!.n === e.n)) continue;
    if (!reaches(e.v, e.u, e) && !reaches(e.u, e.v, e)) return [e.r, e.c];
  }
  return undefined;
}
