import { Serializer } from 'survey-core';
import { isPlainObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';
import { findProperty, surveyNodes, type SurveyNode } from './surveyjs-nodes.ts';
import type { Check, Report } from './types.ts';

const LANGUAGES: Readonly<Record<string, 'dutch-missing' | 'english-missing'>> = { default: 'dutch-missing', en: 'english-missing' };

/**
 * Checks that every text a respondent or researcher sees has Dutch under `default` and English
 * under `en`: the purpose, indicator titles, and every property SurveyJS marks localizable
 * (titles, descriptions, choice texts, validators' messages, html, ...). Texts that SurveyJS would
 * otherwise fill with a data key are required: the survey's and each question's title, html bodies,
 * and the text of every choice, row and column whose value is not a number.
 */
export const checkTranslations: Check = ({ json, survey }, report) => {
  checkText(json.purpose, '$.purpose', true, report);
  if (Array.isArray(json.indicators)) {
    json.indicators.forEach((indicator, i) => {
      if (isPlainObject(indicator)) checkText(indicator.title, childPath(childPath('$.indicators', i), 'title'), true, report);
    });
  }
  if (survey === undefined) return;
  for (const node of surveyNodes(survey)) {
    for (const required of requiredTexts(node)) {
      if (node.json[required] === undefined) checkText(undefined, childPath(node.path, required), true, report);
    }
    for (const [key, value] of Object.entries(node.json)) {
      const property = findProperty(node.className, key);
      if (property?.isLocalizable === true) checkText(value, childPath(node.path, key), false, report);
      else if (Array.isArray(value) && property?.className !== undefined && isItemClass(property.className)) {
        value.forEach((item, i) => checkBareItem(item, childPath(childPath(node.path, key), i), report));
      }
    }
  }
};

/**
 * Checks one localizable value. `required` texts must be present; a plain string is refused because
 * it is one language only.
 */
export function checkText(value: unknown, path: string, required: boolean, report: Report): void {
  if (value === undefined) {
    if (required) report(path, 'texts-missing');
    return;
  }
  if (!isPlainObject(value)) {
    report(path, typeof value === 'string' ? 'one-language' : 'not-a-text');
    return;
  }
  for (const [key, missing] of Object.entries(LANGUAGES)) {
    const text = value[key];
    if (typeof text !== 'string' || text.trim() === '') report(childPath(path, key), missing);
  }
  for (const key of Object.keys(value)) {
    if (LANGUAGES[key] === undefined) report(childPath(path, key), 'unexpected-language', { key });
  }
}

function requiredTexts(node: SurveyNode): string[] {
  const { className, json } = node;
  if (className === 'survey') return ['title'];
  if (className === 'html') return ['html'];
  if (Serializer.isDescendantOf(className, 'question')) return ['title'];
  if (isItemClass(className) && typeof json.value !== 'number') return ['text'];
  return [];
}

function isItemClass(className: string): boolean {
  return Serializer.isDescendantOf(className, 'itemvalue');
}

// An item written as "value" or "value|Text" shows its value, or one text for both languages.
function checkBareItem(item: unknown, path: string, report: Report): void {
  if (typeof item !== 'string') return;
  report(path, 'bare-item', { value: JSON.stringify(item.split('|')[0]) });
}
