import { DATA_KEY } from '../catalog/definition.ts';
import { ANSWER_TYPES } from '../validation/survey-tree.ts';
import { childPath } from './json-path.ts';
import type { Check } from './types.ts';

/**
 * Checks element names: every question, panel and html item has one, a question's name is a data
 * key (`^[a-z][a-z0-9_]*$`), and no name is used twice in a survey (pages included: SurveyJS
 * looks elements up by name, and a question's name is the column its answers land in).
 */
export const checkNames: Check = ({ outline }, report) => {
  const firstUse = new Map<string, string>();
  for (const element of outline.elements) {
    if (element.json === undefined) continue;
    const path = childPath(element.path, 'name');
    const name = element.json.name;
    const isQuestion = element.type !== undefined && ANSWER_TYPES.has(element.type);
    if (name === undefined) {
      if (!element.isPage) report(path, isQuestion ? 'question-needs-name' : 'missing');
      continue;
    }
    if (typeof name !== 'string' || name === '') {
      report(path, 'non-empty-string');
      continue;
    }
    if (isQuestion && !DATA_KEY.test(name)) report(path, 'not-data-key', { name });
    const earlier = firstUse.get(name.toLowerCase());
    // SurveyJS matches names case-insensitively, so "Leeftijd" and "leeftijd" collide.
    if (earlier !== undefined) report(path, 'name-used', { name, at: earlier });
    else firstUse.set(name.toLowerCase(), element.path);
  }
};
