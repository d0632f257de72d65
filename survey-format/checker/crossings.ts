import { isPlainObject } from '../validation/survey-json.ts';
import { GROUPING_TYPES } from './breakdowns.ts';
import { childPath } from './json-path.ts';
import type { Check } from './types.ts';

/**
 * Checks `crossings`: each crosses two different breakdowns listed in `breakdowns`, both
 * single-choice questions of this survey (as checkBreakdowns wants of them), neither special-category
 * data (its cells would be far below k_special), once; only in a questionnaire, whose tables the
 * release plan protects as a whole (an observation protocol's are exempt from rule 7).
 */
export const checkCrossings: Check = ({ json, outline }, report) => {
  if (!Array.isArray(json.crossings)) return;
  const listed = new Map<string, boolean>();
  for (const b of Array.isArray(json.breakdowns) ? json.breakdowns : []) {
    if (typeof b === 'string') listed.set(b, false);
    else if (isPlainObject(b) && typeof b.question === 'string') listed.set(b.question, b.special === true);
  }
  const seen = new Set<string>();
  json.crossings.forEach((crossing, i) => {
    const path = childPath('$.crossings', i);
    if (!isPlainObject(crossing)) return;
    if (json.kind !== 'questionnaire') return report(path, 'crossings-questionnaire');
    const names: string[] = [];
    for (const side of ['rows', 'columns'] as const) {
      const name = crossing[side];
      if (typeof name !== 'string') continue;
      const special = listed.get(name);
      if (special === undefined) report(childPath(path, side), 'not-a-breakdown', { name });
      else if (special) report(childPath(path, side), 'special-never-crossed', { name });
      else if (!GROUPING_TYPES.has(outline.questions.get(name)?.type ?? '')) {
        report(childPath(path, side), 'crossing-single-choice', { name, type: outline.questions.get(name)?.type ?? 'missing' });
      } else names.push(name);
    }
    if (names.length < 2) return;
    if (names[0] === names[1]) return report(childPath(path, 'columns'), 'crossed-with-itself', { name: names[0]! });
    const key = [...names].sort().join(' x ');
    if (seen.has(key)) return report(path, 'already-crossed', { rows: names[0]!, columns: names[1]! });
    seen.add(key);
  });
};
