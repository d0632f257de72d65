import { describe, expect, it } from 'vitest';
import { compileSurveyValidator } from './compile-survey.ts';
import { errorMap, surveyOf } from './fixtures/helpers.ts';

describe('visibleIf on questions', () => {
  const survey = surveyOf(
    { type: 'radiogroup', name: 'a', choices: ['ja', 'nee'] },
    { type: 'rating', name: 'b', visibleIf: "{a} = 'ja'", isRequired: true },
  );

  it('enforces a visible question', () => {
    expect(survey.validate({ a: 'ja', b: 4 })).toEqual({ ok: true, answers: { a: 'ja', b: 4 } });
    expect(errorMap(survey.validate({ a: 'ja' }))).toEqual({ b: 'is required' });
    expect(errorMap(survey.validate({ a: 'ja', b: 9 }))).toEqual({ b: 'must be one of: 1, 2, 3, 4, 5' });
  });

  it('drops the answer of a hidden question, even an invalid one, instead of reporting it', () => {
    expect(survey.validate({ a: 'nee', b: 4 })).toEqual({ ok: true, answers: { a: 'nee' } });
    expect(survey.validate({ a: 'nee', b: 'onzin' })).toEqual({ ok: true, answers: { a: 'nee' } });
    expect(survey.validate({})).toEqual({ ok: true, answers: {} });
  });

  it('hides questions with visible: false', () => {
    const s = surveyOf({ type: 'text', name: 't', visible: false, isRequired: true });
    expect(s.validate({ t: 'x' })).toEqual({ ok: true, answers: {} });
  });
});

describe('a visibleIf chain', () => {
  const survey = compileSurveyValidator({
    elements: [
      { type: 'radiogroup', name: 'a', choices: ['ja', 'nee'] },
      { type: 'radiogroup', name: 'b', choices: ['ja', 'nee'], visibleIf: "{a} = 'ja'" },
      { type: 'text', name: 'c', visibleIf: "{b} = 'ja'", isRequired: true },
    ],
  });

  it("does not let a hidden question's stale answer keep the next one visible", () => {
    expect(survey.validate({ a: 'nee', b: 'ja', c: 'x' })).toEqual({ ok: true, answers: { a: 'nee' } });
    expect(survey.validate({ a: 'nee', b: 'ja' })).toEqual({ ok: true, answers: { a: 'nee' } });
    expect(survey.visibleQuestions({ a: 'nee', b: 'ja' })).toEqual(['a']);
  });

  it('follows the chain when every link is answered', () => {
    expect(errorMap(survey.validate({ a: 'ja', b: 'ja' }))).toEqual({ c: 'is required' });
    expect(survey.visibleQuestions({ a: 'ja', b: 'ja' })).toEqual(['a', 'b', 'c']);
  });

  it('shows a question again once the answer that hid it is dropped', () => {
    const s = compileSurveyValidator({
      elements: [
        { type: 'boolean', name: 'p' },
        { type: 'radiogroup', name: 'q', choices: ['x', 'y'], visibleIf: '{p} = true' },
        { type: 'text', name: 'r', visibleIf: "{q} empty or {q} = 'y'", isRequired: true },
      ],
    });
    // q = 'x' hides r at first; q itself is hidden, so its answer goes and r comes back.
    expect(s.visibleQuestions({ p: false, q: 'x' })).toEqual(['p', 'r']);
    expect(errorMap(s.validate({ p: false, q: 'x' }))).toEqual({ r: 'is required' });
  });

  it('ends even when conditions keep flipping', () => {
    const s = compileSurveyValidator({
      elements: [
        { type: 'text', name: 'x', visibleIf: '{y} empty' },
        { type: 'text', name: 'y', visibleIf: '{x} empty' },
      ],
    });
    expect(s.visibleQuestions({ x: '1', y: '2' })).toEqual([]);
    expect(s.validate({ x: '1', y: '2' })).toEqual({ ok: true, answers: {} });
  });
});

describe('visibleIf on panels and pages', () => {
  const survey = compileSurveyValidator({
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'rating', name: 'score' },
          {
            type: 'panel',
            name: 'outer',
            visibleIf: '{score} <= 2',
            elements: [
              { type: 'checkbox', name: 'why', choices: ['a', 'b'], isRequired: true },
              {
                type: 'panel',
                name: 'inner',
                visibleIf: "{why} contains 'b'",
                elements: [{ type: 'comment', name: 'why_b', isRequired: true }],
              },
            ],
          },
          { type: 'boolean', name: 'more' },
        ],
      },
      { name: 'p2', visibleIf: '{more} = true', elements: [{ type: 'text', name: 'extra', isRequired: true }] },
    ],
  });

  it('applies a panel condition to everything inside, nested panels too', () => {
    expect(survey.visibleQuestions({ score: 5 })).toEqual(['score', 'more']);
    expect(survey.validate({ score: 5, why: ['a'], why_b: 'x' })).toEqual({ ok: true, answers: { score: 5 } });
    expect(errorMap(survey.validate({ score: 1 }))).toEqual({ why: 'is required' });
    expect(errorMap(survey.validate({ score: 1, why: ['b'] }))).toEqual({ why_b: 'is required' });
    expect(survey.validate({ score: 1, why: ['a'], why_b: 'x' })).toEqual({ ok: true, answers: { score: 1, why: ['a'] } });
  });

  it('applies a page condition to everything on the page', () => {
    expect(survey.validate({ more: false, extra: 'x' })).toEqual({ ok: true, answers: { more: false } });
    expect(errorMap(survey.validate({ more: true }))).toEqual({ extra: 'is required' });
  });
});

describe('conditions read only answers that fit', () => {
  const survey = surveyOf(
    { type: 'radiogroup', name: 'a', choices: ['ja', 'nee'], showCommentArea: true },
    { type: 'comment', name: 'b', visibleIf: "{a} = 'ja' or {a-Comment} contains 'x'", isRequired: true },
    { type: 'checkbox', name: 'c', choices: ['p', 'q'], enableIf: "{a} anyof ['ja']", requiredIf: "{a} notempty" },
  );

  it('refuses an object, array or number where a choice is expected, naming it, without running SurveyJS on it', () => {
    for (const bad of [{ toString: 1 }, { valueOf: 1 }, { toString: 1, valueOf: 1 }, ['ja'], 1, true]) {
      expect(errorMap(survey.validate({ a: bad }))).toEqual({ a: expect.stringMatching(/must be one of/) });
    }
  });

  it('treats such an answer as not given for every condition: the question it would show stays hidden', () => {
    expect(errorMap(survey.validate({ a: { toString: 1 }, b: 'tekst' }))).toEqual({ a: expect.any(String) });
  });

  it('refuses a comment that is not text, and does not let it reach a condition', () => {
    expect(errorMap(survey.validate({ a: 'nee', 'a-Comment': { toString: 1 } }))).toEqual({ 'a-Comment': 'must be text' });
    expect(survey.validate({ a: 'nee', 'a-Comment': 'x' })).toMatchObject({ ok: false });
  });
});
