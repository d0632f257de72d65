import canonicalize from 'canonicalize';
import { meanInterval, welchTTest } from '../stats/index.ts';
import { cellSd, type Cell } from './cell.ts';
import type { AnswerIndicator, Answers, Comparison, Estimate } from './types.ts';

export interface MeanDeclaration {
  id: string;
  question: string;
  title?: string;
}

/**
 * `mean`: the average of a rating (or number) question over the respondents who answered it.
 * Estimate: Student t interval. Change: Welch's t test (unequal variances).
 */
export function meanIndicator(d: MeanDeclaration): AnswerIndicator {
  const { question } = d;
  return {
    id: d.id,
    kind: 'mean',
    title: d.title,
    questions: [question],
    signature: canonicalize({ kind: 'mean', question })!,
    read: (answers: Answers) => {
      const v = answers[question];
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    },
    estimate: estimateMean,
    compare: compareMeans,
  };
}

/** The cell's mean with its t interval (null below n = 2, where there is no spread to estimate). */
export function estimateMean(cell: Cell, _populationSize: number | undefined, confidence: number): Estimate {
  const r = meanInterval({ mean: cell.mean, sd: cellSd(cell) ?? 0, n: cell.n }, { confidence });
  // Equal values: the mean is exact; Welford's running mean can be off in the last bit.
  const value = cell.low === cell.high ? cell.low : r.mean;
  return { value, lower: r.interval?.lower ?? null, upper: r.interval?.upper ?? null };
}

export function compareMeans(current: Cell, previous: Cell): Comparison | null {
  const a = cellSd(current);
  const b = cellSd(previous);
  if (a === null || b === null || (a === 0 && b === 0)) return null;
  const r = welchTTest({ mean: current.mean, sd: a, n: current.n }, { mean: previous.mean, sd: b, n: previous.n });
  return { test: 'Welch t-test', pValue: r.pValue };
}
