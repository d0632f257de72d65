export interface McNemarExactResult {
  /** Discordant pairs of the first kind (e.g. only the majority profile got a positive outcome). */
  b: number;
  /** Discordant pairs of the second kind (e.g. only the minority profile did). */
  c: number;
  /** b + c, the number of discordant pairs. */
  discordant: number;
  /** Two-sided exact p-value, min(1, 2 · P(X <= min(b, c))) with X ~ Binomial(b + c, 1/2). */
  pValue: number;
}

/**
 * The exact (conditional) [McNemar test](https://en.wikipedia.org/wiki/McNemar%27s_test) for
 * paired binary outcomes. Only the discordant pairs carry information; under H0 (both members
 * of a pair equally likely to be the one with the positive outcome) b is Binomial(b + c, 1/2).
 * The two-sided p-value doubles the smaller tail and caps it at 1. Because Binomial(m, 1/2) is
 * symmetric this equals R's `binom.test(b, b + c)$p.value`, scipy's
 * `stats.binomtest(b, b + c).pvalue` and exact2x2's `mcnemar.exact`.
 *
 * Use it instead of the chi-squared McNemar test when discordant pairs are few (as in paired
 * testing of discrimination, where most pairs are treated alike); it is valid for any count.
 *
 * **Edges.** No discordant pairs (b = c = 0): no evidence either way, p = 1. b = c: p = 1.
 *
 * Cost: O(min(b, c)) time (the tail is summed term by term, stopping once terms no longer
 * change the sum), O(1) memory. For a lopsided split with b + c above about 1070 the tail
 * underflows and p is 0 (the true value is below 1e-300).
 *
 * @param b count of discordant pairs of the first kind, a non-negative integer
 * @param c count of discordant pairs of the second kind, a non-negative integer
 * @returns `{ b, c, discordant, pValue }`
 * @throws {RangeError} "mcnemarExact requires non-negative integer counts"
 * @example
 * mcnemarExact(12, 3); // => { b: 12, c: 3, discordant: 15, pValue: 0.03515625 }
 */
export function mcnemarExact(b: number, c: number): McNemarExactResult {
  if (!(Number.isSafeInteger(b) && Number.isSafeInteger(c) && b >= 0 && c >= 0)) {
    throw new RangeError('mcnemarExact requires non-negative integer counts');
  }
  const discordant = b + c;
  const pValue = Math.min(1, 2 * binomialHalfLowerTail(Math.min(b, c), discordant));
  return { b, c, discordant, pValue };
}

/** P(X <= k) for X ~ Binomial(n, 1/2), for 0 <= k <= n/2. */
function binomialHalfLowerTail(k: number, n: number): number {
  if (n === 0) return 1;
  // log C(n, k) as a sum of logs: exact enough (relative error about k·1e-16) and no gamma function.
  let logChoose = 0;
  for (let i = 1; i <= k; i++) logChoose += Math.log((n - k + i) / i);
  let term = Math.exp(logChoose - n * Math.LN2);
  let sum = term;
  // Walk down from k: P(X = i − 1) = P(X = i) · i / (n − i + 1); terms shrink, so stop early.
  for (let i = k; i >= 1 && term > sum * 1e-17; i--) {
    term *= i / (n - i + 1);
    sum += term;
  }
  return sum;
}
