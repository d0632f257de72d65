import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('choice-values', () => {
  it('reports values that are not data keys, duplicates, and values of built-in items', () => {
    const at = '$.survey.pages[0].elements[2].choices';
    expect(problemsOf('bad-choice-values.json')).toEqual([
      `${at}[1].value: "Software" is not a valid value: use lower case, digits and _ (^[a-z0-9_]+$) or an integer`,
      `${at}[2].value: value "bureau" is already used at ${at}[0]`,
      `${at}[3].value: "other" is the value of SurveyJS's built-in item (showOtherItem); use another value or that item`,
    ]);
  });
});
