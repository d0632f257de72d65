import { describe, expect, it } from 'vitest';
import { errorFor, errorMap, surveyOf } from './fixtures/helpers.ts';

describe('boolean', () => {
  it('takes a real true or false, not a string or a number', () => {
    expect(errorFor({ type: 'boolean' }, true)).toBeUndefined();
    expect(errorFor({ type: 'boolean' }, false)).toBeUndefined();
    for (const bad of ['true', 'false', 1, 0]) expect(errorFor({ type: 'boolean' }, bad)).toBe('must be true or false');
  });
});

describe('matrix', () => {
  const q = { type: 'matrix', rows: ['r1', { value: 'r2', text: 'Rij 2' }, 3], columns: [1, 2, 'n_v_t'] };
  it('takes an object of known rows to known columns', () => {
    expect(errorFor(q, { r1: 1, r2: 'n_v_t', 3: 2 })).toBeUndefined();
    expect(errorFor(q, ['r1'])).toBe('must be an object of row: column');
    expect(errorFor(q, 'r1')).toBe('must be an object of row: column');
  });

  it('refuses unknown rows and columns, strictly typed', () => {
    expect(errorFor(q, { r9: 1 })).toBe('has unknown row "r9" (rows: r1, r2, 3)');
    expect(errorFor(q, { r1: 4 })).toBe('row "r1" must be one of: 1, 2, n_v_t');
    expect(errorFor(q, { r1: '1' })).toBe('row "r1" must be one of: 1, 2, n_v_t');
  });

  it('asks every row with eachRowRequired (or isAllRowRequired), even when optional, as SurveyJS', () => {
    for (const flag of ['eachRowRequired', 'isAllRowRequired']) {
      const s = surveyOf({ ...q, name: 'm', [flag]: true });
      expect(s.validate({ m: { r1: 1, r2: 2, 3: 2 } }).ok).toBe(true);
      expect(errorMap(s.validate({ m: { r1: 1 } }))).toEqual({ m: 'must answer every row (missing: r2, 3)' });
      expect(errorMap(s.validate({}))).toEqual({ m: 'must answer every row (missing: r1, r2, 3)' });
    }
  });

  it('wants different columns per row with eachRowUnique', () => {
    const unique = { ...q, eachRowUnique: true };
    expect(errorFor(unique, { r1: 1, r2: 2 })).toBeUndefined();
    expect(errorFor(unique, { r1: 1, r2: 1 })).toBe('must have a different answer in every row');
  });
});
