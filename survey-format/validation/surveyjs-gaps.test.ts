import { describe, expect, it } from 'vitest';
import { errorMap } from './fixtures/helpers.ts';
import { surveyJsJudge } from './fixtures/surveyjs-oracle.ts';
import { compileSurvey } from './index.ts';

/**
 * The deliberate differences from SurveyJS's own validation, each shown on both sides: SurveyJS
 * (survey-core 3.0.0, `m.validate(true)`) accepts the answer set, the server refuses it with an
 * error on the named field. The property test in surveyjs-agreement.test.ts checks that these are
 * the only places where the server is stricter.
 */
const GAPS: { gap: string; elements: Record<string, unknown>[]; answers: Record<string, unknown>; field: string }[] = [
  { gap: 'rating outside its scale', elements: [{ type: 'rating', name: 'q' }], answers: { q: 9 }, field: 'q' },
  { gap: 'rating as a string', elements: [{ type: 'rating', name: 'q' }], answers: { q: '3' }, field: 'q' },
  { gap: 'more picks than maxSelectedChoices', elements: [{ type: 'checkbox', name: 'q', choices: ['a', 'b', 'c'], maxSelectedChoices: 2 }], answers: { q: ['a', 'b', 'c'] }, field: 'q' },
  { gap: 'text over its maxLength', elements: [{ type: 'text', name: 'q', maxLength: 3 }], answers: { q: 'abcd' }, field: 'q' },
  { gap: 'text over the default 500', elements: [{ type: 'text', name: 'q' }], answers: { q: 'x'.repeat(501) }, field: 'q' },
  { gap: 'comment over the default 2000', elements: [{ type: 'comment', name: 'q' }], answers: { q: 'x'.repeat(2001) }, field: 'q' },
  { gap: 'boolean sent as a string', elements: [{ type: 'boolean', name: 'q', isRequired: true }], answers: { q: 'true' }, field: 'q' },
  { gap: 'checkbox value that is not an array', elements: [{ type: 'checkbox', name: 'q', choices: ['a'] }], answers: { q: 'a' }, field: 'q' },
  { gap: 'unknown checkbox value', elements: [{ type: 'checkbox', name: 'q', choices: ['a'] }], answers: { q: ['zz'] }, field: 'q' },
  { gap: 'checkbox value repeated', elements: [{ type: 'checkbox', name: 'q', choices: ['a', 'b'] }], answers: { q: ['a', 'a'] }, field: 'q' },
  { gap: "'none' with other picks", elements: [{ type: 'checkbox', name: 'q', choices: ['a'], showNoneItem: true }], answers: { q: ['a', 'none'] }, field: 'q' },
  { gap: 'unknown dropdown value, not required', elements: [{ type: 'dropdown', name: 'q', choices: ['a'] }], answers: { q: 'zz' }, field: 'q' },
  { gap: 'choice value of the wrong type', elements: [{ type: 'radiogroup', name: 'q', choices: [1, 2] }], answers: { q: '1' }, field: 'q' },
  { gap: 'number for a text question', elements: [{ type: 'text', name: 'q' }], answers: { q: 42 }, field: 'q' },
  { gap: 'number for a comment', elements: [{ type: 'comment', name: 'q' }], answers: { q: 42 }, field: 'q' },
  { gap: 'string for inputType number', elements: [{ type: 'text', name: 'q', inputType: 'number' }], answers: { q: 'abc' }, field: 'q' },
  { gap: 'date that does not exist', elements: [{ type: 'text', name: 'q', inputType: 'date' }], answers: { q: '2023-02-30' }, field: 'q' },
  { gap: "'1e2' for a numeric validator", elements: [{ type: 'text', name: 'q', validators: [{ type: 'numeric' }] }], answers: { q: '1e2' }, field: 'q' },
  { gap: 'matrix row that does not exist', elements: [{ type: 'matrix', name: 'q', rows: ['r'], columns: [1] }], answers: { q: { r: 1, x: 1 } }, field: 'q' },
  { gap: 'matrix column that does not exist', elements: [{ type: 'matrix', name: 'q', rows: ['r'], columns: [1] }], answers: { q: { r: 7 } }, field: 'q' },
  { gap: "'other' text without 'other'", elements: [{ type: 'radiogroup', name: 'q', choices: ['a'], showOtherItem: true }], answers: { q: 'a', 'q-Comment': 'x' }, field: 'q-Comment' },
  { gap: "blank 'other' text", elements: [{ type: 'radiogroup', name: 'q', choices: ['a'], showOtherItem: true }], answers: { q: 'other', 'q-Comment': '  ' }, field: 'q-Comment' },
  { gap: 'answer to a read-only question that breaks its rules', elements: [{ type: 'text', name: 'q', readOnly: true, maxLength: 2 }], answers: { q: 'abc' }, field: 'q' },
  { gap: 'unknown answer key', elements: [{ type: 'text', name: 'q' }], answers: { q: 'x', leeftijd: 40 }, field: 'leeftijd' },
];

describe('where the server is deliberately stricter than SurveyJS', () => {
  it.each(GAPS)('$gap', ({ elements, answers, field }) => {
    expect(surveyJsJudge({ elements }, answers).ok).toBe(true);
    const result = compileSurvey({ elements }).validate(answers);
    expect(Object.keys(errorMap(result))).toEqual([field]);
  });

  it("differs on visibility: a hidden question's answer does not keep another visible", () => {
    const elements = [
      { type: 'radiogroup', name: 'a', choices: ['ja', 'nee'] },
      { type: 'radiogroup', name: 'b', choices: ['ja', 'nee'], visibleIf: "{a} = 'ja'" },
      { type: 'text', name: 'c', visibleIf: "{b} = 'ja'", isRequired: true },
    ];
    const answers = { a: 'nee', b: 'ja' };
    // SurveyJS evaluates conditions on all data, hidden answers included, and so asks for c.
    expect(surveyJsJudge({ elements }, answers)).toMatchObject({ ok: false, visible: ['a', 'c'] });
    expect(compileSurvey({ elements }).validate(answers)).toEqual({ ok: true, answers: { a: 'nee' } });
  });
});
