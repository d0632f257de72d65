import { sampleVariance } from 'simple-statistics';

export interface CronbachAlphaResult {
  /** Cronbach's alpha; null when it is undefined (fewer than 2 complete rows, or zero total variance). */
  alpha: number | null;
  /** Number of items (columns), k. */
  items: number;
  /** Number of complete rows used. */
  respondents: number;
  /** Number of rows dropped because at least one item was missing. */
  excluded: number;
}

/**
 * [Cronbach's alpha](https://en.wikipedia.org/wiki/Cronbach%27s_alpha), the internal consistency
 * of a scale of k items: α = k/(k − 1) · (1 − Σ var(item) / var(total)), with sample variances
 * (n − 1 denominator) and total = the row sum (Cronbach 1951, Psychometrika 16:297).
 *
 * Use it to check that the items of a scale (e.g. the feeling-of-belonging items) measure one
 * thing before averaging them into a scale score; 0.7 or more is the usual rule of thumb.
 * Alpha is not bounded below: negative values mean items that covary negatively (often an item
 * that should have been reverse-coded).
 *
 * **Missing answers: listwise deletion.** A row with any `null` (or `undefined`) item is left
 * out entirely, so all variances come from the same respondents (as SPSS RELIABILITY does by
 * default). It can drop many rows when items are often skipped; the count is returned as
 * `excluded`.
 *
 * **Edges.** Fewer than 2 items throws (alpha is not defined for one item). No rows gives
 * `alpha: null` with `items: 0`. Fewer than 2 complete rows gives `alpha: null` (no variance).
 * When every complete row has the same total (e.g. all answers equal) the total variance is 0
 * and alpha is 0/0 or −∞: `alpha: null`.
 *
 * Cost: O(n·k) time, O(n + k) extra memory.
 *
 * @param items rows = respondents, columns = items; `null` for a missing answer
 * @returns `{ alpha, items, respondents, excluded }`
 * @throws {RangeError} "cronbachAlpha requires at least 2 items"
 * @throws {RangeError} "cronbachAlpha requires every row to have the same number of items"
 * @throws {RangeError} "cronbachAlpha requires finite numbers or null"
 * @example
 * cronbachAlpha([[1, 2, 2], [2, 3, 3], [4, 4, 5], [3, 5, 4], [null, 1, 1]]);
 * // => { alpha: 0.9512195..., items: 3, respondents: 4, excluded: 1 }
 */
export function cronbachAlpha(items: readonly (readonly (number | null | undefined)[])[]): CronbachAlphaResult {
  if (items.length === 0) return { alpha: null, items: 0, respondents: 0, excluded: 0 };
  const k = (items[0] as readonly unknown[]).length;
  if (k < 2) throw new RangeError('cronbachAlpha requires at least 2 items');

  const complete: number[][] = [];
  for (const row of items) {
    if (row.length !== k) {
      throw new RangeError('cronbachAlpha requires every row to have the same number of items');
    }
    let missing = false;
    for (const value of row) {
      if (value === null || value === undefined) missing = true;
      else if (!Number.isFinite(value)) throw new RangeError('cronbachAlpha requires finite numbers or null');
    }
    if (!missing) complete.push(row as number[]);
  }

  const respondents = complete.length;
  const result = { items: k, respondents, excluded: items.length - respondents };
  if (respondents < 2) return { alpha: null, ...result };

  const totals = complete.map((row) => row.reduce((sum, value) => sum + value, 0));
  const firstTotal = totals[0] as number;
  if (totals.every((total) => total === firstTotal)) return { alpha: null, ...result };

  let itemVarianceSum = 0;
  for (let j = 0; j < k; j++) {
    itemVarianceSum += sampleVariance(complete.map((row) => row[j] as number));
  }
  const alpha = (k / (k - 1)) * (1 - itemVarianceSum / sampleVariance(totals));
  return { alpha, ...result };
}
