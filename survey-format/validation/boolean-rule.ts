import type { AnswerRule } from './answer-rule.ts';

/** Compiles `boolean`: a real `true` or `false`; SurveyJS itself lets the string "true" through. */
export function compileBooleanRule(): AnswerRule {
  return { check: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false') };
}
