import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mcnemarExact } from './mcnemar-exact.ts';

// References: R 4.2.2 binom.test(b, b + c)$p.value and scipy 1.17.1
// stats.binomtest(b, b + c).pvalue (both two-sided with p = 0.5).

describe('mcnemarExact', () => {
  it('matches R binom.test and scipy binomtest', () => {
    // R 4.2.2: binom.test(12, 15)$p.value; scipy 1.17.1: stats.binomtest(12, 15).pvalue
    expect(mcnemarExact(12, 3)).toEqual({ b: 12, c: 3, discordant: 15, pValue: expect.closeTo(0.03515625, 12) });
    // R 4.2.2: binom.test(30, 80)$p.value; scipy 1.17.1: stats.binomtest(30, 80).pvalue
    expect(mcnemarExact(30, 50).pValue).toBeCloseTo(0.0329926184264761, 12);
    // R 4.2.2: binom.test(480, 1040)$p.value; scipy 1.17.1: stats.binomtest(480, 1040).pvalue
    expect(mcnemarExact(480, 560).pValue).toBeCloseTo(0.0142590790953861, 12);
  });

  it('is symmetric in b and c', () => {
    // R 4.2.2: binom.test(3, 15)$p.value
    expect(mcnemarExact(3, 12).pValue).toBeCloseTo(0.03515625, 12);
  });

  it('handles one-sided splits', () => {
    // R 4.2.2: binom.test(0, 7)$p.value = 2 * 0.5^7
    expect(mcnemarExact(0, 7).pValue).toBeCloseTo(0.015625, 12);
    // R 4.2.2: binom.test(1, 1)$p.value
    expect(mcnemarExact(1, 0).pValue).toBe(1);
    // R 4.2.2: binom.test(0, 1100)$p.value is 0 (2^-1099 underflows)
    expect(mcnemarExact(0, 1100).pValue).toBeLessThan(1e-300);
  });

  it('gives p = 1 without discordant pairs and for b = c', () => {
    // scipy 1.17.1: stats.binomtest(5, 10).pvalue == 1.0
    expect(mcnemarExact(0, 0)).toEqual({ b: 0, c: 0, discordant: 0, pValue: 1 });
    expect(mcnemarExact(5, 5).pValue).toBe(1);
  });

  it('throws for negative or non-integer counts', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow('mcnemarExact requires non-negative integer counts');
    expect(() => mcnemarExact(1.5, 3)).toThrow('mcnemarExact requires non-negative integer counts');
  });

  it('equals the doubled binomial tail computed term by term', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (b, c) => {
        const n = b + c;
        let tail = 0;
        let choose = 1; // C(n, 0)
        for (let k = 0; k <= Math.min(b, c); k++) {
          tail += choose / 2 ** n;
          choose = (choose * (n - k)) / (k + 1);
        }
        expect(mcnemarExact(b, c).pValue).toBeCloseTo(Math.min(1, 2 * tail), 12);
      }),
    );
  });
});
