import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogFrom } from '../catalog/catalog.ts';
import { werkplek } from '../checker/fixtures/helpers.ts';
import { checkDefinitions } from '../checker/index.ts';
import { outlineSurvey } from '../checker/survey-outline.ts';
import { surveyFilesAt } from '../checker/json-load.ts';
import { fillChoices } from './choices-from.ts';
import { ORGANISATION_UNITS, SCALE_BANDS } from './organisation.ts';

const FIRST_PAGE_ELEMENTS = werkplek().survey.pages[0].elements.length;
/** The werkplek fixture with a directorate question added at the end of its first page, at path `at`. */
function withQuestion(question: Record<string, unknown>): Record<string, any> {
  const json = werkplek();
  json.survey.pages[0].elements.push({ name: 'directie', title: { default: 'Directie', en: 'Directorate' }, ...question });
  return json;
}
const at = `$.survey.pages[0].elements[${FIRST_PAGE_ELEMENTS}]`;

describe('choicesFrom', () => {
  it('fills in the list, then the answers beside it, labelled from the organisation file', () => {
    const json = withQuestion({ type: 'radiogroup', choicesFrom: 'organisation.units', choices: ['anders', { value: 'zeg_ik_liever_niet', text: { default: 'Liever niet', en: 'Rather not' } }] });
    const { json: filled, problems } = fillChoices(json);
    expect(problems).toEqual([]);
    const q = (filled as any).survey.pages[0].elements[FIRST_PAGE_ELEMENTS];
    expect(q.choicesFrom).toBeUndefined();
    expect(q.choices.map((c: any) => c.value)).toEqual([...ORGANISATION_UNITS.map((u) => u.code), 'anders', 'zeg_ik_liever_niet']);
    expect(q.choices.find((c: any) => c.value === 'weesp').text).toEqual({ default: 'Stadsgebied Weesp', en: 'Weesp area' });
    expect(q.choices.at(-2).text).toEqual({ default: 'Ergens anders', en: 'Somewhere else' });
    expect(q.choices.at(-1).text).toEqual({ default: 'Liever niet', en: 'Rather not' });
    // The file as read stays as it was.
    expect(json.survey.pages[0].elements[FIRST_PAGE_ELEMENTS].choicesFrom).toBe('organisation.units');
  });

  it('leaves a definition without choicesFrom as it is', () => {
    const json = werkplek();
    expect(fillChoices(json).json).toBe(json);
  });

  it('refuses an unknown source, a question without choices, and a hand-written value that is not a code in the file', () => {
    const problems = (question: Record<string, unknown>) => checkDefinitions([{ file: 'werkplek.json', json: withQuestion(question) }]).map((p) => `${p.path}: ${p.message}`);
    expect(problems({ type: 'radiogroup', choicesFrom: 'organisation.teams' })).toContain(
      `${at}.choicesFrom: unknown choice source "organisation.teams" (known: organisation.units, organisation.scaleBands)`,
    );
    expect(problems({ type: 'comment', choicesFrom: 'organisation.units' })).toContain(
      `${at}.choicesFrom: only a choice question (radiogroup, dropdown, checkbox, tagbox) takes choices from organisation.units`,
    );
    expect(problems({ type: 'radiogroup', choicesFrom: 'organisation.units', choices: ['ruimte_en_economie', 'noord'] })).toEqual([
      `${at}.choices[0]: "ruimte_en_economie" is not a code in the organisation file (survey-format/organisation/organisation.json); beside organisation.units a question may offer anders, zeg_ik_liever_niet, onbekend`,
      `${at}.choices[1]: "noord" comes from organisation.units already; leave it out`,
    ]);
    expect(problems({ type: 'dropdown', choicesFrom: 'organisation.scaleBands', choices: ['zeg_ik_liever_niet'] })).toEqual([]);
  });

  it('is filled in by the catalog, so client, validation and analysis see the same choices', () => {
    const catalog = catalogFrom([{ file: 'werkplek.json', json: withQuestion({ type: 'dropdown', choicesFrom: 'organisation.scaleBands' }) }]);
    const survey = catalog.get('werkplek')!.definition.survey;
    const q = outlineSurvey(survey).questions.get('directie')!;
    expect(q.json.choices).toEqual(SCALE_BANDS.map((b) => ({ value: b.code, text: { default: b.label.nl, en: b.label.en } })));
  });
});

describe('the bundled surveys', () => {
  // The questions that ask for a unit or a scale band; their names are what analysis and the server read.
  const ASKED = { directie: 'organisation.units', opdracht_directie: 'organisation.units', schaalgroep: 'organisation.scaleBands', vacature_schaalgroep: 'organisation.scaleBands' };

  it('take every directorate and scale-band question from the organisation file', () => {
    let found = 0;
    for (const file of surveyFilesAt(fileURLToPath(new URL('../../surveys/', import.meta.url)))) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      for (const q of outlineSurvey(json.survey).questions.values()) {
        const source = ASKED[q.name as keyof typeof ASKED];
        if (source === undefined) continue;
        found++;
        expect({ file, question: q.name, choicesFrom: q.json.choicesFrom }).toEqual({ file, question: q.name, choicesFrom: source });
      }
    }
    expect(found).toBe(12);
  });
});
