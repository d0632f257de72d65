import { isPlainObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';
import { choiceValues } from './question-values.ts';
import type { Check } from './types.ts';

// A breakdown splits respondents into groups, so it needs one answer from a fixed list.
export const GROUPING_TYPES: ReadonlySet<string> = new Set(['radiogroup', 'dropdown', 'boolean']);
const PREFER_NOT_TO_SAY = 'zeg_ik_liever_niet';

/**
 * Checks `breakdowns`: each names a single-choice question of this survey, once. A special-category
 * breakdown (origin, disability) must be optional and offer "zeg_ik_liever_niet", because nobody
 * may be made to disclose such data.
 */
export const checkBreakdowns: Check = ({ json, outline }, report) => {
  if (!Array.isArray(json.breakdowns)) return;
  const seen = new Set<string>();
  json.breakdowns.forEach((breakdown, i) => {
    const special = isPlainObject(breakdown) && breakdown.special === true;
    const name = isPlainObject(breakdown) ? breakdown.question : breakdown;
    const path = isPlainObject(breakdown) ? childPath(childPath('$.breakdowns', i), 'question') : childPath('$.breakdowns', i);
    if (typeof name !== 'string') return;
    const q = outline.questions.get(name);
    if (q === undefined) return report(path, 'not-a-question', { name });
    if (seen.has(name)) return report(path, 'listed-twice', { name });
    seen.add(name);
    if (!GROUPING_TYPES.has(q.type)) return report(path, 'breakdown-single-choice', { name, type: q.type });
    if (!special) return;
    if (q.json.isRequired === true) report(path, 'special-optional', { name });
    if (!choiceValues(q.json).includes(PREFER_NOT_TO_SAY)) report(path, 'special-prefer-not', { name, value: PREFER_NOT_TO_SAY });
  });
};
