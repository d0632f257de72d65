import { proportionIndicator, type ProportionDeclaration } from './proportion.ts';
import type { AnswerIndicator } from './types.ts';

/**
 * `compliance`: for observation protocols (mystery guests), the share of observations in which the
 * observed step met the standard (the answer is among `values`). Statistically a proportion: Wilson
 * interval, two-proportion z test for the change; kept as its own kind so reports can tell
 * "share of people who ..." from "share of observations in which ...".
 */
export function complianceIndicator(d: ProportionDeclaration): AnswerIndicator {
  return proportionIndicator(d, 'compliance');
}
