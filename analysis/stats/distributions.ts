import jStat from 'jstat';

// Quantiles and tail probabilities of the normal and t distributions, shared by the statistics
// in this folder. They wrap jstat (not simple-statistics, whose probit(0.975) is 1.9572) and
// patch the places where jstat 1.9 loses accuracy:
// - jstat's studentt.cdf breaks down for large df (df = 1e6, t = -0.01 gives 0.51 instead of
//   0.496); tCdf uses the better-conditioned I_{df/(df+t²)}(df/2, 1/2) form, and beyond
//   df = 1e6 the first-order expansion around the normal (error below 1e-12).
// - jstat's studentt.inv is off by up to 3e-6 (relative) for df around 1e7; from df = 1000 on
//   tQuantile uses the Cornish-Fisher expansion (Abramowitz & Stegun 26.7.5, error below 1e-12).
// Below df = 1000 the t functions carry jstat's accuracy: about 4e-8 relative for quantiles
// and 5e-9 absolute for probabilities (checked against scipy 1.17 stats.t).

const LARGE_DF_QUANTILE = 1000;
const LARGE_DF_CDF = 1e6;

/**
 * Throws unless `confidence` lies strictly between 0 and 1. Use it at the top of a statistic
 * that takes a confidence level, so every function words the error the same way. O(1).
 *
 * @param name the calling function's name, for the error message
 * @param confidence the confidence level, e.g. 0.95
 * @throws {RangeError} "<name> requires 0 < confidence < 1" (also for NaN)
 * @example
 * checkConfidence('wilsonInterval', 95); // throws "wilsonInterval requires 0 < confidence < 1"
 */
export function checkConfidence(name: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`${name} requires 0 < confidence < 1`);
  }
}

/**
 * The two-sided critical value of the standard normal distribution: z with P(|Z| <= z) =
 * confidence, e.g. 1.959963984540054 for 0.95. Use it instead of simple-statistics'
 * `probit(0.975)`, which is 1.9572 (a low-precision table). O(1). Does not throw.
 *
 * @param confidence the confidence level, strictly between 0 and 1 (not checked)
 * @returns the critical value z
 * @example
 * normalCriticalValue(0.95); // => 1.959963984540054
 */
export function normalCriticalValue(confidence: number): number {
  return -jStat.normal.inv((1 - confidence) / 2, 0, 1);
}

/**
 * The two-sided p-value of a standard normal test statistic: P(|Z| >= |z|), for z tests.
 * Accurate to about 1e-16 absolute; far in the tail (|z| > 8) only absolute, not relative,
 * accuracy holds (jstat computes 1 − erf). O(1). Does not throw.
 *
 * @param z the test statistic
 * @returns the p-value, at most 1 (NaN for NaN)
 * @example
 * normalTwoSidedP(1.959963984540054); // => 0.05000000000000004
 */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, 2 * jStat.normal.cdf(-Math.abs(z), 0, 1));
}

/**
 * The cumulative distribution function of Student's t with `df` degrees of freedom. Use it
 * instead of jstat's `studentt.cdf`, which fails for df of a million or more (see the top of
 * this file). O(1) (a continued fraction of at most 100 steps). Does not throw.
 *
 * @param t the value
 * @param df degrees of freedom, > 0 (need not be an integer)
 * @returns P(T <= t)
 * @example
 * tCdf(-2, 10); // => 0.0366940171... (scipy: 0.03669401738537018)
 */
export function tCdf(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df >= LARGE_DF_CDF) {
    // F(t) = Φ(t) − φ(t)(t³ + t)/(4 df) + O(df⁻²)  (Abramowitz & Stegun 26.7.8 to first order)
    const density = Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
    return jStat.normal.cdf(t, 0, 1) - (density * (t * t * t + t)) / (4 * df);
  }
  const lowerTail = 0.5 * jStat.ibeta(df / (df + t * t), df / 2, 0.5);
  return t <= 0 ? lowerTail : 1 - lowerTail;
}

/**
 * The two-sided p-value of a t statistic: P(|T| >= |t|) with `df` degrees of freedom, for
 * t tests. O(1). Does not throw.
 *
 * @param t the test statistic
 * @param df degrees of freedom, > 0
 * @returns the p-value, at most 1
 * @example
 * tTwoSidedP(2, 10); // => 0.0733880342... (scipy: 0.07338803477074037)
 */
export function tTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/**
 * The two-sided critical value of Student's t: t with P(|T| <= t) = confidence, e.g.
 * 2.228138851986274 for 0.95 and df = 10, for t intervals. Use it instead of jstat's
 * `studentt.inv`, which is off by up to 3e-6 for df near 1e7. O(1). Does not throw.
 *
 * @param confidence the confidence level, strictly between 0 and 1 (not checked)
 * @param df degrees of freedom, > 0 (need not be an integer)
 * @returns the critical value
 * @example
 * tCriticalValue(0.95, 10); // => 2.2281388... (jstat: 2.228138842468655)
 */
export function tCriticalValue(confidence: number, df: number): number {
  const upperTail = (1 - confidence) / 2;
  if (df >= LARGE_DF_QUANTILE) {
    const z = -jStat.normal.inv(upperTail, 0, 1);
    const z2 = z * z;
    const g1 = (z2 * z + z) / 4;
    const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
    const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
    const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
    return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
  }
  return jStat.studentt.inv(1 - upperTail, df);
}
