import { describe, expect, it } from 'vitest';
import { twoProportionTest } from './two-proportion-test.ts';

// References:
// - z and p: R 4.2.2 prop.test(c(x1, x2), c(n1, n2), correct = FALSE): p.value, and
//   sqrt(statistic) for |z|; scipy 1.17.1 stats.chi2_contingency(table, correction=False) agrees.
// - interval: R 4.2.2, own code (reference/references.R): Newcombe (1998) method 10 from the
//   prop.test(correct = FALSE) Wilson limits of each group.

describe('twoProportionTest', () => {
  it('matches R prop.test and the Newcombe interval (Newcombe 1998, example 56/70 vs 48/80)', () => {
    const result = twoProportionTest(56, 70, 48, 80);
    expect(result.proportion1).toBe(0.8);
    expect(result.proportion2).toBe(0.6);
    expect(result.difference).toBeCloseTo(0.2, 12);
    // R 4.2.2: sqrt(prop.test(c(56, 48), c(70, 80), correct = FALSE)$statistic)
    expect(result.z).toBeCloseTo(2.65017195125853311, 9);
    // R 4.2.2: prop.test(c(56, 48), c(70, 80), correct = FALSE)$p.value
    // scipy 1.17.1: stats.chi2_contingency([[56, 14], [48, 32]], correction=False).pvalue
    expect(result.pValue).toBeCloseTo(0.00804508136819656, 9);
    // R 4.2.2 own code; Newcombe (1998) Table II prints 0.0524 to 0.3339 for this example
    expect(result.interval.lower).toBeCloseTo(0.05243147240236493, 9);
    expect(result.interval.upper).toBeCloseTo(0.33387265403690586, 9);
  });

  it('handles small groups', () => {
    // R 4.2.2: prop.test(c(9, 3), c(10, 10), correct = FALSE); own Newcombe code
    const small = twoProportionTest(9, 10, 3, 10);
    expect(small.z).toBeCloseTo(2.73861278752583059, 9);
    expect(small.pValue).toBeCloseTo(0.00616989932054415, 9);
    expect(small.interval.lower).toBeCloseTo(0.17052272393450307, 9);
    expect(small.interval.upper).toBeCloseTo(0.80901797353548799, 9);

    // R 4.2.2: prop.test(c(6, 2), c(7, 7), correct = FALSE); own Newcombe code
    const tiny = twoProportionTest(6, 7, 2, 7);
    expect(tiny.z).toBeCloseTo(2.1602468994692865, 9);
    expect(tiny.pValue).toBeCloseTo(0.0307535612592746, 9);
    expect(tiny.interval.lower).toBeCloseTo(0.0582279274823123, 9);
    expect(tiny.interval.upper).toBeCloseTo(0.8062496375242277, 9);
  });

  it('handles p = 0 in one group and a negative z', () => {
    // R 4.2.2: prop.test(c(0, 5), c(29, 56), correct = FALSE); own Newcombe code (groups swapped)
    const result = twoProportionTest(0, 29, 5, 56);
    expect(result.z).toBeCloseTo(-1.6586488692392285, 9);
    expect(result.pValue).toBeCloseTo(0.0971865681705797, 9);
    expect(result.interval.lower).toBeCloseTo(-0.1925600138551116, 9);
    expect(result.interval.upper).toBeCloseTo(0.0381371479035369, 9);
  });

  it('handles p = 1 against p = 0', () => {
    // R 4.2.2: prop.test(c(10, 0), c(10, 20), correct = FALSE); own Newcombe code
    const result = twoProportionTest(10, 10, 0, 20);
    expect(result.z).toBeCloseTo(5.47722557505166, 9);
    expect(result.pValue).toBeCloseTo(4.3204630578275e-8, 12);
    expect(result.interval.lower).toBeCloseTo(0.679086037141915, 9);
    expect(result.interval.upper).toBeCloseTo(1, 12);
  });

  it('gives z = 0 and p = 1 when both groups are all 0 (R gives NaN), with the Newcombe interval', () => {
    const result = twoProportionTest(0, 10, 0, 20);
    expect(result.z).toBe(0);
    expect(result.pValue).toBe(1);
    // R 4.2.2 own Newcombe code
    expect(result.interval.lower).toBeCloseTo(-0.161125158052819, 9);
    expect(result.interval.upper).toBeCloseTo(0.277532799862889, 9);
    expect(twoProportionTest(5, 5, 8, 8)).toMatchObject({ z: 0, pValue: 1, difference: 0 });
  });

  it('uses the confidence level for the interval only', () => {
    // R 4.2.2: prop.test(c(412, 380), c(1000, 1100), correct = FALSE); own Newcombe code, 90%
    const result = twoProportionTest(412, 1000, 380, 1100, { confidence: 0.9 });
    expect(result.z).toBeCloseTo(3.14237436386194346, 9);
    expect(result.pValue).toBeCloseTo(0.00167583615813769, 9);
    expect(result.interval.lower).toBeCloseTo(0.03169470046695647, 9);
    expect(result.interval.upper).toBeCloseTo(0.10123160868110864, 9);
  });

  it('throws for an empty group and invalid counts', () => {
    expect(() => twoProportionTest(0, 0, 3, 10)).toThrow('twoProportionTest requires n1 > 0 and n2 > 0');
    expect(() => twoProportionTest(3, 10, 0, 0)).toThrow('twoProportionTest requires n1 > 0 and n2 > 0');
    expect(() => twoProportionTest(11, 10, 3, 10)).toThrow('twoProportionTest requires 0 <= x1 <= n1 and 0 <= x2 <= n2');
    expect(() => twoProportionTest(3, 10, 3, 10, { confidence: 95 })).toThrow(
      'twoProportionTest requires 0 < confidence < 1',
    );
  });
});
