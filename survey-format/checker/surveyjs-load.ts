import { JsonMissingTypeErrorBase, JsonRequiredPropertyError, JsonUnknownPropertyError, Model, type JsonError } from 'survey-core';
import { childPath, pathsByObject } from './json-path.ts';
import type { Check, Report } from './types.ts';

/**
 * Loads the `survey` part with SurveyJS itself (`new Model(json)`) and reports what SurveyJS
 * could not make sense of (`model.jsonErrors`): unknown properties, wrong array shapes, unknown
 * validator types. Element types and missing names are left to question-types and names, which
 * say more than SurveyJS's messages.
 */
export const checkSurveyJsLoad: Check = ({ survey }, report) => {
  if (survey === undefined) return;
  // SurveyJS keeps references to the objects it was given; a copy keeps the caller's JSON untouched.
  const copy = structuredClone(survey);
  const paths = pathsByObject(copy, '$.survey');
  let errors: JsonError[];
  // SurveyJS logs each invalid expression with console.warn; expressions.ts reports them with a path.
  const warn = console.warn;
  console.warn = () => {};
  try {
    errors = new Model(copy).jsonErrors ?? [];
  } catch (e) {
    report('$.survey', 'surveyjs-cannot-load', { detail: (e as Error).message });
    return;
  } finally {
    console.warn = warn;
  }
  for (const error of errors) reportError(error, paths, report);
};

function reportError(error: JsonError, paths: WeakMap<object, string>, report: Report): void {
  const at = typeof error.jsonObj === 'object' && error.jsonObj !== null ? paths.get(error.jsonObj) : undefined;
  if (error instanceof JsonMissingTypeErrorBase) {
    if (error.baseClassName === 'question') return;
    const type: unknown = at === undefined ? undefined : (error.jsonObj as { type?: unknown }).type;
    return report(at === undefined ? '$.survey' : childPath(at, 'type'), 'surveyjs-unknown-type', { kind: error.baseClassName.replace(/^survey/, ''), type: JSON.stringify(type) ?? '(none)' });
  }
  if (error instanceof JsonRequiredPropertyError && error.propertyName === 'name') return;
  if (at === undefined) return report('$.survey', 'surveyjs-says', { detail: error.message });
  if (error instanceof JsonUnknownPropertyError) {
    return report(childPath(at, error.propertyName), 'surveyjs-unknown-property', { className: error.className });
  }
  // Most other SurveyJS errors name the property at fault; point at it when the object has it.
  const property = (error as { propertyName?: unknown }).propertyName;
  const onProperty = typeof property === 'string' && Object.hasOwn(error.jsonObj as object, property);
  report(onProperty ? childPath(at, property) : at, 'surveyjs-says', { detail: error.message });
}
