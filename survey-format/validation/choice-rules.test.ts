import { describe, expect, it } from 'vitest';
import { errorFor, errorMap, surveyOf } from './fixtures/helpers.ts';

describe.each(['radiogroup', 'dropdown'])('%s', (type) => {
  const q = { type, choices: ['ja', { value: 'nee', text: { default: 'Nee', en: 'No' } }, 'misschien|Misschien', 3] };
  it('takes one of the choice values, compared strictly', () => {
    for (const ok of ['ja', 'nee', 'misschien', 3]) expect(errorFor(q, ok)).toBeUndefined();
    for (const bad of ['zz', '3', 'misschien|Misschien', ['ja'], true]) {
      expect(errorFor(q, bad)).toBe('must be one of: ja, nee, misschien, 3');
    }
  });

  it('takes the built-in items only when shown', () => {
    const all = { type, choices: ['a'], showOtherItem: true, showNoneItem: true, showRefuseItem: true, showDontKnowItem: true };
    for (const v of ['none', 'refused', 'dontknow']) {
      expect(errorFor(all, v)).toBeUndefined();
      expect(errorFor({ type, choices: ['a'] }, v)).toBe('must be one of: a');
    }
  });
});

describe.each(['checkbox', 'tagbox'])('%s', (type) => {
  const q = { type, choices: ['a', 'b', 'c', { value: 'geen_van_allen', isExclusive: true }], showNoneItem: true };
  it('takes an array of choice values, not a single value', () => {
    expect(errorFor(q, ['a', 'c'])).toBeUndefined();
    expect(errorFor(q, 'a')).toBe('must be a list of choices');
    expect(errorFor(q, { 0: 'a' })).toBe('must be a list of choices');
  });

  it('refuses unknown values and repeats', () => {
    expect(errorFor(q, ['a', 'zz'])).toBe('contains "zz"; every choice must be one of: a, b, c, geen_van_allen, none');
    expect(errorFor(q, ['a', 'a'])).toBe('must not repeat a choice');
  });

  it('takes none and isExclusive choices only alone', () => {
    expect(errorFor(q, ['none'])).toBeUndefined();
    expect(errorFor(q, ['geen_van_allen'])).toBeUndefined();
    expect(errorFor(q, ['a', 'none'])).toBe('"none" must be the only choice');
    expect(errorFor(q, ['geen_van_allen', 'b'])).toBe('"geen_van_allen" must be the only choice');
  });

  it('keeps to maxSelectedChoices', () => {
    const max = { ...q, maxSelectedChoices: 2 };
    expect(errorFor(max, ['a', 'b'])).toBeUndefined();
    expect(errorFor(max, ['a', 'b', 'c'])).toBe('must have at most 2 choices');
  });

  it('keeps to minSelectedChoices, also when left empty (as SurveyJS), but none counts', () => {
    const min = { ...q, minSelectedChoices: 2 };
    expect(errorFor(min, ['a', 'b'])).toBeUndefined();
    expect(errorFor(min, ['none'])).toBeUndefined();
    expect(errorFor(min, ['a'])).toBe('must have at least 2 choices');
    expect(errorMap(surveyOf({ name: 'q', ...min }).validate({}))).toEqual({ q: 'must have at least 2 choices' });
  });
});

describe("the 'other' item", () => {
  const survey = surveyOf(
    { type: 'radiogroup', name: 'r', choices: ['a'], showOtherItem: true },
    { type: 'checkbox', name: 'c', choices: ['a'], showOtherItem: true },
  );
  it('needs its text under <name>-Comment', () => {
    expect(survey.validate({ r: 'other', 'r-Comment': 'iets', c: ['a', 'other'], 'c-Comment': 'x' }).ok).toBe(true);
    expect(errorMap(survey.validate({ r: 'other', c: ['other'], 'c-Comment': '  ' }))).toEqual({
      'r-Comment': "is required when 'other' is chosen",
      'c-Comment': "is required when 'other' is chosen",
    });
  });

  it('takes no text when other is not chosen', () => {
    expect(errorMap(survey.validate({ r: 'a', 'r-Comment': 'oud' }))).toEqual({ 'r-Comment': "is only allowed when 'other' is chosen" });
  });

  it('keeps the text a string within 2000 characters', () => {
    expect(survey.validate({ r: 'other', 'r-Comment': 'x'.repeat(2000) }).ok).toBe(true);
    expect(errorMap(survey.validate({ r: 'other', 'r-Comment': 'x'.repeat(2001) }))).toEqual({
      'r-Comment': 'must be at most 2000 characters',
    });
    expect(errorMap(survey.validate({ r: 'other', 'r-Comment': 5 }))).toEqual({ 'r-Comment': 'must be text' });
  });
});

describe('showCommentArea', () => {
  it('allows an optional comment beside any answer', () => {
    const s = surveyOf({ type: 'dropdown', name: 'd', choices: ['a'], showCommentArea: true });
    expect(s.validate({ 'd-Comment': 'alleen uitleg' })).toEqual({ ok: true, answers: { 'd-Comment': 'alleen uitleg' } });
    expect(s.validate({ d: 'a', 'd-Comment': 'uitleg' }).ok).toBe(true);
    expect(errorMap(s.validate({ 'd-Comment': ['x'] }))).toEqual({ 'd-Comment': 'must be text' });
  });

  it('is ignored on text and comment questions, which SurveyJS gives no comment area', () => {
    const s = surveyOf({ type: 'text', name: 't', showCommentArea: true }, { type: 'rating', name: 'r', showCommentArea: true });
    expect(s.validate({ 'r-Comment': 'x' }).ok).toBe(true);
    expect(errorMap(s.validate({ 't-Comment': 'x' }))).toEqual({ 't-Comment': 'is not a question in this survey' });
  });
});
