import { describe, expect, it } from 'vitest';
import { meanInterval } from './mean-interval.ts';

// References: R 4.2.2 t.test(x, conf.level)$conf.int, and for summaries
// mean + c(-1, 1) * qt(1 - α/2, n - 1) * sd / sqrt(n); scipy 1.17.1 stats.t.interval agrees
// (see reference/references.R and reference/references.py).

describe('meanInterval', () => {
  it('matches R t.test for raw values', () => {
    // R 4.2.2: x <- c(1, 2, 3, 4, 10); mean(x); sd(x); t.test(x)$conf.int
    // scipy 1.17.1: stats.t.interval(0.95, 4, loc=4, scale=stats.sem(x)) gives the same limits
    const result = meanInterval([1, 2, 3, 4, 10]);
    expect(result.mean).toBeCloseTo(4, 12);
    expect(result.sd).toBeCloseTo(3.53553390593274, 12);
    expect(result.n).toBe(5);
    expect(result.df).toBe(4);
    expect(result.standardError).toBeCloseTo(3.53553390593274 / Math.sqrt(5), 12);
    expect(result.interval?.lower).toBeCloseTo(-0.389945165425414, 6);
    expect(result.interval?.upper).toBeCloseTo(8.389945165425415, 6);
  });

  it('uses the confidence level', () => {
    // R 4.2.2: t.test(c(62.5, 75, 50, 87.5, 100, 37.5, 62.5, 75, 68.75, 56.25, 81.25, 43.75),
    //   conf.level = 0.9)$conf.int
    const scores = [62.5, 75, 50, 87.5, 100, 37.5, 62.5, 75, 68.75, 56.25, 81.25, 43.75];
    const result = meanInterval(scores, { confidence: 0.9 });
    expect(result.mean).toBeCloseTo(66.6666666666667, 10);
    expect(result.sd).toBeCloseTo(18.3350550155772, 10);
    expect(result.interval?.lower).toBeCloseTo(57.1612737507406, 6);
    expect(result.interval?.upper).toBeCloseTo(76.1720595825928, 6);
  });

  it('accepts a summary { mean, sd, n }', () => {
    // R 4.2.2: 62.5 + c(-1, 1) * qt(0.975, 39) * 18 / sqrt(40)
    const result = meanInterval({ mean: 62.5, sd: 18, n: 40 });
    expect(result.interval?.lower).toBeCloseTo(56.7433207211281, 6);
    expect(result.interval?.upper).toBeCloseTo(68.2566792788719, 6);
    expect(result.standardError).toBeCloseTo(18 / Math.sqrt(40), 12);
  });

  it('is accurate for large n (df >= 1000 uses the Cornish-Fisher expansion)', () => {
    // R 4.2.2: 55.2 + c(-1, 1) * qt(0.975, 4999) * 21.7 / sqrt(5000)
    // scipy 1.17.1: stats.t.interval(0.95, 4999, loc=55.2, scale=21.7/np.sqrt(5000))
    const { interval } = meanInterval({ mean: 55.2, sd: 21.7, n: 5000 });
    expect(interval?.lower).toBeCloseTo(54.5983720738589, 9);
    expect(interval?.upper).toBeCloseTo(55.8016279261411, 9);
  });

  it('handles n = 2 with a wide 99% interval', () => {
    // R 4.2.2: 55.2 + c(-1, 1) * qt(0.995, 1) * 21.7 / sqrt(2)
    const { interval } = meanInterval({ mean: 55.2, sd: 21.7, n: 2 }, { confidence: 0.99 });
    expect(interval?.lower).toBeCloseTo(-921.562859575721, 6);
    expect(interval?.upper).toBeCloseTo(1031.962859575721, 6);
  });

  it('gives no interval for one value', () => {
    expect(meanInterval([7])).toEqual({ mean: 7, sd: null, n: 1, standardError: null, df: null, interval: null });
    expect(meanInterval({ mean: 7, sd: Number.NaN, n: 1 }).interval).toBeNull();
  });

  it('gives a zero-width interval when all answers are equal', () => {
    expect(meanInterval([0.1, 0.1, 0.1])).toEqual({
      mean: 0.1,
      sd: 0,
      n: 3,
      standardError: 0,
      df: 2,
      interval: { lower: 0.1, upper: 0.1 },
    });
  });

  it('throws on n = 0 and invalid input', () => {
    expect(() => meanInterval([])).toThrow('meanInterval requires at least one value');
    expect(() => meanInterval({ mean: 1, sd: 1, n: 0 })).toThrow('meanInterval requires at least one value');
    expect(() => meanInterval([1, Number.NaN])).toThrow('meanInterval requires finite values');
    expect(() => meanInterval({ mean: 1, sd: -1, n: 5 })).toThrow('meanInterval requires sd >= 0');
    expect(() => meanInterval({ mean: 1, sd: 1, n: 2.5 })).toThrow('meanInterval requires an integer n');
    expect(() => meanInterval([1, 2], { confidence: 0 })).toThrow('meanInterval requires 0 < confidence < 1');
  });
});
