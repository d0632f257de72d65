import { mean as sampleMean, sampleStandardDeviation } from 'simple-statistics';
import { checkConfidence, tCriticalValue } from './distributions.ts';
import type { Interval } from './types.ts';

/** A group's mean, sample standard deviation (n − 1 denominator) and size. */
export interface MeanSummary {
  mean: number;
  sd: number;
  n: number;
}

export interface MeanIntervalResult {
  mean: number;
  /** Sample standard deviation (n − 1 denominator); null when n < 2. */
  sd: number | null;
  n: number;
  /** sd / √n; null when n < 2. */
  standardError: number | null;
  /** Degrees of freedom of the t interval, n − 1; null when n < 2. */
  df: number | null;
  /** mean ± t(1 − α/2, n − 1) · sd/√n; null when n < 2. */
  interval: Interval | null;
}

/**
 * The mean with its [Student t confidence interval](https://en.wikipedia.org/wiki/Student%27s_t-distribution#How_Student's_distribution_arises_from_sampling),
 * mean ± t(1 − α/2, n − 1) · sd/√n. Equals R's `t.test(x)$conf.int`.
 *
 * Use it for the average of a score (e.g. a 0-100 scale score) in a group. It assumes the mean
 * is about normally distributed, which the central limit theorem gives for moderate n unless
 * the values are very skewed. Takes either the raw values or a summary `{ mean, sd, n }`.
 *
 * **Edges.** With n = 1 there is no estimate of spread: `sd`, `standardError`, `df` and
 * `interval` are null. When all values are equal, sd is exactly 0 and the interval is the
 * single point [mean, mean]. With no values the mean is undefined and the function throws.
 *
 * Cost: O(n) for raw values (two passes), O(1) for a summary.
 *
 * @param data the values, or a summary `{ mean, sd, n }` (sd with the n − 1 denominator)
 * @param options `confidence`, default 0.95
 * @returns `{ mean, sd, n, standardError, df, interval }`
 * @throws {RangeError} "meanInterval requires at least one value" (empty array, or summary n < 1)
 * @throws {RangeError} "meanInterval requires finite values" (NaN, ±Infinity, or a non-finite summary mean)
 * @throws {RangeError} "meanInterval requires an integer n" (summary)
 * @throws {RangeError} "meanInterval requires sd >= 0" (summary with n >= 2)
 * @throws {RangeError} "meanInterval requires 0 < confidence < 1"
 * @example
 * meanInterval([1, 2, 3, 4, 10]);
 * // => { mean: 4, sd: 3.5355..., n: 5, standardError: 1.5811..., df: 4,
 * //      interval: { lower: -0.3899..., upper: 8.3899... } }
 * meanInterval({ mean: 62.5, sd: 18, n: 40 }).interval; // => { lower: 56.743..., upper: 68.256... }
 * meanInterval([7]).interval; // => null
 */
export function meanInterval(
  data: readonly number[] | MeanSummary,
  options: { confidence?: number } = {},
): MeanIntervalResult {
  const { confidence = 0.95 } = options;
  checkConfidence('meanInterval', confidence);
  const { mean, sd, n } = isSummary(data) ? checkSummary(data) : summarise(data);
  if (n < 2 || sd === null) {
    return { mean, sd: null, n, standardError: null, df: null, interval: null };
  }
  const standardError = sd / Math.sqrt(n);
  const df = n - 1;
  const margin = tCriticalValue(confidence, df) * standardError;
  return {
    mean,
    sd,
    n,
    standardError,
    df,
    interval: { lower: mean - margin, upper: mean + margin },
  };
}

function isSummary(data: readonly number[] | MeanSummary): data is MeanSummary {
  return !Array.isArray(data);
}

function checkSummary({ mean, sd, n }: MeanSummary): { mean: number; sd: number | null; n: number } {
  if (!(n >= 1)) throw new RangeError('meanInterval requires at least one value');
  if (!Number.isInteger(n)) throw new RangeError('meanInterval requires an integer n');
  if (!Number.isFinite(mean)) throw new RangeError('meanInterval requires finite values');
  if (n === 1) return { mean, sd: null, n };
  if (!(Number.isFinite(sd) && sd >= 0)) throw new RangeError('meanInterval requires sd >= 0');
  return { mean, sd, n };
}

function summarise(values: readonly number[]): { mean: number; sd: number | null; n: number } {
  const n = values.length;
  if (n === 0) throw new RangeError('meanInterval requires at least one value');
  if (!values.every(Number.isFinite)) throw new RangeError('meanInterval requires finite values');
  const first = values[0] as number;
  // Equal values: report sd exactly 0 (a computed mean can be off in the last bit, e.g. 0.1 × 3).
  if (values.every((value) => value === first)) return { mean: first, sd: n < 2 ? null : 0, n };
  const list = [...values];
  return { mean: sampleMean(list), sd: n < 2 ? null : sampleStandardDeviation(list), n };
}
