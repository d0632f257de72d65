import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';
import { ANSWER_TYPES } from '../validation/survey-tree.ts';
import { childPath } from './json-path.ts';

/** A page, panel, question or html item, wherever it sits; `json` is undefined when it is not an object. */
export interface OutlineElement {
  path: string;
  json: JsonObject | undefined;
  isPage: boolean;
  type: string | undefined;
  name: string | undefined;
}

/** A question that takes an answer (a type from ANSWER_TYPES with a string name). */
export interface OutlineQuestion {
  path: string;
  json: JsonObject;
  type: string;
  name: string;
}

/** A survey's elements in document order, and its answerable questions by name (first one wins). */
export interface SurveyOutline {
  elements: OutlineElement[];
  questions: Map<string, OutlineQuestion>;
}

/**
 * Lists the pages, panels and elements of a SurveyJS JSON without judging them, so that every
 * check can point at the same paths. Tolerates any shape: whatever is not an array is skipped.
 */
export function outlineSurvey(survey: JsonObject | undefined): SurveyOutline {
  const outline: SurveyOutline = { elements: [], questions: new Map() };
  if (survey === undefined) return outline;
  const root = '$.survey';
  if (Array.isArray(survey.pages)) {
    survey.pages.forEach((page, i) => {
      const path = childPath(childPath(root, 'pages'), i);
      const json = isPlainObject(page) ? page : undefined;
      outline.elements.push({ path, json, isPage: true, type: 'page', name: stringOr(json?.name) });
      if (json !== undefined) walk(outline, json, path);
    });
  }
  walk(outline, survey, root);
  return outline;
}

function walk(outline: SurveyOutline, container: JsonObject, path: string): void {
  const elements = container.elements ?? container.questions;
  if (!Array.isArray(elements)) return;
  const key = container.elements !== undefined ? 'elements' : 'questions';
  elements.forEach((element, i) => {
    const elementPath = childPath(childPath(path, key), i);
    const json = isPlainObject(element) ? element : undefined;
    const type = stringOr(json?.type);
    const name = stringOr(json?.name);
    outline.elements.push({ path: elementPath, json, isPage: false, type, name });
    if (json === undefined) return;
    if (type === 'panel') walk(outline, json, elementPath);
    else if (type !== undefined && name !== undefined && ANSWER_TYPES.has(type) && !outline.questions.has(name)) {
      outline.questions.set(name, { path: elementPath, json, type, name });
    }
  });
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
