import { describe, expect, it } from 'vitest';
import { netDiscriminationRate, type PairedOutcome } from './net-discrimination-rate.ts';

// References:
// - interval: R 4.2.2, own code (reference/references.R) for Newcombe (1998) method 10 from the
//   prop.test(correct = FALSE) Wilson limits; for the Cavo et al. table it reproduces the value
//   printed by Fagerland, Lydersen & Laake (2017), Statistical Analysis of Contingency Tables,
//   and tested in their R package contingencytables: -0.0621 (95% CI -0.1186 to -0.0046).
// - p-value: R 4.2.2 binom.test(b, b + c)$p.value.

function pairs(a: number, b: number, c: number, d: number): PairedOutcome[] {
  return [
    ...Array.from({ length: a }, () => ({ majority: true, minority: true })),
    ...Array.from({ length: b }, () => ({ majority: true, minority: false })),
    ...Array.from({ length: c }, () => ({ majority: false, minority: true })),
    ...Array.from({ length: d }, () => ({ majority: false, minority: false })),
  ];
}

describe('netDiscriminationRate', () => {
  it('reproduces the published Newcombe interval (Cavo et al. data, φ adjusted by n/2)', () => {
    const result = netDiscriminationRate(pairs(59, 6, 16, 80));
    expect(result).toMatchObject({ pairs: 161, bothPositive: 59, majorityOnly: 6, minorityOnly: 16, neitherPositive: 80 });
    expect(result.majorityRate).toBeCloseTo(65 / 161, 12);
    expect(result.minorityRate).toBeCloseTo(75 / 161, 12);
    expect(result.netRate).toBeCloseTo(-0.06211180124223603, 12);
    expect(result.interval.lower).toBeCloseTo(-0.11862119563870993, 9);
    expect(result.interval.upper).toBeCloseTo(-0.00462511393305007, 9);
    // R 4.2.2: binom.test(6, 22)$p.value
    expect(result.pValue).toBeCloseTo(0.05247879028320316, 12);
  });

  it('handles a typical paired test (0 <= ad − bc <= n/2, so φ = 0)', () => {
    const result = netDiscriminationRate(pairs(10, 12, 3, 5));
    expect(result.netRate).toBeCloseTo(0.3, 12);
    // R 4.2.2 own Newcombe code
    expect(result.interval.lower).toBeCloseTo(0.0507304711710068, 9);
    expect(result.interval.upper).toBeCloseTo(0.5025930446017273, 9);
    // R 4.2.2: binom.test(12, 15)$p.value
    expect(result.pValue).toBeCloseTo(0.03515625, 12);
    // R 4.2.2 own Newcombe code, conf = 0.9
    const narrower = netDiscriminationRate(pairs(10, 12, 3, 5), { confidence: 0.9 });
    expect(narrower.interval.lower).toBeCloseTo(0.0906291519684159, 9);
    expect(narrower.interval.upper).toBeCloseTo(0.4753768824599156, 9);
  });

  it('handles a negative correlation (ad < bc)', () => {
    const result = netDiscriminationRate(pairs(2, 10, 8, 1));
    expect(result.netRate).toBeCloseTo(2 / 21, 12);
    // R 4.2.2 own Newcombe code
    expect(result.interval.lower).toBeCloseTo(-0.2808697974306632, 9);
    expect(result.interval.upper).toBeCloseTo(0.4440748474668974, 9);
    // R 4.2.2: binom.test(10, 18)$p.value
    expect(result.pValue).toBeCloseTo(0.8145294189453126, 12);
  });

  it('handles an empty margin (d = 0)', () => {
    const result = netDiscriminationRate(pairs(36, 12, 2, 0));
    expect(result.netRate).toBeCloseTo(0.2, 12);
    // R 4.2.2 own Newcombe code
    expect(result.interval.lower).toBeCloseTo(0.0569295840032387, 9);
    expect(result.interval.upper).toBeCloseTo(0.3404276029749406, 9);
    // R 4.2.2: binom.test(12, 14)$p.value
    expect(result.pValue).toBeCloseTo(0.012939453125, 12);
  });

  it('gives rate 0, p = 1 and a symmetric interval when all pairs agree', () => {
    const result = netDiscriminationRate(pairs(20, 0, 0, 10));
    expect(result.netRate).toBe(0);
    expect(result.pValue).toBe(1);
    // R 4.2.2 own Newcombe code
    expect(result.interval.lower).toBeCloseTo(-0.0722182712969344, 9);
    expect(result.interval.upper).toBeCloseTo(0.0722182712969344, 9);
  });

  it('gives rate 1 when only the majority profile ever succeeds (p = 1 and p = 0)', () => {
    const result = netDiscriminationRate(pairs(0, 10, 0, 0));
    expect(result.netRate).toBe(1);
    expect(result.majorityRate).toBe(1);
    expect(result.minorityRate).toBe(0);
    // R 4.2.2 own Newcombe code
    expect(result.interval.lower).toBeCloseTo(0.607509350430524, 9);
    expect(result.interval.upper).toBe(1);
    // R 4.2.2: binom.test(10, 10)$p.value
    expect(result.pValue).toBeCloseTo(0.001953125, 12);
  });

  it('throws for no pairs and an invalid confidence', () => {
    expect(() => netDiscriminationRate([])).toThrow('netDiscriminationRate requires at least one pair');
    expect(() => netDiscriminationRate(pairs(1, 1, 1, 1), { confidence: 1.5 })).toThrow(
      'netDiscriminationRate requires 0 < confidence < 1',
    );
  });
});
