import { tCriticalValue } from '../stats/distributions.ts';
import type { Cell } from './cell.ts';
import { responseRateIndicator } from './response-rate.ts';
import type { IndicatorRow } from './types.ts';

/**
 * The cell a published row stands for, as far as the change tests need it: the previous wave of a
 * comparison is always read as published (its raw answers may be gone after retention), so a
 * change is computed the same way whether or not that wave was purged. Undefined for a hidden row
 * or a target row: a change is only ever published between two shown cells.
 *
 * What is rebuilt, and why nothing new is revealed (everything comes from the row itself):
 * - proportion, compliance, reasons: n and sum = value · n (value is rounded to 1e-6, so exact for n < 10⁶);
 * - response rate: answers (the row's n) of invitees (its populationSize);
 * - mean, scale: n, mean = value, and the sample standard deviation read back from the published
 *   t interval, sd = (upper − lower) / 2 · √n / t(confidence, n − 1). Min and max are not
 *   published: low and high only say whether the spread is zero.
 *
 * @param confidence the level the row's interval was computed at
 * @example publishedCell({ kind: 'proportion', shown: true, n: 24, value: 0.625, ... }, 0.95) // => { n: 24, sum: 15, ... }
 */
export function publishedCell(row: IndicatorRow, confidence: number): Cell | undefined {
  const { n, value } = row;
  if (!row.shown || n === null || value === null || n < 1) return undefined;
  switch (row.kind) {
    case 'response_rate':
      return row.populationSize === null ? undefined : responseRateIndicator().cell(n, row.populationSize);
    case 'proportion':
    case 'compliance':
    case 'reasons': {
      const sum = Math.round(value * n);
      return { n, sum, mean: sum / n, m2: (sum * (n - sum)) / n, low: sum < n ? 0 : 1, high: sum > 0 ? 1 : 0 };
    }
    case 'mean':
    case 'scale': {
      // The interval exists from n = 2 on; shown cells have at least k >= 5 respondents.
      const sd = row.lower === null || row.upper === null ? 0 : ((row.upper - row.lower) / 2) * (Math.sqrt(n) / tCriticalValue(confidence, n - 1));
      const spread = sd > 0 ? sd : 0;
      const [low, high] = spread > 0 ? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] : [value, value];
      return { n, sum: value * n, mean: value, m2: spread * spread * (n - 1), low, high };
    }
    case 'target':
      return undefined;
  }
}
