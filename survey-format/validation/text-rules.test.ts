import { describe, expect, it } from 'vitest';
import { compileSurvey } from './index.ts';
import { errorFor, errorMap } from './fixtures/helpers.ts';

describe('text (inputType text)', () => {
  const text = { type: 'text' };
  it('takes a string, not another type', () => {
    expect(errorFor(text, 'hallo')).toBeUndefined();
    expect(errorFor(text, 42)).toBe('must be text');
    expect(errorFor(text, ['a'])).toBe('must be text');
  });

  it('defaults maxLength to 500', () => {
    expect(errorFor(text, 'x'.repeat(500))).toBeUndefined();
    expect(errorFor(text, 'x'.repeat(501))).toBe('must be at most 500 characters');
  });

  it("uses the question's maxLength, then the survey's maxTextLength", () => {
    expect(errorFor({ ...text, maxLength: 3 }, 'abc')).toBeUndefined();
    expect(errorFor({ ...text, maxLength: 3 }, 'abcd')).toBe('must be at most 3 characters');
    const s = compileSurvey({ maxTextLength: 4, elements: [{ type: 'text', name: 'q' }] });
    expect(s.validate({ q: 'abcd' }).ok).toBe(true);
    expect(errorMap(s.validate({ q: 'abcde' }))).toEqual({ q: 'must be at most 4 characters' });
  });
});

describe('text (inputType number)', () => {
  const num = { type: 'text', inputType: 'number', min: 0, max: '10' };
  it('takes a finite number, not a numeric string', () => {
    expect(errorFor(num, 7.5)).toBeUndefined();
    expect(errorFor(num, '7')).toBe('must be a number');
    expect(errorFor(num, Number.POSITIVE_INFINITY)).toBe('must be a number');
    expect(errorFor(num, Number.NaN)).toBe('must be a number');
  });

  it('keeps to min and max (numbers or numeric strings in the JSON)', () => {
    expect(errorFor(num, 0)).toBeUndefined();
    expect(errorFor(num, 10)).toBeUndefined();
    expect(errorFor(num, -1)).toBe('must be at least 0');
    expect(errorFor(num, 10.5)).toBe('must be at most 10');
  });
});

describe('text (inputType date)', () => {
  const date = { type: 'text', inputType: 'date', min: '2000-01-01', max: '2030-12-31' };
  it('takes a real calendar date written YYYY-MM-DD', () => {
    expect(errorFor(date, '2024-02-29')).toBeUndefined();
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-1-5', '05-01-2024', '2024-01-05T00:00', 20240105]) {
      expect(errorFor(date, bad)).toBe('must be a date written YYYY-MM-DD');
    }
  });

  it('keeps to min and max', () => {
    expect(errorFor(date, '2000-01-01')).toBeUndefined();
    expect(errorFor(date, '2030-12-31')).toBeUndefined();
    expect(errorFor(date, '1999-12-31')).toBe('must be on or after 2000-01-01');
    expect(errorFor(date, '2031-01-01')).toBe('must be on or before 2030-12-31');
  });
});

describe('comment', () => {
  const comment = { type: 'comment' };
  it('takes a string within maxLength, 2000 by default', () => {
    expect(errorFor(comment, 'x'.repeat(2000))).toBeUndefined();
    expect(errorFor(comment, 'x'.repeat(2001))).toBe('must be at most 2000 characters');
    expect(errorFor({ ...comment, maxLength: 10 }, 'x'.repeat(11))).toBe('must be at most 10 characters');
    expect(errorFor(comment, 12)).toBe('must be text');
  });

  it("uses the survey's maxCommentLength when the question has none", () => {
    const s = compileSurvey({ maxCommentLength: 5, elements: [{ type: 'comment', name: 'q' }] });
    expect(s.validate({ q: '12345' }).ok).toBe(true);
    expect(errorMap(s.validate({ q: '123456' }))).toEqual({ q: 'must be at most 5 characters' });
  });
});
