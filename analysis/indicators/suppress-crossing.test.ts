import { describe, expect, it } from 'vitest';
import { ruleFor, type CellSummary } from './disclosure.ts';
import { crossedKey, suppressCrossing, type CrossedTable } from './suppress-crossing.ts';

/** A count's cell (never all one answer). */
const count = (n: number): CellSummary => ({ n, low: 0, high: 1 });

/** A crossed table of counts from its rows of cells; margins and total are their sums. */
function crossed(cells: Record<string, Record<string, number>>, k = 5): CrossedTable {
  const rows = Object.keys(cells);
  const columns = Object.keys(cells[rows[0]!]!);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    total: count(sum(rows.flatMap((r) => Object.values(cells[r]!)))),
    rows: new Map(rows.map((r) => [r, count(sum(Object.values(cells[r]!)))])),
    columns: new Map(columns.map((c) => [c, count(sum(rows.map((r) => cells[r]![c]!)))])),
    cells: new Map(rows.map((r) => [r, new Map(columns.map((c) => [c, count(cells[r]![c]!)]))])),
    rule: ruleFor(k),
  };
}
const keys = (cells: [string, string][]) => cells.map(([r, c]) => crossedKey(r, c)).sort();
const sorted = (s: Set<string>) => [...s].sort();

describe('suppressCrossing', () => {
  it('shows every cell of at least k', () => {
    expect(sorted(suppressCrossing([crossed({ a: { x: 6, y: 7 }, b: { x: 8, y: 5 } })], new Set(), new Set()))).toEqual([]);
  });

  it('hides a small cell and, along its row and its column, one more each, closing a rectangle', () => {
    // b-y (2) alone in row b and column y: b-x (row), a-y (column), then a-x so that neither a nor x holds one hidden cell.
    const hidden = suppressCrossing([crossed({ a: { x: 9, y: 7 }, b: { x: 8, y: 2 } })], new Set(), new Set());
    expect(sorted(hidden)).toEqual(keys([['a', 'x'], ['a', 'y'], ['b', 'x'], ['b', 'y']]));
  });

  it('hides every cell of a group its own breakdown hides', () => {
    const hidden = suppressCrossing([crossed({ a: { x: 9, y: 7, z: 6 }, b: { x: 8, y: 6, z: 7 }, c: { x: 3, y: 2, z: 1 }, d: { x: 2, y: 3, z: 4 } })], new Set(['c', 'd']), new Set());
    expect(sorted(hidden)).toEqual(keys([['c', 'x'], ['c', 'y'], ['c', 'z'], ['d', 'x'], ['d', 'y'], ['d', 'z']]));
  });

  it('hides more when rows and columns together pin a cell down that no single row or column does', () => {
    // Two blocks of small cells, {a, b} x {1, 2} and {c, d} x {3, 4}, joined by b-3. Every row and
    // column hides two or three cells, 6 or more together, yet a + b − 1 − 2 (hidden parts) = b-3.
    const table = crossed({
      a: { '1': 3, '2': 3, '3': 10, '4': 10 },
      b: { '1': 3, '2': 3, '3': 3, '4': 10 },
      c: { '1': 10, '2': 10, '3': 3, '4': 3 },
      d: { '1': 10, '2': 10, '3': 3, '4': 3 },
    });
    const small: [string, string][] = [['a', '1'], ['a', '2'], ['b', '1'], ['b', '2'], ['b', '3'], ['c', '3'], ['c', '4'], ['d', '3'], ['d', '4']];
    // a-3 (10, the first of the smallest shown cells in b-3's row and column) joins the blocks a second way.
    expect(sorted(suppressCrossing([table], new Set(), new Set()))).toEqual(keys([...small, ['a', '3']]));
  });

  it('hides the same cells in every table: a cell one table hides is hidden in all', () => {
    const respondents = crossed({ a: { x: 9, y: 7 }, b: { x: 8, y: 6 } });
    const indicator = crossed({ a: { x: 9, y: 7 }, b: { x: 8, y: 3 } }); // three of b-y answered it
    const hidden = suppressCrossing([respondents, indicator], new Set(), new Set());
    expect(sorted(hidden)).toEqual(keys([['a', 'x'], ['a', 'y'], ['b', 'x'], ['b', 'y']]));
  });
});
