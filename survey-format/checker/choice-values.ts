import { isPlainObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';
import { CHOICE_TYPES } from './question-values.ts';
import type { CheckerMessage } from './checker-messages.ts';
import type { Check, Report } from './types.ts';

const CHOICE_VALUE = /^[a-z0-9_]+$/;
// The values SurveyJS stores for its built-in items; a listed choice with one of them is ambiguous.
const RESERVED: Readonly<Record<string, string>> = { other: 'showOtherItem', none: 'showNoneItem', refused: 'showRefuseItem', dontknow: 'showDontKnowItem' };

/**
 * Checks the values answers are stored as: choice, row and column values are lower-case data keys
 * (`^[a-z0-9_]+$`) or integers, unique within their list and not one of SurveyJS's built-in item
 * values; rating points are integers.
 */
export const checkChoiceValues: Check = ({ outline }, report) => {
  for (const q of outline.questions.values()) {
    if (CHOICE_TYPES.has(q.type)) checkList(q.json.choices, childPath(q.path, 'choices'), false, report);
    if (q.type === 'matrix') {
      checkList(q.json.rows, childPath(q.path, 'rows'), false, report);
      checkList(q.json.columns, childPath(q.path, 'columns'), false, report);
    }
    if (q.type === 'rating') checkList(q.json.rateValues, childPath(q.path, 'rateValues'), true, report);
  }
};

function checkList(items: unknown, path: string, integersOnly: boolean, report: Report): void {
  if (!Array.isArray(items)) return;
  const seen = new Map<string | number, number>();
  items.forEach((item, i) => {
    const itemPath = childPath(path, i);
    const value: unknown = isPlainObject(item) ? item.value : typeof item === 'string' ? item.split('|')[0] : item;
    const valuePath = isPlainObject(item) ? childPath(itemPath, 'value') : itemPath;
    const problem = valueProblem(value, integersOnly);
    if (problem !== undefined) return report(valuePath, problem.code, problem.params);
    const earlier = seen.get(value as string | number);
    if (earlier !== undefined) report(valuePath, 'value-used', { value: JSON.stringify(value), at: childPath(path, earlier) });
    else seen.set(value as string | number, i);
  });
}

function valueProblem(value: unknown, integersOnly: boolean): CheckerMessage | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return undefined;
  if (integersOnly) return { code: 'rating-integer' };
  if (typeof value !== 'string' || !CHOICE_VALUE.test(value)) {
    return value === undefined ? { code: 'value-missing' } : { code: 'value-format', params: { value: JSON.stringify(value) } };
  }
  const flag = RESERVED[value];
  return flag === undefined ? undefined : { code: 'value-reserved', params: { value, flag } };
}
