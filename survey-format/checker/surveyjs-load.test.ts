import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('surveyjs-load', () => {
  it('reports properties SurveyJS does not know, wherever they are', () => {
    expect(problemsOf('unknown-property.json')).toEqual([
      '$.survey.pages[0].elements[0].rateMaximum: unknown property of rating (SurveyJS does not know it; check the spelling)',
      '$.survey.pages[0].elements[1].choices[1].txt: unknown property of choiceitem (SurveyJS does not know it; check the spelling)',
    ]);
  });

  it('reports what SurveyJS cannot load: a wrong shape, an unknown validator type', () => {
    expect(problemsOf('surveyjs-cannot-load.json')).toEqual([
      "$.survey.pages[0].elements[1].choices: SurveyJS says: The property 'choices' should be an array in 'radiogroup'.",
      '$.survey.pages[1].elements[1].validators[0].type: unknown validator type "length"',
    ]);
  });
});
