import canonicalize from 'canonicalize';
import { scaleScore } from '../stats/index.ts';
import { compareMeans, estimateMean } from './mean.ts';
import type { AnswerIndicator, Answers } from './types.ts';

export interface ScaleDeclaration {
  id: string;
  questions: readonly string[];
  minAnswered: number;
  reversed?: readonly string[];
  /** The items' answer range (the rating scale's lowest and highest point). */
  min: number;
  max: number;
  title?: string;
}

/**
 * `scale`: per respondent, the items rescaled to 0-100 (reversed items mirrored) and averaged, for
 * respondents who answered at least `minAnswered` items ({@link scaleScore}); then the mean score per
 * group with its t interval, and Welch's t test for the change. Cronbach's alpha of the wave comes
 * from the respondents who answered every item, reversed items mirrored ({@link alphaAccumulator}).
 */
export function scaleIndicator(d: ScaleDeclaration): AnswerIndicator {
  const questions = [...d.questions];
  const reversedSet = new Set(d.reversed ?? []);
  const options = { min: d.min, max: d.max, minAnswered: d.minAnswered, reversed: questions.map((q) => reversedSet.has(q)) };
  const items: (number | null)[] = new Array(questions.length).fill(null);
  const alpha = alphaAccumulator(questions.length);
  // The answer set `items` were last read from, unmirrored: the wave tally reads a respondent's
  // score and then adds the same answers to alpha, which need not read the items a second time.
  let itemsOf: Answers | undefined;
  return {
    id: d.id,
    kind: 'scale',
    title: d.title,
    questions,
    signature: canonicalize({ kind: 'scale', questions, minAnswered: d.minAnswered, reversed: [...reversedSet].sort(), min: d.min, max: d.max })!,
    read: (answers: Answers) => {
      readItems(answers, questions, items, d.min, d.max);
      itemsOf = answers;
      return scaleScore(items, options) ?? undefined;
    },
    estimate: estimateMean,
    compare: compareMeans,
    wave: {
      // Alpha needs the items pointing one way: reversed items mirrored, as the score does.
      add: (answers: Answers) => {
        if (itemsOf !== answers) readItems(answers, questions, items, d.min, d.max);
        itemsOf = undefined;
        for (let j = 0; j < items.length; j++) if (options.reversed[j] && items[j] !== null) items[j] = d.min + d.max - items[j]!;
        alpha.add(items);
      },
      result: () => alpha.alpha(),
    },
  };
}

function readItems(answers: Answers, questions: readonly string[], into: (number | null)[], min: number, max: number): void {
  for (let i = 0; i < questions.length; i++) {
    const v = answers[questions[i]!];
    into[i] = typeof v === 'number' && v >= min && v <= max ? v : null;
  }
}

export interface AlphaAccumulator {
  /** One respondent's items, null where not answered (such a row is left out). */
  add(items: readonly (number | null)[]): void;
  alpha(): number | null;
}

/**
 * Cronbach's alpha from running sums, so a wave of a million respondents needs no array of rows:
 * α = k/(k − 1) · (1 − Σ var(item) / var(total)) over the rows with every item answered (listwise,
 * as analysis/stats cronbachAlpha). Item answers are small integers, so the sums and sums of squares
 * are exact in doubles and the variances (Σx² − (Σx)²/n)/(n − 1) lose nothing.
 */
export function alphaAccumulator(k: number): AlphaAccumulator {
  let n = 0;
  const sum = new Float64Array(k);
  const sumSq = new Float64Array(k);
  let totalSum = 0;
  let totalSumSq = 0;
  return {
    add(items) {
      let total = 0;
      for (let j = 0; j < k; j++) {
        const v = items[j];
        if (v === null || v === undefined) return;
        total += v;
      }
      n++;
      for (let j = 0; j < k; j++) {
        const v = items[j]!;
        sum[j]! += v;
        sumSq[j]! += v * v;
      }
      totalSum += total;
      totalSumSq += total * total;
    },
    alpha() {
      if (k < 2 || n < 2) return null;
      const variance = (s: number, s2: number) => (s2 - (s * s) / n) / (n - 1);
      const totalVariance = variance(totalSum, totalSumSq);
      if (!(totalVariance > 0)) return null;
      let itemVariances = 0;
      for (let j = 0; j < k; j++) itemVariances += variance(sum[j]!, sumSq[j]!);
      return (k / (k - 1)) * (1 - itemVariances / totalVariance);
    },
  };
}
