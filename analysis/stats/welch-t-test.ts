import { checkConfidence, tCriticalValue, tTwoSidedP } from './distributions.ts';
import type { MeanSummary } from './mean-interval.ts';
import type { Interval } from './types.ts';

export interface WelchTTestResult {
  /** mean1 − mean2. */
  difference: number;
  /** √(sd1²/n1 + sd2²/n2). */
  standardError: number;
  /** difference / standardError. */
  t: number;
  /** Welch-Satterthwaite degrees of freedom (not an integer in general). */
  df: number;
  /** Two-sided p-value. */
  pValue: number;
  /** difference ± t(1 − α/2, df) · standardError. */
  interval: Interval;
}

/**
 * [Welch's t test](https://en.wikipedia.org/wiki/Welch%27s_t-test) for the difference of two
 * independent means, from each group's summary `{ mean, sd, n }` (sd with the n − 1
 * denominator): t = (m1 − m2) / √(s1²/n1 + s2²/n2) with the Welch-Satterthwaite degrees of
 * freedom df = (v1 + v2)² / (v1²/(n1 − 1) + v2²/(n2 − 1)), vᵢ = sᵢ²/nᵢ (Welch 1947,
 * Biometrika 34:28). Equals R's `t.test(x, y)` (whose default is var.equal = FALSE) and scipy's
 * `stats.ttest_ind_from_stats(..., equal_var=False)`.
 *
 * Use it to compare a scale score between two groups: unlike Student's pooled t test it does
 * not assume equal variances, and loses almost nothing when they are equal.
 *
 * **Edges.** Each group needs n >= 2 (one value has no variance). If one sd is 0, df is the
 * other group's n − 1. If both sds are 0 the standard error is 0 and t is undefined: throws
 * (as R's t.test does: "data are essentially constant").
 *
 * Cost: O(1).
 *
 * @param group1 `{ mean, sd, n }` of group 1
 * @param group2 `{ mean, sd, n }` of group 2
 * @param options `confidence` for the interval of the difference, default 0.95
 * @returns `{ difference, standardError, t, df, pValue, interval }`
 * @throws {RangeError} "welchTTest requires n >= 2 in both groups" (also for a non-integer n)
 * @throws {RangeError} "welchTTest requires finite means and sd >= 0"
 * @throws {RangeError} "welchTTest requires sd > 0 in at least one group"
 * @throws {RangeError} "welchTTest requires 0 < confidence < 1"
 * @example
 * welchTTest({ mean: 5.1, sd: 1.2, n: 20 }, { mean: 4.2, sd: 2.1, n: 15 });
 * // => { difference: 0.9, standardError: 0.6049..., t: 1.4876..., df: 20.778..., pValue: 0.1518...,
 * //      interval: { lower: -0.3589..., upper: 2.1589... } }
 */
export function welchTTest(
  group1: MeanSummary,
  group2: MeanSummary,
  options: { confidence?: number } = {},
): WelchTTestResult {
  const { confidence = 0.95 } = options;
  for (const { n } of [group1, group2]) {
    if (!(Number.isInteger(n) && n >= 2)) throw new RangeError('welchTTest requires n >= 2 in both groups');
  }
  for (const { mean, sd } of [group1, group2]) {
    if (!(Number.isFinite(mean) && Number.isFinite(sd) && sd >= 0)) {
      throw new RangeError('welchTTest requires finite means and sd >= 0');
    }
  }
  if (group1.sd === 0 && group2.sd === 0) {
    throw new RangeError('welchTTest requires sd > 0 in at least one group');
  }
  checkConfidence('welchTTest', confidence);

  const v1 = (group1.sd * group1.sd) / group1.n;
  const v2 = (group2.sd * group2.sd) / group2.n;
  const standardError = Math.sqrt(v1 + v2);
  const difference = group1.mean - group2.mean;
  const t = difference / standardError;
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (group1.n - 1) + (v2 * v2) / (group2.n - 1));
  const margin = tCriticalValue(confidence, df) * standardError;
  return {
    difference,
    standardError,
    t,
    df,
    pValue: tTwoSidedP(t, df),
    interval: { lower: difference - margin, upper: difference + margin },
  };
}
