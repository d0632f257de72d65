/**
 * `"choicesFrom"`: a question of a survey file that takes its choices from the organisation list
 * instead of a copy of its own. Filled in once when a survey file is read (the checker, the catalog
 * and `surveys:publish` all call `fillChoices`), so the client, the server's validation, a wave's
 * stored definition and the analysis all see the same choices, with the list's Dutch and English labels.
 *
 * In the file: `{ "type": "radiogroup", "name": "directie", "choicesFrom": "organisation.units",
 * "choices": ["anders", "zeg_ik_liever_niet"] }`. The hand-written `choices` are only the answers
 * beside the list, each a code of the file's `otherAnswers` (as a string, labelled from the file, or
 * as `{ "value", "text" }` with a wording of the question's own); they follow the list's choices.
 */
import type { CheckerMessage } from '../checker/checker-messages.ts';
import { childPath } from '../checker/json-path.ts';
import { CHOICE_TYPES } from '../checker/question-values.ts';
import { outlineSurvey } from '../checker/survey-outline.ts';
import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';
import { ORGANISATION_UNITS, OTHER_ANSWERS, SCALE_BANDS, type Label } from './organisation.ts';

const FILE = 'survey-format/organisation/organisation.json';

/** The lists a question may take its choices from, by the name `choicesFrom` gives. */
export const CHOICE_SOURCES: Readonly<Record<string, readonly { code: string; label: Label }[]>> = {
  'organisation.units': ORGANISATION_UNITS,
  'organisation.scaleBands': SCALE_BANDS,
};

const otherAnswers = new Map(OTHER_ANSWERS.map((a) => [a.code, a]));

/** A problem with a `choicesFrom` question, at a JSON path of the file (`$.survey.pages[0]...`). */
export interface ChoicesFromProblem extends CheckerMessage {
  path: string;
}

/**
 * A copy of a survey definition with every `choicesFrom` replaced by the filled-in `choices` (the
 * list's, then the hand-written answers beside it), and what was wrong: an unknown source, a question
 * that takes no choices, a hand-written value that is not a code of the file's `otherAnswers`.
 * A definition without `choicesFrom` comes back unchanged (the same object); one already filled in too.
 */
export function fillChoices(definition: unknown): { json: unknown; problems: ChoicesFromProblem[] } {
  const problems: ChoicesFromProblem[] = [];
  if (!isPlainObject(definition) || !isPlainObject(definition.survey) || !JSON.stringify(definition.survey).includes('"choicesFrom"')) {
    return { json: definition, problems };
  }
  const json = structuredClone(definition);
  for (const element of outlineSurvey(json.survey as JsonObject).elements) {
    if (element.json !== undefined && Object.hasOwn(element.json, 'choicesFrom')) fillOne(element.json, element.path, problems);
  }
  return { json, problems };
}

function fillOne(q: JsonObject, path: string, problems: ChoicesFromProblem[]): void {
  const source = q.choicesFrom;
  const sourcePath = childPath(path, 'choicesFrom');
  delete q.choicesFrom;
  const list = typeof source === 'string' ? CHOICE_SOURCES[source] : undefined;
  if (list === undefined) {
    problems.push({ path: sourcePath, code: 'unknown-choice-source', params: { source: String(JSON.stringify(source)), known: Object.keys(CHOICE_SOURCES) } });
    return;
  }
  if (typeof q.type !== 'string' || !CHOICE_TYPES.has(q.type)) {
    problems.push({ path: sourcePath, code: 'choices-from-type', params: { types: [...CHOICE_TYPES], source: String(source) } });
    return;
  }
  const handWritten = Array.isArray(q.choices) ? q.choices : [];
  if (q.choices !== undefined && !Array.isArray(q.choices)) problems.push({ path: childPath(path, 'choices'), code: 'choices-beside-list' });
  const extras = handWritten.flatMap((item, i) => {
    const value = isPlainObject(item) ? item.value : item;
    const other = typeof value === 'string' ? otherAnswers.get(value) : undefined;
    if (other === undefined) {
      const inList = list.some((c) => c.code === value);
      const shown = String(JSON.stringify(value));
      const at = childPath(childPath(path, 'choices'), i);
      if (inList) problems.push({ path: at, code: 'choice-from-list', params: { value: shown, source: String(source) } });
      else problems.push({ path: at, code: 'choice-not-in-organisation', params: { value: shown, file: FILE, source: String(source), others: [...otherAnswers.keys()] } });
      return [];
    }
    return [isPlainObject(item) && item.text !== undefined ? item : choice(other)];
  });
  q.choices = [...list.map(choice), ...extras];
}

const choice = ({ code, label }: { code: string; label: Label }) => ({ value: code, text: { default: label.nl, en: label.en } });
