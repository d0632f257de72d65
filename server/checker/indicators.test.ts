import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('indicators', () => {
  it('reports unknown questions, types that do not fit, values that are not answers, ids and kinds', () => {
    expect(problemsOf('bad-indicators.json')).toEqual([
      '$.indicators[0].question: a mean needs a rating or number question; "toelichting" is a free-text question (comment)',
      '$.indicators[1].values[1]: "misschien" is not an answer of "aanpassing_gevraagd" (its values: ja, nee)',
      '$.indicators[2].question: "aanpassing_type" is not a question in this survey',
      '$.indicators[3].questions[1]: a scale needs rating questions; "aanbevelen" is a boolean question',
      '$.indicators[4].id: indicator id "tevredenheid" is already used at $.indicators[0]',
      '$.indicators[4].kind: must be one of: proportion, compliance, mean, scale',
    ]);
  });

  it('wants the items of a scale on the same scale, and reversed items among them', () => {
    expect(problemsOf('scale-mismatch.json')).toEqual([
      '$.indicators[0].questions[1]: "tevredenheid_team" has scale 1, 2, 3, 4, 5, 6, 7, unlike "tevredenheid" (1, 2, 3, 4, 5); a scale needs items on the same scale',
      `$.indicators[0].reversed[0]: "aanbevelen" is not one of this scale's questions`,
    ]);
  });
});
