import { describe, expect, it } from 'vitest';
import { errorMap, surveyOf } from './fixtures/helpers.ts';

describe('isRequired', () => {
  const survey = surveyOf({ type: 'comment', name: 'c', isRequired: true });
  it('wants a non-blank answer', () => {
    expect(survey.validate({ c: 'x' }).ok).toBe(true);
    for (const empty of [{}, { c: '' }, { c: ' \n ' }, { c: null }]) {
      expect(errorMap(survey.validate(empty))).toEqual({ c: 'is required' });
    }
  });

  it('wants a non-empty array or object for checkbox and matrix', () => {
    const s = surveyOf(
      { type: 'checkbox', name: 'cb', choices: ['a'], isRequired: true },
      { type: 'matrix', name: 'm', rows: ['r'], columns: ['k'], isRequired: true },
    );
    expect(s.validate({ cb: ['a'], m: { r: 'k' } }).ok).toBe(true);
    expect(errorMap(s.validate({ cb: [], m: {} }))).toEqual({ cb: 'is required', m: 'is required' });
  });
});

describe('requiredIf', () => {
  const survey = surveyOf(
    { type: 'boolean', name: 'werkt' },
    { type: 'text', name: 'uren', inputType: 'number', requiredIf: '{werkt} = true' },
    { type: 'text', name: 'naam', isRequired: true, requiredIf: '{werkt} = true' },
  );
  it('requires the answer when its condition holds', () => {
    expect(survey.validate({ werkt: true, uren: 30, naam: 'x' }).ok).toBe(true);
    expect(errorMap(survey.validate({ werkt: true }))).toEqual({ uren: 'is required', naam: 'is required' });
  });

  it('overrides isRequired when its condition fails, as SurveyJS does', () => {
    expect(survey.validate({ werkt: false }).ok).toBe(true);
  });
});

describe('enableIf and readOnly', () => {
  const survey = surveyOf(
    { type: 'boolean', name: 'mag' },
    { type: 'text', name: 't', isRequired: true, enableIf: '{mag} = true' },
    { type: 'panel', name: 'pnl', readOnly: true, elements: [{ type: 'text', name: 'ro', isRequired: true, maxLength: 3 }] },
  );
  it('does not require an answer to a disabled question, as SurveyJS', () => {
    expect(survey.validate({ mag: false }).ok).toBe(true);
    expect(errorMap(survey.validate({ mag: true }))).toEqual({ t: 'is required' });
  });

  it('still checks an answer that a disabled question holds', () => {
    expect(errorMap(survey.validate({ mag: true, t: 'x', ro: 'abcd' }))).toEqual({ ro: 'must be at most 3 characters' });
  });
});
