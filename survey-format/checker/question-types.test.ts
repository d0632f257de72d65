import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

const ACCEPTED = 'text, comment, radiogroup, dropdown, checkbox, tagbox, rating, boolean, matrix, html, panel';

describe('question-types', () => {
  it('reports types SurveyJS does not know and SurveyJS types Peil does not accept', () => {
    expect(problemsOf('unknown-type.json')).toEqual([
      `$.survey.pages[1].elements[0].type: unknown question type "yesno" (Peil accepts: ${ACCEPTED})`,
      `$.survey.pages[1].elements[1].type: question type "file" is not accepted by Peil (accepted: ${ACCEPTED})`,
    ]);
  });
});
