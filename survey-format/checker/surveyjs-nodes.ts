import { Serializer, type JsonObjectProperty } from 'survey-core';
import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';

/** One object of a SurveyJS JSON with the Serializer class SurveyJS would create for it. */
export interface SurveyNode {
  json: JsonObject;
  className: string;
  path: string;
}

/**
 * Every object of a SurveyJS JSON that SurveyJS turns into a class (survey, pages, panels,
 * questions, choice items, validators, ...), found through SurveyJS's own Serializer metadata so
 * the checks see what SurveyJS sees. Objects of unknown types are skipped (surveyjs-load reports them).
 */
export function surveyNodes(survey: JsonObject): SurveyNode[] {
  const nodes: SurveyNode[] = [];
  const visit = (json: JsonObject, className: string, path: string): void => {
    nodes.push({ json, className, path });
    for (const [key, value] of Object.entries(json)) {
      const property = Serializer.findProperty(className, key);
      if (property === null || property === undefined) continue;
      const items = Array.isArray(value) ? value.map((v, i) => [v, childPath(childPath(path, key), i)] as const) : [[value, childPath(path, key)] as const];
      for (const [item, itemPath] of items) {
        if (!isPlainObject(item)) continue;
        const itemClass = classOf(item, property);
        if (itemClass !== undefined) visit(item, itemClass, itemPath);
      }
    }
  };
  visit(survey, 'survey', '$.survey');
  return nodes;
}

/** The Serializer property of `className` called `key` (or its SurveyJS alias), if there is one. */
export function findProperty(className: string, key: string): JsonObjectProperty | undefined {
  return Serializer.findProperty(className, key) ?? undefined;
}

function classOf(item: JsonObject, property: JsonObjectProperty): string | undefined {
  const base = property.baseClassName;
  if (base !== undefined && base !== '') {
    // Elements and validators name their class in `type`; validators drop the "validator" suffix.
    if (typeof item.type !== 'string') return undefined;
    const name = base === 'surveyvalidator' ? `${item.type}validator` : item.type;
    return Serializer.findClass(name)?.name;
  }
  const className = property.className;
  return className !== undefined && className !== '' && Serializer.findClass(className) ? className : undefined;
}
