import { checkConfidence, normalTwoSidedP } from './distributions.ts';
import type { Interval } from './types.ts';
import { wilsonInterval } from './wilson-interval.ts';

export interface TwoProportionTestResult {
  /** x1 / n1. */
  proportion1: number;
  /** x2 / n2. */
  proportion2: number;
  /** proportion1 − proportion2. */
  difference: number;
  /** Pooled z statistic; its square is R's prop.test(correct = FALSE) X-squared. */
  z: number;
  /** Two-sided p-value of the pooled z test. */
  pValue: number;
  /** Newcombe hybrid score interval for the difference (Newcombe 1998, method 10). */
  interval: Interval;
}

/**
 * Compares two independent proportions (e.g. a group versus the rest of the city):
 *
 * - **Test:** the pooled [two-proportion z test](https://en.wikipedia.org/wiki/Two-proportion_Z-test),
 *   z = (p1 − p2) / √(p̄(1 − p̄)(1/n1 + 1/n2)) with p̄ = (x1 + x2)/(n1 + n2), two-sided. z² is the
 *   Pearson chi-squared statistic of the 2×2 table, so the p-value equals R's
 *   `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value`.
 * - **Interval:** Newcombe's hybrid score interval for p1 − p2 (Newcombe 1998, "Interval
 *   estimation for the difference between independent proportions: comparison of eleven
 *   methods", Statistics in Medicine 17:873-890, method 10), built from the two Wilson intervals
 *   (l1, u1), (l2, u2): [D − √((p1 − l1)² + (u2 − p2)²), D + √((u1 − p1)² + (p2 − l2)²)].
 *   Chosen over the unpooled Wald interval because it keeps its coverage for small groups and
 *   for proportions near 0 or 1, where Wald intervals collapse to a point or leave [−1, 1].
 *
 * The test and the interval are different methods, so near the boundary the interval can
 * exclude 0 while p is just above α (or the reverse).
 *
 * **Edges.** If both groups have only successes or only failures (p̄ = 0 or 1) the pooled
 * variance is 0 and the observed difference is exactly 0: z = 0 and p = 1 (R returns NaN there).
 * An empty group (n = 0) throws: there is nothing to compare.
 *
 * Cost: O(1).
 *
 * @param x1 successes in group 1, 0 <= x1 <= n1
 * @param n1 size of group 1, > 0
 * @param x2 successes in group 2, 0 <= x2 <= n2
 * @param n2 size of group 2, > 0
 * @param options `confidence` for the interval, default 0.95
 * @returns `{ proportion1, proportion2, difference, z, pValue, interval }`
 * @throws {RangeError} "twoProportionTest requires n1 > 0 and n2 > 0"
 * @throws {RangeError} "twoProportionTest requires 0 <= x1 <= n1 and 0 <= x2 <= n2"
 * @throws {RangeError} "twoProportionTest requires 0 < confidence < 1"
 * @example
 * twoProportionTest(56, 70, 48, 80);
 * // => { proportion1: 0.8, proportion2: 0.6, difference: 0.2, z: 2.6501..., pValue: 0.008045...,
 * //      interval: { lower: 0.0524..., upper: 0.3339... } }
 */
export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: { confidence?: number } = {},
): TwoProportionTestResult {
  const { confidence = 0.95 } = options;
  if (!(Number.isFinite(n1) && Number.isFinite(n2) && n1 > 0 && n2 > 0)) {
    throw new RangeError('twoProportionTest requires n1 > 0 and n2 > 0');
  }
  if (!(x1 >= 0 && x1 <= n1 && x2 >= 0 && x2 <= n2)) {
    throw new RangeError('twoProportionTest requires 0 <= x1 <= n1 and 0 <= x2 <= n2');
  }
  checkConfidence('twoProportionTest', confidence);

  const proportion1 = x1 / n1;
  const proportion2 = x2 / n2;
  const difference = proportion1 - proportion2;

  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  // p̄ = 0 or 1: no variance and no difference; z = 0 gives p = 1.
  const z = variance > 0 ? difference / Math.sqrt(variance) : 0;
  const pValue = normalTwoSidedP(z);

  const group1 = wilsonInterval(x1, n1, { confidence });
  const group2 = wilsonInterval(x2, n2, { confidence });
  const interval = {
    lower: difference - Math.hypot(proportion1 - group1.lower, group2.upper - proportion2),
    upper: difference + Math.hypot(group1.upper - proportion1, proportion2 - group2.lower),
  };
  return { proportion1, proportion2, difference, z, pValue, interval };
}
