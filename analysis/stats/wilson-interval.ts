import { checkConfidence, normalCriticalValue } from './distributions.ts';
import type { Interval } from './types.ts';

export interface WilsonIntervalOptions {
  /** Confidence level, strictly between 0 and 1. Default 0.95. */
  confidence?: number;
  /**
   * The headcount N of the group the sample was drawn from (without replacement). When given,
   * the interval is for the group's own proportion and narrows as n approaches N.
   */
  populationSize?: number;
}

/**
 * The [Wilson score interval](https://en.wikipedia.org/wiki/Binomial_proportion_confidence_interval#Wilson_score_interval)
 * for a proportion: all p for which the score test of H0: π = p does not reject, i.e. the
 * roots of (p̂ − p)² = z²·p(1 − p)/n. Equals R's `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * Use it for the share of respondents giving an answer: unlike the Wald interval
 * p̂ ± z·√(p̂(1 − p̂)/n) it stays inside [0, 1], is not empty at p̂ = 0 or 1, and keeps close to
 * its nominal coverage for small groups (Brown, Cai & DasGupta 2001, Statistical Science 16:101).
 *
 * **Finite population.** With `populationSize` N, the score test uses the variance of p̂ when
 * sampling n of N without replacement, p(1 − p)/n · (N − n)/(N − 1) (Cochran 1977, Sampling
 * Techniques, 3rd ed., ch. 3). Solving (p̂ − p)² = z²·p(1 − p)/n · (N − n)/(N − 1) is the
 * Wilson formula with z² multiplied by (N − n)/(N − 1) (score-test inversion, as in Wilson
 * 1927, JASA 22:209, with the without-replacement variance). For a study of finite-population
 * forms of the Wilson interval see O'Neill (2021, "Mathematical properties and finite-population
 * correction for the Wilson score interval", arXiv:2109.12464). At n = N the interval is the
 * single point p̂.
 *
 * **Edges.** n = 0 returns [0, 1]: no data leaves every proportion possible, and it is the limit
 * of the formula as n → 0 (centre → 1/2, half-width → 1/2). At p̂ = 0 the lower limit is exactly
 * 0, at p̂ = 1 the upper limit is exactly 1. Counts need not be integers (e.g. weighted counts).
 *
 * Cost: O(1).
 *
 * @param successes number of respondents with the outcome, 0 <= successes <= n
 * @param n number of respondents, >= 0
 * @param options `confidence` (default 0.95) and `populationSize` (N >= n, optional)
 * @returns the interval `{ lower, upper }`, within [0, 1]
 * @throws {RangeError} "wilsonInterval requires n >= 0" (also for NaN or Infinity)
 * @throws {RangeError} "wilsonInterval requires 0 <= successes <= n"
 * @throws {RangeError} "wilsonInterval requires 0 < confidence < 1"
 * @throws {RangeError} "wilsonInterval requires populationSize >= n"
 * @example
 * wilsonInterval(3, 10); // => { lower: 0.1077912..., upper: 0.6032218... }
 * wilsonInterval(3, 10, { populationSize: 20 }); // => narrower: { lower: 0.1427..., upper: 0.5245... }
 * wilsonInterval(0, 0); // => { lower: 0, upper: 1 }
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options: WilsonIntervalOptions = {},
): Interval {
  const { confidence = 0.95, populationSize } = options;
  if (!(Number.isFinite(n) && n >= 0)) {
    throw new RangeError('wilsonInterval requires n >= 0');
  }
  if (!(Number.isFinite(successes) && successes >= 0 && successes <= n)) {
    throw new RangeError('wilsonInterval requires 0 <= successes <= n');
  }
  checkConfidence('wilsonInterval', confidence);
  if (populationSize !== undefined && !(Number.isFinite(populationSize) && populationSize >= n)) {
    throw new RangeError('wilsonInterval requires populationSize >= n');
  }

  if (n === 0) return { lower: 0, upper: 1 };
  const p = successes / n;
  if (populationSize !== undefined && n === populationSize) return { lower: p, upper: p };

  const correction = populationSize === undefined ? 1 : (populationSize - n) / (populationSize - 1);
  const z = normalCriticalValue(confidence);
  const z2 = z * z * correction;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (Math.sqrt(z2) / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === n ? 1 : Math.min(1, centre + halfWidth),
  };
}
