import { suppressCounts } from '../disclosure/suppress-counts.ts';

/**
 * Statistical disclosure control for the indicator tables, in one place (see the reporting section
 * of the privacy guide). Every figure that leaves analysis/ passes through here first.
 *
 * A table is one indicator broken down by one attribute: a published total (the whole wave) and one
 * cell per group, the groups partitioning the total (respondents who did not say, or whose batch
 * lacks the attribute, form a group of their own, so that no remainder is left for subtraction).
 * From what is published of a cell (n, value, interval) anyone can work out its count, sum and sum
 * of squares, so subtracting the shown cells from the total yields the same for the hidden cells
 * taken together. The rules:
 *
 * 1. Primary: a cell is hidden when fewer than `k` respondents contribute (k_min of the wave, or
 *    k_special for a breakdown by special-category data), or when everyone in it gave the same
 *    answer (every value equal: 0 % or 100 % for a proportion, sd 0 for a mean) and it holds fewer
 *    than `smallGroup` respondents: "everyone in this small group answered X" discloses each of them.
 * 2. The total is a cell too: when it fails rule 1 the whole table is hidden.
 * 3. Secondary: while the hidden cells are a single cell, or their sum (what subtraction yields) is
 *    non-empty and either below k or all one answer (at any size: it would prove that the hidden
 *    small groups answered the same), the smallest shown cell is hidden as well.
 *    With counts only (no one-answer cells) this is exactly {@link suppressCounts}.
 * 4. A hidden cell says only {@link HIDDEN_REASON}; an empty group looks the same.
 * 5. Across waves: a change is published only between two cells shown in their own wave's tables
 *    (done by the caller), so a change never exposes a hidden value.
 */
export const HIDDEN_REASON = 'te weinig antwoorden';

/**
 * Every figure of a row as published when its cell is hidden (or empty): one definition, so a
 * suppressed cell of any table looks exactly like an empty one and says only why.
 */
export const HIDDEN_FIGURES = {
  shown: false,
  reason: HIDDEN_REASON,
  n: null,
  value: null,
  lower: null,
  upper: null,
  populationSize: null,
  alpha: null,
  previousValue: null,
  change: null,
  test: null,
  pValue: null,
  significant: null,
  target: null,
} as const;

/** What disclosure control needs of a cell: its size and the range of the values in it. */
export interface CellSummary {
  n: number;
  /** Smallest and largest value contributed (0/1 for a proportion); ±Infinity when empty. */
  low: number;
  high: number;
}

export interface DisclosureRule {
  /** Smallest number of respondents behind a shown figure. */
  k: number;
  /** A group smaller than this in which everyone gave the same answer is hidden. */
  smallGroup: number;
}

/** The default rule for a threshold k: one-answer groups count as small below 2k. */
export function ruleFor(k: number): DisclosureRule {
  return { k, smallGroup: 2 * k };
}

const uniform = (c: CellSummary) => c.n > 0 && c.low === c.high;

/** Rule 1: whether a cell may not be shown on its own. */
export function isDisclosive(c: CellSummary, rule: DisclosureRule): boolean {
  return c.n < rule.k || (uniform(c) && c.n < rule.smallGroup);
}

function merge(cells: readonly CellSummary[]): CellSummary {
  let n = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    n += c.n;
    if (c.n > 0) {
      low = Math.min(low, c.low);
      high = Math.max(high, c.high);
    }
  }
  return { n, low, high };
}

/**
 * Primary and secondary suppression of one table (rules 1-3). `cells` maps group keys to cells that
 * partition `total`. Returns whether the total is hidden and which groups are.
 *
 * Cost: O(g² ) for g groups in the worst case (g is a handful of categories).
 */
export function suppressTable(
  total: CellSummary,
  cells: ReadonlyMap<string, CellSummary>,
  rule: DisclosureRule,
): { totalHidden: boolean; hidden: Set<string> } {
  if (!(rule.k >= 1)) throw new RangeError('suppressTable requires k >= 1');
  const keys = [...cells.keys()];
  if (isDisclosive(total, rule)) return { totalHidden: true, hidden: new Set(keys) };
  // Smallest first, ties by name: the order suppressCounts uses.
  const order = keys.sort((a, b) => cells.get(a)!.n - cells.get(b)!.n || a.localeCompare(b));
  const hidden = new Set(order.filter((g) => isDisclosive(cells.get(g)!, rule)));
  const recoverable = () => {
    const sum = merge([...hidden].map((g) => cells.get(g)!));
    return hidden.size === 1 || (sum.n > 0 && (sum.n < rule.k || uniform(sum)));
  };
  while (hidden.size > 0 && hidden.size < order.length && recoverable()) {
    hidden.add(order.find((g) => !hidden.has(g))!);
  }
  return { totalHidden: false, hidden };
}

/**
 * Response rates of a table of groups: a group's rate (answers / invitees) is shown only when its
 * answer count survives {@link suppressCounts} with k (primary below k, secondary so that no hidden
 * count can be recovered from the total); answers never exceed invitees, so that also means k
 * invitees. The same rule as the server's published response counts, so the two publications cannot
 * be played off against each other. Taking part is not an answer: a 100 % rate is not disclosive.
 */
export function suppressRates(
  totalAnswers: number,
  groups: ReadonlyMap<string, { answers: number; invitees: number }>,
  k: number,
): { totalHidden: boolean; hidden: Set<string> } {
  const keys = [...groups.keys()];
  if (totalAnswers < k) return { totalHidden: true, hidden: new Set(keys) };
  const published = suppressCounts(Object.fromEntries(keys.map((g) => [g, groups.get(g)!.answers])), k);
  return { totalHidden: false, hidden: new Set(keys.filter((g) => !published[g]!.shown)) };
}
