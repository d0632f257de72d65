import { describe, expect, it } from 'vitest';
import { checkDefinitions } from './index.ts';
import { problemsOf, werkplek } from './fixtures/helpers.ts';

describe('envelope', () => {
  it('reports a missing id, an invalid version and kind, and unknown top-level keys', () => {
    expect(problemsOf('bad-envelope.json')).toEqual([
      '$.id: is missing',
      '$.version: must be major.minor.patch, e.g. 1.0.0',
      '$.kind: must be one of: questionnaire, observation, register',
      '$.indicator: unknown property (known: id, version, kind, unit, agreementTargets, purpose, indicators, breakdowns, crossings, survey)',
    ]);
  });

  it('wants the id to be the file name, and every id once', () => {
    const json = werkplek();
    const problems = checkDefinitions([
      { file: 'a/werkplek.json', json },
      { file: 'a/werkplek-kopie.json', json },
    ]);
    expect(problems).toEqual([
      {
        file: 'a/werkplek-kopie.json',
        path: '$.id',
        code: 'id-not-file-name',
        params: { id: 'werkplek', expected: 'werkplek-kopie' },
        message: '"werkplek" differs from the file name; name the file werkplek.json or the id "werkplek-kopie"',
      },
      { file: 'a/werkplek-kopie.json', path: '$.id', code: 'id-used', params: { id: 'werkplek', other: 'a/werkplek.json' }, message: 'survey id "werkplek" is also used by a/werkplek.json' },
    ]);
  });

  it('refuses a definition that is not an object, or has no survey', () => {
    expect(checkDefinitions([{ file: 'x.json', json: [] }])).toEqual([
      { file: 'x.json', path: '$', code: 'not-object', message: 'a survey definition must be a JSON object (see docs/survey-format.md)' },
    ]);
    const json = werkplek();
    delete json.survey;
    expect(checkDefinitions([{ file: 'werkplek.json', json }])).toContainEqual({ file: 'werkplek.json', path: '$.survey', code: 'missing', message: 'is missing' });
  });
});
