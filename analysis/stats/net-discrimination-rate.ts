import { checkConfidence } from './distributions.ts';
import { mcnemarExact } from './mcnemar-exact.ts';
import type { Interval } from './types.ts';
import { wilsonInterval } from './wilson-interval.ts';

/** One paired test: did the majority profile, and did the minority profile, get a positive outcome? */
export interface PairedOutcome {
  majority: boolean;
  minority: boolean;
}

export interface NetDiscriminationRateResult {
  /** Number of pairs, n = a + b + c + d. */
  pairs: number;
  /** a: both profiles got a positive outcome. */
  bothPositive: number;
  /** b: only the majority profile did. */
  majorityOnly: number;
  /** c: only the minority profile did. */
  minorityOnly: number;
  /** d: neither did. */
  neitherPositive: number;
  /** (a + b) / n. */
  majorityRate: number;
  /** (a + c) / n. */
  minorityRate: number;
  /** (b − c) / n = majorityRate − minorityRate; positive means the minority profile is disadvantaged. */
  netRate: number;
  /** Newcombe (1998) method 10 interval for the paired difference. */
  interval: Interval;
  /** Exact McNemar p-value on (b, c). */
  pValue: number;
}

/**
 * The net discrimination rate of a paired test (correspondence or mystery-shopper testing,
 * where a majority and a minority profile apply for the same vacancy or house): the share of
 * pairs where only the majority profile got a positive outcome minus the share where only the
 * minority profile did, (b − c)/n. This is the difference of the two paired proportions
 * (a + b)/n − (a + c)/n.
 *
 * - **Interval:** Newcombe's square-and-add interval for a difference of paired proportions
 *   (Newcombe 1998, "Improved confidence intervals for the difference between binomial
 *   proportions based on paired data", Statistics in Medicine 17:2635-2650, method 10). With
 *   Wilson intervals (l1, u1) for p1 = (a + b)/n and (l2, u2) for p2 = (a + c)/n:
 *   lower = D − √((p1 − l1)² − 2φ(p1 − l1)(u2 − p2) + (u2 − p2)²),
 *   upper = D + √((u1 − p1)² − 2φ(u1 − p1)(p2 − l2) + (p2 − l2)²),
 *   where φ = C/√((a + b)(c + d)(a + c)(b + d)) is the phi coefficient with Newcombe's
 *   adjustment of C = ad − bc: C − n/2 if C > n/2, 0 if 0 <= C <= n/2, C if C < 0; φ = 0 when a
 *   margin is empty. It stays inside [−1, 1] and keeps its coverage with few discordant pairs.
 * - **Test:** the exact McNemar test on b and c (see {@link mcnemarExact}).
 *
 * **Edges.** No pairs throws (the rate is undefined). Without discordant pairs the net rate is
 * 0 and p = 1; the interval is still informative (it narrows as n grows).
 *
 * Cost: O(n) to count the pairs, then O(min(b, c)) for the exact p-value.
 *
 * @param pairs the paired outcomes, `{ majority, minority }` with true for a positive outcome
 * @param options `confidence` for the interval, default 0.95
 * @returns counts, both rates, `netRate`, `interval` and `pValue`
 * @throws {RangeError} "netDiscriminationRate requires at least one pair"
 * @throws {RangeError} "netDiscriminationRate requires 0 < confidence < 1"
 * @example
 * // 30 pairs: 10 both positive, 12 only majority, 3 only minority, 5 neither
 * netDiscriminationRate(pairs);
 * // => { netRate: 0.3, interval: { lower: 0.0507..., upper: 0.5025... }, pValue: 0.03515625, ... }
 */
export function netDiscriminationRate(
  pairs: readonly PairedOutcome[],
  options: { confidence?: number } = {},
): NetDiscriminationRateResult {
  const { confidence = 0.95 } = options;
  if (pairs.length === 0) throw new RangeError('netDiscriminationRate requires at least one pair');
  checkConfidence('netDiscriminationRate', confidence);

  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const { majority, minority } of pairs) {
    if (majority && minority) a++;
    else if (majority) b++;
    else if (minority) c++;
    else d++;
  }
  const n = pairs.length;
  const majorityRate = (a + b) / n;
  const minorityRate = (a + c) / n;
  const netRate = (b - c) / n;

  const majorityInterval = wilsonInterval(a + b, n, { confidence });
  const minorityInterval = wilsonInterval(a + c, n, { confidence });
  const phi = newcombePhi(a, b, c, d);
  const dl1 = majorityRate - majorityInterval.lower;
  const du1 = majorityInterval.upper - majorityRate;
  const dl2 = minorityRate - minorityInterval.lower;
  const du2 = minorityInterval.upper - minorityRate;
  const interval = {
    lower: netRate - Math.sqrt(Math.max(0, dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2)),
    upper: netRate + Math.sqrt(Math.max(0, du1 * du1 - 2 * phi * du1 * dl2 + dl2 * dl2)),
  };

  return {
    pairs: n,
    bothPositive: a,
    majorityOnly: b,
    minorityOnly: c,
    neitherPositive: d,
    majorityRate,
    minorityRate,
    netRate,
    interval,
    pValue: mcnemarExact(b, c).pValue,
  };
}

/** Newcombe's (1998) continuity-adjusted phi coefficient of the paired 2×2 table. */
function newcombePhi(a: number, b: number, c: number, d: number): number {
  const product = (a + b) * (c + d) * (a + c) * (b + d);
  if (product === 0) return 0;
  const n = a + b + c + d;
  const cross = a * d - b * c;
  const adjusted = cross > n / 2 ? cross - n / 2 : cross >= 0 ? 0 : cross;
  return adjusted / Math.sqrt(product);
}
