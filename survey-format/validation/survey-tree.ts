import { assertSupportedQuestionProperties, assertSupportedSurveyProperties } from './forbidden-properties.ts';
import { isPlainObject, JsonReader } from './survey-json.ts';
import { UnsupportedSurveyError } from './unsupported-survey-error.ts';

/** Question types that take an answer and that the validator checks. */
export const ANSWER_TYPES = new Set([
  'text', 'comment', 'radiogroup', 'dropdown', 'checkbox', 'tagbox', 'rating', 'boolean', 'matrix',
]);
const NAME = /^[a-z][a-z0-9_]*$/;

/** What decides whether a page, panel or question is shown and editable; `parent` indexes `containers`. */
export interface Gate {
  name: string;
  parent: number;
  visible: boolean;
  visibleIf: string | undefined;
  readOnly: boolean;
  enableIf: string | undefined;
  /** The element's JSON, for reading properties and failing with its name. */
  reader: JsonReader;
}

/** A question that takes an answer. */
export interface QuestionNode extends Gate {
  type: string;
}

/** A survey flattened into pages/panels (parents before children) and answerable questions in survey order. */
export interface SurveyTree {
  survey: JsonReader;
  containers: Gate[];
  questions: QuestionNode[];
}

/** Walks a SurveyJS JSON; throws `UnsupportedSurveyError` for types, names or structures Peil does not accept. */
export function readSurveyTree(surveyJson: unknown): SurveyTree {
  if (!isPlainObject(surveyJson)) throw new UnsupportedSurveyError({ code: 'survey-must-be-object' });
  const survey = new JsonReader(surveyJson);
  assertSupportedSurveyProperties(survey);
  const tree: SurveyTree = { survey, containers: [], questions: [] };
  const seen = new Set<string>();
  const pages = survey.array('pages');
  if (pages !== undefined) {
    if (survey.has('elements')) survey.fail('root-elements');
    pages.forEach((page, i) => {
      const reader = asElement(page, `page ${i + 1}`, 'page');
      walkContainer(tree, seen, reader, 'page', -1);
    });
  } else {
    walkContainer(tree, seen, survey, 'page', -1);
  }
  return tree;
}

function walkContainer(tree: SurveyTree, seen: Set<string>, r: JsonReader, kind: string, parent: number): void {
  const index = tree.containers.length;
  tree.containers.push(gateOf(r, r.element ?? kind, parent));
  for (const [i, element] of (r.array('elements') ?? []).entries()) {
    const child = asElement(element, `${r.element ?? kind} element ${i + 1}`, 'element');
    const type = typeof child.json.type === 'string' ? child.json.type : '';
    if (type === 'panel') walkContainer(tree, seen, child, 'panel', index);
    else if (type === 'html') continue;
    else if (ANSWER_TYPES.has(type)) tree.questions.push(questionOf(child, type, index, seen));
    else child.fail('type-refused', { type: type || '(none)', accepted: [...ANSWER_TYPES, 'html', 'panel'] });
  }
}

function asElement(value: unknown, fallbackName: string, fallbackType: string): JsonReader {
  if (!isPlainObject(value)) throw new UnsupportedSurveyError({ code: 'must-be-object' }, fallbackName, fallbackType);
  const name = typeof value.name === 'string' ? value.name : fallbackName;
  return new JsonReader(value, name, typeof value.type === 'string' ? value.type : fallbackType);
}

function questionOf(r: JsonReader, type: string, parent: number, seen: Set<string>): QuestionNode {
  const name = r.string('name');
  if (name === undefined || !NAME.test(name)) r.fail('name-format');
  if (seen.has(name)) r.fail('name-twice');
  seen.add(name);
  assertSupportedQuestionProperties(r);
  return { ...gateOf(r, name, parent), type };
}

function gateOf(r: JsonReader, name: string, parent: number): Gate {
  return {
    name,
    parent,
    visible: r.bool('visible', true),
    visibleIf: nonBlank(r.string('visibleIf')),
    readOnly: r.bool('readOnly', false),
    enableIf: nonBlank(r.string('enableIf')),
    reader: r,
  };
}

function nonBlank(s: string | undefined): string | undefined {
  return s === undefined || s.trim() === '' ? undefined : s;
}
