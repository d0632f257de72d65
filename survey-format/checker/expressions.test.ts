import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('expressions', () => {
  it('reports conditions and validator expressions that refer to unknown questions or do not parse', () => {
    expect(problemsOf('unknown-reference.json')).toEqual([
      `$.survey.pages[0].elements[2].visibleIf: "{aanpassing_gevraagt} = 'ja'" refers to {aanpassing_gevraagt}, which is not a question in this survey`,
      '$.survey.pages[1].elements[0].requiredIf: "{tevredenheid} < " is not a valid SurveyJS expression',
      '$.survey.pages[1].elements[1].enableIf: "{aanbevelen} = true and {werkplek.tevreden} > 3" refers to {werkplek.tevreden}, which is not a question in this survey',
      '$.survey.pages[1].elements[1].validators[0].expression: "{tevredenheid_werk} > 2" refers to {tevredenheid_werk}, which is not a question in this survey',
    ]);
  });
});
