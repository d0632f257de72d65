import { describe, expect, it } from 'vitest';
import { normalCriticalValue, normalTwoSidedP, tCdf, tCriticalValue, tTwoSidedP } from './distributions.ts';

// References: scipy 1.17.1 stats.norm and stats.t (ppf, cdf), R 4.2.2 qnorm/qt/pt agree.
// The large-df cases are where jstat 1.9 alone is wrong (see distributions.ts).

describe('distributions', () => {
  it('normal critical values and p-values', () => {
    // scipy 1.17.1: stats.norm.ppf(0.975), stats.norm.ppf(0.95)
    expect(normalCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(normalCriticalValue(0.9)).toBeCloseTo(1.6448536269514722, 14);
    // scipy 1.17.1: 2 * stats.norm.cdf(-1)
    expect(normalTwoSidedP(1)).toBeCloseTo(0.31731050786291415, 14);
    expect(normalTwoSidedP(-1)).toBeCloseTo(0.31731050786291415, 14);
    expect(normalTwoSidedP(0)).toBe(1);
  });

  it('t quantiles for small and large df', () => {
    // scipy 1.17.1: stats.t.ppf(0.975, df)
    expect(tCriticalValue(0.95, 10)).toBeCloseTo(2.228138851986274, 7);
    expect(tCriticalValue(0.95, 1)).toBeCloseTo(12.706204736174694, 7);
    expect(tCriticalValue(0.95, 4.7)).toBeCloseTo(2.62072607535317, 7);
    expect(tCriticalValue(0.9, 1000)).toBeCloseTo(1.6463788172854643, 12);
    expect(tCriticalValue(0.95, 1e4)).toBeCloseTo(1.960201239890626, 12);
    expect(tCriticalValue(0.95, 1e7)).toBeCloseTo(1.959964221767205, 12);
  });

  it('t cdf and p-values for small and large df', () => {
    // scipy 1.17.1: stats.t.cdf(t, df)
    expect(tCdf(-2, 10)).toBeCloseTo(0.03669401738537018, 8);
    expect(tCdf(2, 10)).toBeCloseTo(0.9633059826146299, 8);
    expect(tCdf(0, 3)).toBeCloseTo(0.5, 12);
    expect(tCdf(-1.96, 1e4)).toBeCloseTo(0.025011760115916513, 8);
    // jstat's own studentt.cdf(-0.01, 1e6) returns 0.5102; 1e7 returns 0.787
    expect(tCdf(-0.01, 1e6)).toBeCloseTo(0.4960106446827738, 9);
    expect(tCdf(-0.01, 1e7)).toBeCloseTo(0.4960106437851089, 9);
    expect(tCdf(-1.96, 1e12)).toBeCloseTo(0.02499789514835908, 12);
    // scipy 1.17.1: 2 * stats.t.cdf(-2, 10)
    expect(tTwoSidedP(2, 10)).toBeCloseTo(0.07338803477074037, 8);
    expect(tTwoSidedP(0, 10)).toBe(1);
  });
});
