import { describe, expect, it } from 'vitest';
import { werkplek } from './fixtures/helpers.ts';
import { checkDefinitions } from './index.ts';

/** werkplek with three breakdowns (one special when asked) and the given crossings; the checker's problems with them. */
function problems(crossings: unknown[], options: { special?: boolean; kind?: string } = {}): string[] {
  const json = werkplek();
  json.breakdowns = ['aanpassing_gevraagd', options.special === true ? { question: 'aanbevelen', special: true } : 'aanbevelen', 'toelichting'];
  json.crossings = crossings;
  if (options.kind !== undefined) json.kind = options.kind;
  return checkDefinitions([{ file: 'werkplek.json', json }])
    .map((p) => `${p.path}: ${p.message}`)
    .filter((p) => p.startsWith('$.crossings'));
}

describe('crossings', () => {
  it('accepts two listed single-choice breakdowns', () => {
    expect(problems([{ rows: 'aanpassing_gevraagd', columns: 'aanbevelen' }])).toEqual([]);
  });

  it('wants both to be listed breakdowns, single-choice, different, not special-category, crossed once', () => {
    expect(
      problems([
        { rows: 'aanpassing_gevraagd', columns: 'aanpassing_soort' },
        { rows: 'onbekend', columns: 'aanbevelen' },
        { rows: 'aanbevelen', columns: 'aanbevelen' },
        { rows: 'aanpassing_gevraagd', columns: 'aanbevelen' },
        { rows: 'aanbevelen', columns: 'aanpassing_gevraagd' },
        { rows: 'aanpassing_gevraagd', columns: 'toelichting' },
      ]),
    ).toEqual([
      '$.crossings[0].columns: "aanpassing_soort" is not listed in this survey\'s breakdowns',
      '$.crossings[1].rows: "onbekend" is not listed in this survey\'s breakdowns',
      '$.crossings[2].columns: crosses "aanbevelen" with itself',
      '$.crossings[4]: "aanbevelen" and "aanpassing_gevraagd" are already crossed',
      '$.crossings[5].columns: "toelichting" is not a single-choice question (a comment question)',
    ]);
    expect(problems([{ rows: 'aanpassing_gevraagd', columns: 'aanbevelen' }], { special: true })).toEqual([
      '$.crossings[0].columns: "aanbevelen" is special-category data, which is never crossed',
    ]);
  });

  it('wants a well-formed list, in a questionnaire', () => {
    expect(problems([{ rows: 'aanpassing_gevraagd' }])).toEqual(['$.crossings[0].columns: is missing']);
    expect(problems([{ rows: 'aanpassing_gevraagd', columns: 'aanbevelen', indicators: [] }])[0]).toMatch(/^\$\.crossings\[0\]: /);
    expect(problems([{ rows: 'aanpassing_gevraagd', columns: 'aanbevelen' }], { kind: 'observation' })).toEqual(['$.crossings[0]: crossed breakdowns are for questionnaires only']);
  });
});
