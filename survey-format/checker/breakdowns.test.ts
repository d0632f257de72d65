import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('breakdowns', () => {
  it('reports unknown questions, questions that cannot group, and special-category questions that are required', () => {
    expect(problemsOf('bad-breakdowns.json')).toEqual([
      '$.breakdowns[0]: "directie" is not a question in this survey',
      '$.breakdowns[1]: a breakdown needs a single-choice question; "toelichting" is a comment question',
      '$.breakdowns[2].question: "aanpassing_gevraagd" is special-category data, so the question must be optional',
    ]);
  });
});
