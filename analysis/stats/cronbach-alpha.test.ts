import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from './cronbach-alpha.ts';

// References: R 4.2.2, own code (reference/references.R), base R only:
//   alpha <- function(m) { m <- na.omit(m); k <- ncol(m)
//     k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }

const sixByFour = [
  [4, 5, 4, 3],
  [3, 4, 3, 3],
  [5, 5, 4, 5],
  [2, 3, 2, 1],
  [4, 4, 5, 4],
  [3, 2, 3, 2],
];

describe('cronbachAlpha', () => {
  it('matches the textbook formula for complete data', () => {
    // R 4.2.2: alpha(rbind(c(4,5,4,3), c(3,4,3,3), c(5,5,4,5), c(2,3,2,1), c(4,4,5,4), c(3,2,3,2)))
    const result = cronbachAlpha(sixByFour);
    expect(result.alpha).toBeCloseTo(0.924770642201835, 12);
    expect(result).toMatchObject({ items: 4, respondents: 6, excluded: 0 });
  });

  it('drops incomplete rows (listwise deletion)', () => {
    // R 4.2.2: alpha(rbind(c(1,2,2), c(2,3,3), c(4,4,5), c(3,5,4), c(NA,1,1)))  (na.omit drops row 5)
    const result = cronbachAlpha([
      [1, 2, 2],
      [2, 3, 3],
      [4, 4, 5],
      [3, 5, 4],
      [null, 1, 1],
    ]);
    expect(result.alpha).toBeCloseTo(0.951219512195122, 12);
    expect(result).toMatchObject({ items: 3, respondents: 4, excluded: 1 });

    // R 4.2.2: rows 2 and 5 have NA: alpha(rbind(c(4,5,4,3), c(3,NA,3,3), c(5,5,4,5), c(2,3,2,1),
    //   c(NA,NA,NA,NA), c(4,4,5,4), c(3,2,3,2)))
    const withGaps = [
      [4, 5, 4, 3],
      [3, null, 3, 3],
      [5, 5, 4, 5],
      [2, 3, 2, 1],
      [null, null, null, null],
      [4, 4, 5, 4],
      [3, 2, 3, 2],
    ];
    const gapped = cronbachAlpha(withGaps);
    expect(gapped.alpha).toBeCloseTo(0.93037037037037, 12);
    expect(gapped).toMatchObject({ respondents: 5, excluded: 2 });
  });

  it('can be negative', () => {
    // R 4.2.2: alpha(rbind(c(1,5), c(2,3), c(4,2), c(5,2)))
    expect(cronbachAlpha([[1, 5], [2, 3], [4, 2], [5, 2]]).alpha).toBeCloseTo(-14, 12);
  });

  it('is null when all answers are equal (zero total variance)', () => {
    expect(cronbachAlpha([[3, 3, 3], [3, 3, 3], [3, 3, 3]]).alpha).toBeNull();
  });

  it('is null when the totals are constant though the items vary', () => {
    expect(cronbachAlpha([[1, 3], [3, 1], [2, 2]]).alpha).toBeNull();
  });

  it('is null with fewer than 2 complete rows, and for no rows', () => {
    expect(cronbachAlpha([[1, 2, 3], [2, null, 3]])).toEqual({ alpha: null, items: 3, respondents: 1, excluded: 1 });
    expect(cronbachAlpha([])).toEqual({ alpha: null, items: 0, respondents: 0, excluded: 0 });
  });

  it('throws with fewer than 2 items, ragged rows or non-finite values', () => {
    expect(() => cronbachAlpha([[1], [2], [3]])).toThrow('cronbachAlpha requires at least 2 items');
    expect(() => cronbachAlpha([[1, 2], [2, 3, 4]])).toThrow(
      'cronbachAlpha requires every row to have the same number of items',
    );
    expect(() => cronbachAlpha([[1, 2], [2, Number.NaN]])).toThrow('cronbachAlpha requires finite numbers or null');
  });
});
