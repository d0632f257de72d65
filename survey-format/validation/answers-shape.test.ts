import { describe, expect, it } from 'vitest';
import { errorMap, surveyOf } from './fixtures/helpers.ts';

const survey = surveyOf(
  { type: 'text', name: 'naam' },
  { type: 'radiogroup', name: 'keuze', choices: ['a', 'b'], showOtherItem: true },
  { type: 'rating', name: 'cijfer', showCommentArea: true },
  { type: 'boolean', name: 'akkoord', isRequired: true },
);

describe('the answer object', () => {
  it('must be a plain object', () => {
    expect(survey.validate({ akkoord: true }).ok).toBe(true);
    for (const bad of [null, undefined, 'x', 3, [], [{ akkoord: true }], new Date(), new Map()]) {
      expect(survey.validate(bad)).toEqual({ ok: false, errors: [{ field: 'answers', message: 'must be a JSON object' }] });
    }
  });

  it('takes only keys that are question names', () => {
    expect(survey.validate({ akkoord: true, naam: 'x' }).ok).toBe(true);
    expect(errorMap(survey.validate({ akkoord: true, leeftijd: 40 }))).toEqual({ leeftijd: 'is not a question in this survey' });
  });

  it('reports prototype-looking keys as unknown instead of tripping over them', () => {
    const body = JSON.parse('{"akkoord": true, "__proto__": {"x": 1}, "constructor": 1}') as unknown;
    expect(survey.validate(body)).toEqual({
      ok: false,
      errors: [
        { field: '__proto__', message: 'is not a question in this survey' },
        { field: 'constructor', message: 'is not a question in this survey' },
      ],
    });
  });

  it('takes <name>-Comment only where showOtherItem or showCommentArea allows it', () => {
    expect(survey.validate({ akkoord: true, keuze: 'other', 'keuze-Comment': 'c' }).ok).toBe(true);
    expect(survey.validate({ akkoord: true, cijfer: 3, 'cijfer-Comment': 'uitleg' }).ok).toBe(true);
    expect(errorMap(survey.validate({ akkoord: true, 'naam-Comment': 'x' }))).toEqual({
      'naam-Comment': 'is not a question in this survey',
    });
  });

  it('lists every field at fault, in survey order, then unknown keys alphabetically', () => {
    const result = survey.validate({ zz: 1, keuze: 'c', naam: 5, aa: 2, cijfer: 9 });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['naam', 'keuze', 'cijfer', 'akkoord', 'aa', 'zz']);
  });

  it('counts empty strings, blank strings, empty arrays and null as no answer, and leaves them out', () => {
    expect(survey.validate({ akkoord: true, naam: '', keuze: null, cijfer: '  ' })).toEqual({ ok: true, answers: { akkoord: true } });
    expect(errorMap(survey.validate({ akkoord: '' }))).toEqual({ akkoord: 'is required' });
  });

  it('does not take a non-JSON object for an empty answer', () => {
    expect(errorMap(survey.validate({ akkoord: true, naam: new Date() }))).toEqual({ naam: 'must be text' });
  });

  it('keeps 0 and false as answers', () => {
    const s = surveyOf({ type: 'text', inputType: 'number', name: 'n', isRequired: true }, { type: 'boolean', name: 'b', isRequired: true });
    expect(s.validate({ n: 0, b: false })).toEqual({ ok: true, answers: { n: 0, b: false } });
  });

  it('returns a cleaned copy, not the input', () => {
    const input = { akkoord: true, naam: 'x' };
    const result = survey.validate(input);
    expect(result.ok && result.answers).toEqual(input);
    expect(result.ok && result.answers).not.toBe(input);
  });
});
