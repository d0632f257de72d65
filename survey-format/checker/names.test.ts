import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('names', () => {
  it('reports a missing name, a name that is not a data key, and a name used twice', () => {
    expect(problemsOf('bad-names.json')).toEqual([
      '$.survey.pages[0].elements[0].name: a question needs a name (a data key matching ^[a-z][a-z0-9_]*$)',
      '$.survey.pages[0].elements[1].name: "Aanpassing-gevraagd" is not a data key: use ^[a-z][a-z0-9_]*$ (lower case, digits, _)',
      '$.survey.pages[1].elements[1].name: name "aanbevelen" is already used at $.survey.pages[1].elements[0]',
      // The renamed question leaves the condition that used its old name dangling.
      `$.survey.pages[0].elements[2].visibleIf: "{aanpassing_gevraagd} = 'ja'" refers to {aanpassing_gevraagd}, which is not a question in this survey`,
    ]);
  });
});
