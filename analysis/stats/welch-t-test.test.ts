import { describe, expect, it } from 'vitest';
import { welchTTest } from './welch-t-test.ts';

// References: R 4.2.2 t.test(x, y) (Welch by default) on raw data, and for summaries base R
// (t, Welch-Satterthwaite df, 2 * pt(-abs(t), df), qt) in reference/references.R;
// scipy 1.17.1 stats.ttest_ind_from_stats(..., equal_var=False) gives the same t and p.

describe('welchTTest', () => {
  it('matches R t.test on raw data', () => {
    // R 4.2.2: x <- c(3.1, 4.8, 5.6, 2.9, 6.2, 4.4, 5.0, 3.7)
    //          y <- c(2.2, 3.9, 1.8, 4.1, 2.6, 3.3, 2.0, 5.4, 1.1, 2.8, 3.0); t.test(x, y)
    // scipy 1.17.1: stats.ttest_ind(x, y, equal_var=False) agrees (t, df, p, confidence_interval)
    const x = { mean: 4.4625, sd: 1.17100384286304, n: 8 };
    const y = { mean: 2.92727272727273, sd: 1.21251054353429, n: 11 };
    const result = welchTTest(x, y);
    expect(result.t).toBeCloseTo(2.7795894475373912, 9);
    expect(result.df).toBeCloseTo(15.553036274857643, 9);
    expect(result.pValue).toBeCloseTo(0.0136642541598747, 8);
    expect(result.interval.lower).toBeCloseTo(0.361617133973136, 6);
    expect(result.interval.upper).toBeCloseTo(2.70883741148141, 6);
    // R 4.2.2: t.test(x, y, conf.level = 0.99)$conf.int
    const wide = welchTTest(x, y, { confidence: 0.99 });
    expect(wide.interval.lower).toBeCloseTo(-0.0841303833788375, 6);
    expect(wide.interval.upper).toBeCloseTo(3.1545849288333834, 6);
  });

  it('matches scipy ttest_ind_from_stats for summaries', () => {
    // scipy 1.17.1: stats.ttest_ind_from_stats(5.1, 1.2, 20, 4.2, 2.1, 15, equal_var=False)
    // R 4.2.2 base formulas give the same t, df, p and interval
    const result = welchTTest({ mean: 5.1, sd: 1.2, n: 20 }, { mean: 4.2, sd: 2.1, n: 15 });
    expect(result.difference).toBeCloseTo(0.9, 12);
    expect(result.t).toBeCloseTo(1.4876541110413932, 9);
    expect(result.df).toBeCloseTo(20.778545187362234, 9);
    expect(result.pValue).toBeCloseTo(0.151861500081293, 8);
    expect(result.interval.lower).toBeCloseTo(-0.358940374226812, 6);
    expect(result.interval.upper).toBeCloseTo(2.158940374226811, 6);
  });

  it('is accurate for large groups (df in the thousands and millions)', () => {
    // scipy 1.17.1: stats.ttest_ind_from_stats(61.3, 20.1, 3000, 59.8, 23.4, 4000, equal_var=False)
    const large = welchTTest({ mean: 61.3, sd: 20.1, n: 3000 }, { mean: 59.8, sd: 23.4, n: 4000 });
    expect(large.t).toBeCloseTo(2.8784478067880617, 9);
    expect(large.df).toBeCloseTo(6870.69540368669, 6);
    expect(large.pValue).toBeCloseTo(0.0040087054044959675, 9);
    // R 4.2.2: (61.3 - 59.8) + c(-1, 1) * qt(0.975, df) * se
    expect(large.interval.lower).toBeCloseTo(0.478454995675277, 9);
    expect(large.interval.upper).toBeCloseTo(2.52154500432472, 9);

    // scipy 1.17.1: stats.ttest_ind_from_stats(50.02, 10, 2e6, 50, 12, 3e6, equal_var=False)
    const huge = welchTTest({ mean: 50.02, sd: 10, n: 2e6 }, { mean: 50, sd: 12, n: 3e6 });
    expect(huge.t).toBeCloseTo(2.0203050891047374, 7);
    expect(huge.df).toBeCloseTo(4759165.41485301, 0);
    expect(huge.pValue).toBeCloseTo(0.043351807166296115, 9);
    // R 4.2.2: base formulas
    expect(huge.interval.lower).toBeCloseTo(5.97341524567474e-4, 9);
    expect(huge.interval.upper).toBeCloseTo(3.94026584754388e-2, 9);
  });

  it('uses the other group’s n − 1 as df when one group has all answers equal', () => {
    // scipy 1.17.1: stats.ttest_ind_from_stats(70, 0, 12, 64.5, 9.3, 9, equal_var=False)
    const result = welchTTest({ mean: 70, sd: 0, n: 12 }, { mean: 64.5, sd: 9.3, n: 9 });
    expect(result.df).toBeCloseTo(8, 12);
    expect(result.t).toBeCloseTo(1.7741935483870968, 9);
    expect(result.pValue).toBeCloseTo(0.11395524077789325, 8);
    // R 4.2.2: 5.5 + c(-1, 1) * qt(0.975, 8) * 9.3 / 3
    expect(result.interval.lower).toBeCloseTo(-1.648612819132914, 6);
    expect(result.interval.upper).toBeCloseTo(12.648612819132914, 6);
  });

  it('gives t = 0 and p = 1 for equal means', () => {
    const result = welchTTest({ mean: 3, sd: 1, n: 10 }, { mean: 3, sd: 2, n: 12 });
    expect(result.t).toBe(0);
    expect(result.pValue).toBeCloseTo(1, 12);
  });

  it('throws for a group of one, both sds zero and invalid input', () => {
    expect(() => welchTTest({ mean: 3, sd: 0, n: 1 }, { mean: 2, sd: 1, n: 10 })).toThrow(
      'welchTTest requires n >= 2 in both groups',
    );
    expect(() => welchTTest({ mean: 3, sd: 1, n: 10 }, { mean: 2, sd: 1, n: 0 })).toThrow(
      'welchTTest requires n >= 2 in both groups',
    );
    expect(() => welchTTest({ mean: 3, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toThrow(
      'welchTTest requires sd > 0 in at least one group',
    );
    expect(() => welchTTest({ mean: 3, sd: -1, n: 5 }, { mean: 2, sd: 1, n: 5 })).toThrow(
      'welchTTest requires finite means and sd >= 0',
    );
    expect(() => welchTTest({ mean: 3, sd: 1, n: 5 }, { mean: 2, sd: 1, n: 5 }, { confidence: -0.5 })).toThrow(
      'welchTTest requires 0 < confidence < 1',
    );
  });
});
