import { describe, expect, it } from 'vitest';
import { errorFor, surveyOf } from './fixtures/helpers.ts';
import { UnsupportedSurveyError } from './unsupported-survey-error.ts';

describe('rating', () => {
  it('defaults to the integers 1 to 5, as SurveyJS', () => {
    for (const ok of [1, 3, 5]) expect(errorFor({ type: 'rating' }, ok)).toBeUndefined();
    for (const bad of [0, 6, 2.5, '3', true]) expect(errorFor({ type: 'rating' }, bad)).toBe('must be one of: 1, 2, 3, 4, 5');
  });

  it('follows rateMin, rateMax and rateStep', () => {
    const q = { type: 'rating', rateMin: 0, rateMax: 10, rateStep: 5 };
    for (const ok of [0, 5, 10]) expect(errorFor(q, ok)).toBeUndefined();
    for (const bad of [1, 15, -5]) expect(errorFor(q, bad)).toBe('must be one of: 0, 5, 10');
  });

  it('takes one of rateValues when given', () => {
    const q = { type: 'rating', rateValues: [1, { value: 3, text: 'drie' }, 7], rateMin: 1, rateMax: 10 };
    for (const ok of [1, 3, 7]) expect(errorFor(q, ok)).toBeUndefined();
    expect(errorFor(q, 2)).toBe('must be one of: 1, 3, 7');
  });

  it('completes a scale from rateCount and one end, as SurveyJS does', () => {
    expect(errorFor({ type: 'rating', rateMin: 0, rateCount: 3 }, 2)).toBeUndefined();
    expect(errorFor({ type: 'rating', rateMin: 0, rateCount: 3 }, 3)).toBe('must be one of: 0, 1, 2');
    expect(errorFor({ type: 'rating', rateMax: 10, rateCount: 3 }, 8)).toBeUndefined();
  });

  it('refuses scales SurveyJS would show differently', () => {
    const compile = (q: Record<string, unknown>) => () => surveyOf({ type: 'rating', name: 'r', ...q });
    expect(compile({ rateCount: 10 })).toThrow(/rateCount 10 disagrees/);
    expect(compile({ rateMin: 0, rateMax: 100 })).toThrow(UnsupportedSurveyError);
    expect(compile({ rateType: 'smileys', rateMax: 11 })).toThrow(/more than 10 points/);
    expect(compile({ rateStep: 0.5 })).toThrow(/rateStep must be an integer/);
    expect(compile({ rateMin: 5, rateMax: 1 })).toThrow(/rateMin <= rateMax/);
    expect(compile({ rateMin: 1, rateMax: 20 })).not.toThrow();
  });
});
