import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('translations', () => {
  it('reports every text without Dutch and English: titles, choices, validators, pages', () => {
    expect(problemsOf('missing-translation.json')).toEqual([
      '$.survey.pages[0].elements[0].title: has one language only: give { "default": Dutch, "en": English }',
      '$.survey.pages[0].elements[1].choices[2]: has no Dutch and English text: write { "value": "misschien", "text": { "default": Dutch, "en": English } }',
      '$.survey.pages[0].elements[1].choices[1].text.en: English text missing',
      '$.survey.pages[0].elements[2].choices[0].text.nl: unexpected language "nl": Dutch goes under "default", English under "en"',
      '$.survey.pages[1].title.en: English text missing',
      '$.survey.pages[1].elements[1].title: Dutch and English text missing (give { "default": Dutch, "en": English })',
      '$.survey.pages[1].elements[1].validators[0].text.en: English text missing',
    ]);
  });
});
