import { MERGED } from './columns.ts';

export type Cell = string | number;

/** One recoding step: in `column`, every `from` ('' is unknown) became `_overig`. */
export interface Recoding {
  column: number;
  from: string;
}

/**
 * Global recoding of background columns (batch attributes and declared breakdowns) until every
 * combination of background values that occurs holds at least `k` rows. Unknown (blank) counts as
 * a value of its own, since a small "unknown" group is as telling as any other.
 *
 * Repeat until no combination is smaller than k:
 * 1. Count the rows of every combination of background values; the ones below k are "small".
 * 2. Candidates are the (column, value) pairs other than `_overig` that occur in a small combination;
 *    when there are none (the small combinations are `_overig` everywhere), every such pair in the data.
 * 3. Merge the rarest candidate (fewest rows with that value in its column; ties: column order, then
 *    code) into its column's `_overig` group, in every row.
 * Rare values are thus merged first and common ones only when merging the rare ones was not enough.
 * It ends, because every step removes one distinct value; a column of nothing but `_overig` says
 * nothing. When every column is, and the wave still has fewer than k rows, `satisfied` is false.
 *
 * Cost: O(steps × rows × columns); steps are at most the distinct background values.
 */
export function coarsen(rows: Cell[][], background: number[], k: number): { steps: Recoding[]; satisfied: boolean } {
  const steps: Recoding[] = [];
  const key = (r: Cell[]) => JSON.stringify(background.map((c) => String(r[c])));
  for (;;) {
    const combos = new Map<string, number>();
    for (const r of rows) combos.set(key(r), (combos.get(key(r)) ?? 0) + 1);
    const small = new Set([...combos].filter(([, n]) => n < k).map(([c]) => c));
    if (small.size === 0) return { steps, satisfied: true };

    const counts = background.map(() => new Map<string, number>());
    const inSmall = background.map(() => new Set<string>());
    for (const r of rows) {
      const isSmall = small.has(key(r));
      background.forEach((c, j) => {
        const v = String(r[c]);
        if (v === MERGED) return;
        counts[j]!.set(v, (counts[j]!.get(v) ?? 0) + 1);
        if (isSmall) inSmall[j]!.add(v);
      });
    }
    const useSmall = inSmall.some((s) => s.size > 0);
    let best: { j: number; v: string; n: number } | undefined;
    background.forEach((_, j) => {
      for (const v of [...(useSmall ? inSmall[j]! : counts[j]!.keys())].sort()) {
        const n = counts[j]!.get(v)!;
        if (best === undefined || n < best.n) best = { j, v, n };
      }
    });
    if (best === undefined) return { steps, satisfied: false };
    const column = background[best.j]!;
    for (const r of rows) if (String(r[column]) === best.v) r[column] = MERGED;
    steps.push({ column, from: best.v });
  }
}
