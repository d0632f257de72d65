import { describe, expect, it } from 'vitest';
import { problemsOf, werkplek } from './fixtures/helpers.ts';
import { checkDefinitions } from './index.ts';
import { publishedVersion, recordVersion } from './lock-file.ts';
import { outlineSurvey } from './survey-outline.ts';

const BREAKS = 'that breaks comparability with published version 1.0.0: raise the major version (2.0.0)';

describe('comparability against the lock file (fixtures published at 1.0.0)', () => {
  it('refuses any change to a published version', () => {
    expect(problemsOf('published-changed.json')).toEqual([
      '$.version: version 1.0.0 is published; raise the version (minor or patch for wording, major for a change that breaks comparability)',
    ]);
  });

  it('refuses a renamed question without a new major, naming the question', () => {
    expect(problemsOf('question-renamed.json')).toEqual([`$.version: question "aanbevelen" is gone (removed or renamed); ${BREAKS}`]);
  });

  it('refuses changed and removed choice values without a new major', () => {
    const at = '$.survey.pages[0].elements[2].choices';
    expect(problemsOf('choice-removed.json')).toEqual([
      `${at}: choice value "software" of question "aanpassing_soort" is gone (removed or changed); ${BREAKS}`,
      `${at}: choice value "werktijden" of question "aanpassing_soort" is gone (removed or changed); ${BREAKS}`,
    ]);
  });

  it('refuses a changed scale without a new major, and an added question in a patch', () => {
    expect(problemsOf('scale-changed.json')).toEqual([
      `$.survey.pages[0].elements[0]: the scale of question "tevredenheid" changed from (1, 2, 3, 4, 5) to (1, 2, 3, 4, 5, 6, 7); ${BREAKS}`,
      '$.survey.pages[1].elements[2]: question "tip" was added; that needs at least a minor version (1.1.0)',
    ]);
  });
});

describe('comparability rules', () => {
  const published = werkplek(); // version 1.2.0
  const { lock } = recordVersion(undefined, 'werkplek', '1.2.0', publishedVersion(published, outlineSurvey(published.survey)));
  const check = (change: (json: Record<string, any>) => void) => {
    const json = werkplek();
    change(json);
    return checkDefinitions([{ file: 'werkplek.json', json }], lock).map((p) => `${p.path}: ${p.message}`);
  };
  const title = (json: Record<string, any>) => (json.survey.pages[0].elements[0].title.en = 'How content are you?');
  const addChoice = (json: Record<string, any>) =>
    json.survey.pages[0].elements[1].choices.push({ value: 'weet_niet', text: { default: 'Weet ik niet', en: "Don't know" } });

  it('accepts the published version unchanged, also with keys reordered', () => {
    expect(check(() => {})).toEqual([]);
    expect(check((json) => (json.survey = { pages: json.survey.pages, title: json.survey.title }))).toEqual([]);
  });

  it('accepts wording changes in a patch or minor version', () => {
    expect(check((json) => (title(json), (json.version = '1.2.1')))).toEqual([]);
    expect(check((json) => (title(json), (json.version = '1.3.0')))).toEqual([]);
  });

  it('accepts added choices and questions in a minor version, not in a patch', () => {
    expect(check((json) => (addChoice(json), (json.version = '1.3.0')))).toEqual([]);
    expect(check((json) => (addChoice(json), (json.version = '1.2.1')))).toEqual([
      '$.survey.pages[0].elements[1].choices: choice value "weet_niet" was added to question "aanpassing_gevraagd"; that needs at least a minor version (1.3.0)',
    ]);
  });

  it('accepts anything that breaks comparability in a new major version', () => {
    expect(check((json) => (json.survey.pages[1].elements.pop(), (json.version = '2.0.0')))).toEqual([]);
  });

  it('refuses a changed question type or a version below the published one', () => {
    expect(check((json) => ((json.survey.pages[0].elements[1].type = 'dropdown'), (json.version = '1.3.0')))).toEqual([
      '$.survey.pages[0].elements[1].type: question "aanpassing_gevraagd" changed type from radiogroup to dropdown; that breaks comparability with published version 1.2.0: raise the major version (2.0.0)',
    ]);
    expect(check((json) => (title(json), (json.version = '1.1.9')))).toEqual([
      '$.version: version 1.1.9 is below the published version 1.2.0; raise it above 1.2.0',
    ]);
  });
});
