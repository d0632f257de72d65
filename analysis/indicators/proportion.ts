import canonicalize from 'canonicalize';
import { twoProportionTest, wilsonInterval } from '../stats/index.ts';
import type { Cell } from './cell.ts';
import type { AnswerIndicator, Answers, Comparison, Estimate } from './types.ts';

/** The background answer that takes a respondent out of a proportion (docs/survey-format.md). */
export const PREFER_NOT_TO_SAY = 'zeg_ik_liever_niet';

export interface ProportionDeclaration {
  id: string;
  question: string;
  values: readonly (string | number | boolean)[];
  title?: string;
}

/**
 * `proportion`: the share of respondents whose answer is among `values` (for a checkbox: who picked
 * any of them). Respondents who did not answer, or answered "zeg ik liever niet", do not count.
 * Estimate: Wilson score interval, with the finite-population correction when the group's headcount
 * (its invitees) is known. Change: pooled two-proportion z test.
 */
export function proportionIndicator(d: ProportionDeclaration, kind: 'proportion' | 'compliance' | 'reasons' = 'proportion'): AnswerIndicator {
  const values = new Set<unknown>(d.values);
  const { question } = d;
  return {
    id: d.id,
    kind,
    title: d.title,
    questions: [question],
    signature: canonicalize({ kind, question, values: [...d.values].map(String).sort() })!,
    read: (answers: Answers) => readOutcome(answers[question], values),
    estimate: estimateProportion,
    compare: compareProportions,
  };
}

function readOutcome(answer: unknown, values: ReadonlySet<unknown>): number | undefined {
  if (answer === undefined || answer === null || answer === PREFER_NOT_TO_SAY) return undefined;
  if (Array.isArray(answer)) {
    if (answer.length === 0 || answer.includes(PREFER_NOT_TO_SAY)) return undefined;
    return answer.some((a) => values.has(a)) ? 1 : 0;
  }
  return values.has(answer) ? 1 : 0;
}

export function estimateProportion(cell: Cell, populationSize: number | undefined, confidence: number): Estimate {
  const usable = populationSize !== undefined && populationSize >= cell.n ? populationSize : undefined;
  const interval = wilsonInterval(cell.sum, cell.n, usable === undefined ? { confidence } : { confidence, populationSize: usable });
  return { value: cell.sum / cell.n, lower: interval.lower, upper: interval.upper };
}

export function compareProportions(current: Cell, previous: Cell): Comparison | null {
  if (current.n === 0 || previous.n === 0) return null;
  return { test: 'two-proportion z-test', pValue: twoProportionTest(current.sum, current.n, previous.sum, previous.n).pValue };
}
