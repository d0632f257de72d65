import { describe, expect, it } from 'vitest';
import { compileSurvey, UnsupportedSurveyError } from './index.ts';

const question = (q: Record<string, unknown>) => ({ elements: [{ name: 'q', ...q }] });

function compileError(json: unknown): UnsupportedSurveyError {
  try {
    compileSurvey(json);
  } catch (e) {
    if (e instanceof UnsupportedSurveyError) return e;
    throw e;
  }
  throw new Error('compileSurvey accepted the survey');
}

describe('compileSurvey', () => {
  it('lists the questions that take answers, in survey order, across pages and panels', () => {
    const s = compileSurvey({
      pages: [
        { name: 'p1', elements: [{ type: 'html', name: 'intro', html: 'x' }, { type: 'text', name: 'a' }] },
        { name: 'p2', elements: [{ type: 'panel', name: 'pn', elements: [{ type: 'boolean', name: 'b' }] }, { type: 'rating', name: 'c' }] },
      ],
    });
    expect(s.questionNames).toEqual(['a', 'b', 'c']);
  });

  it('reads root elements (or the old name questions) as one page', () => {
    expect(compileSurvey({ elements: [{ type: 'text', name: 'a' }] }).questionNames).toEqual(['a']);
    expect(compileSurvey({ questions: [{ type: 'text', name: 'a' }] }).questionNames).toEqual(['a']);
  });

  it('accepts the old property names SurveyJS still reads', () => {
    const s = compileSurvey(question({ type: 'checkbox', choices: ['a'], hasOther: true, hasNone: true }));
    expect(s.validate({ q: ['none'] }).ok).toBe(true);
    expect(s.validate({ q: ['other'], 'q-Comment': 'x' }).ok).toBe(true);
  });

  it('names the question and type it refuses', () => {
    const e = compileError(question({ type: 'paneldynamic' }));
    expect(e).toBeInstanceOf(UnsupportedSurveyError);
    expect(e.element).toBe('q');
    expect(e.type).toBe('paneldynamic');
    expect(e.message).toMatch(/^paneldynamic "q": question type "paneldynamic" is not accepted/);
  });

  it.each([
    ['an unaccepted type', question({ type: 'file' }), /not accepted/],
    ['a missing type', question({}), /question type "\(none\)"/],
    ['an unaccepted inputType', question({ type: 'text', inputType: 'email' }), /inputType "email"/],
    ['a bad name', { elements: [{ type: 'text', name: 'Leeftijd' }] }, /must match/],
    ['a repeated name', { elements: [{ type: 'text', name: 'a' }, { type: 'comment', name: 'a' }] }, /used twice/],
    ['valueName', question({ type: 'text', valueName: 'x' }), /valueName is not supported/],
    ['generated choices', question({ type: 'dropdown', choicesMin: 1, choicesMax: 10 }), /choicesMin/],
    ['custom choices', question({ type: 'tagbox', choices: ['a'], allowCustomChoices: true }), /allowCustomChoices/],
    ['choicesByUrl', question({ type: 'dropdown', choicesByUrl: { url: 'https://x' }, choices: ['a'] }), /choicesByUrl/],
    ['a choice with visibleIf', question({ type: 'radiogroup', choices: [{ value: 'a', visibleIf: 'true' }] }), /visibleIf on an item/],
    ['a choice without a value', question({ type: 'radiogroup', choices: [{ text: 'a' }] }), /string or number value/],
    ['no choices', question({ type: 'radiogroup' }), /needs choices/],
    ['a boolean with valueTrue', question({ type: 'boolean', valueTrue: 'ja' }), /valueTrue/],
    ['a mask', question({ type: 'text', maskType: 'numeric' }), /maskType/],
    ['other text stored as the answer', question({ type: 'radiogroup', choices: ['a'], showOtherItem: true, showCommentArea: true }), /showOtherItem with showCommentArea/],
    ['storeOthersAsComment: false', { storeOthersAsComment: false, elements: [{ type: 'text', name: 'a' }] }, /storeOthersAsComment/],
    ['triggers', { triggers: [{ type: 'complete', expression: 'true' }], elements: [] }, /triggers are not supported/],
    ['an unknown validator', question({ type: 'text', validators: [{ type: 'email' }] }), /validator "email"/],
    ['a regex that does not compile', question({ type: 'text', validators: [{ type: 'regex', regex: '(' }] }), /does not compile/],
    ['a text validator on a number', question({ type: 'text', inputType: 'number', validators: [{ type: 'text' }] }), /not supported on a number/],
    ['a bad date limit', question({ type: 'text', inputType: 'date', min: '2024-02-30' }), /min must be a date/],
    ['min above max choices', question({ type: 'checkbox', choices: ['a'], minSelectedChoices: 3, maxSelectedChoices: 2 }), /minSelectedChoices/],
    ['a matrix without columns', question({ type: 'matrix', rows: ['r'] }), /rows and columns/],
    ['a syntax error in visibleIf', question({ type: 'text', visibleIf: '{q} = = 1' }), /not a valid SurveyJS expression/],
    ['an unknown function', question({ type: 'text', visibleIf: 'nosuch({q})' }), /unknown function nosuch/],
    ['an unknown question in an expression', question({ type: 'text', visibleIf: "{leeftijd} = 'x'" }), /refers to "leeftijd"/],
    ['an unknown question in requiredIf', question({ type: 'text', requiredIf: '{x} = 1' }), /requiredIf .* refers to "x"/],
    ['an unknown question in a panel condition', { elements: [{ type: 'panel', name: 'p', visibleIf: '{x} = 1', elements: [] }] }, /panel "p": visibleIf/],
    ['a page that is not an object', { pages: ['p1'] }, /page "page 1": must be a JSON object/],
    ['a survey that is not an object', [], /must be a JSON object/],
  ])('refuses %s', (_, json, message) => {
    expect(compileError(json).message).toMatch(message);
  });

  it('accepts expressions on <name>-Comment, nested values and built-in functions, case-insensitively', () => {
    expect(() =>
      compileSurvey({
        elements: [
          { type: 'radiogroup', name: 'a', choices: ['x'], showOtherItem: true },
          { type: 'matrix', name: 'm', rows: ['r'], columns: [1] },
          { type: 'text', name: 'd', inputType: 'date' },
          { type: 'text', name: 't', visibleIf: "{a-Comment} notempty and {m.r} = 1 and age({d}) > 18 and {A} = 'x'" },
        ],
      }),
    ).not.toThrow();
  });
});
