import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';

/** A stored answer value: a choice value, a rating point or a boolean. */
export type AnswerValue = string | number | boolean;

/** Question types whose answer is one or more of a fixed list of values. */
export const CHOICE_TYPES = new Set(['radiogroup', 'dropdown', 'checkbox', 'tagbox']);

// SurveyJS's built-in items and the values they store, as the server's choice list reads them.
const BUILT_IN_ITEMS = [
  ['showOtherItem', 'hasOther', 'other'],
  ['showNoneItem', 'hasNone', 'none'],
  ['showRefuseItem', undefined, 'refused'],
  ['showDontKnowItem', undefined, 'dontknow'],
] as const;

/** The values of an ItemValue array (`choices`, `rows`, `columns`, `rateValues`), read as SurveyJS does. */
export function itemValues(items: unknown): (string | number)[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item): (string | number)[] => {
    if (typeof item === 'number') return [item];
    if (typeof item === 'string') return [item.split('|')[0] ?? item];
    if (isPlainObject(item) && (typeof item.value === 'string' || typeof item.value === 'number')) return [item.value];
    return [];
  });
}

/** `choices` plus the built-in items a choice question shows (`other`, `none`, ...). */
export function choiceValues(q: JsonObject): (string | number)[] {
  const values = itemValues(q.choices);
  for (const [flag, alias, value] of BUILT_IN_ITEMS) {
    if (q[flag] === true || (alias !== undefined && q[alias] === true)) values.push(value);
  }
  return values;
}

/**
 * The points of a rating question: `rateValues` when listed, else `rateMin`..`rateMax` by `rateStep`
 * with SurveyJS's defaults (1, 5, 1) and `rateCount` completing a missing end, as the server reads it.
 */
export function ratingScale(q: JsonObject): number[] {
  const listed = itemValues(q.rateValues).filter((v): v is number => typeof v === 'number');
  if (listed.length > 0 && q.autoGenerate !== true) return listed;
  const step = numberOr(q.rateStep, 1);
  const count = typeof q.rateCount === 'number' ? q.rateCount : undefined;
  let min = typeof q.rateMin === 'number' ? q.rateMin : undefined;
  let max = typeof q.rateMax === 'number' ? q.rateMax : undefined;
  if (count !== undefined && min !== undefined && max === undefined) max = min + step * (count - 1);
  if (count !== undefined && max !== undefined && min === undefined) min = max - step * (count - 1);
  min ??= 1;
  max ??= 5;
  const points: number[] = [];
  // The bound keeps a broken scale (step 0) from looping; the server rejects such scales anyway.
  for (let v = min; v <= max && step > 0 && points.length <= 100; v += step) points.push(v);
  return points;
}

/** The values an answer to `q` can take, or undefined for free text, numbers and matrices. */
export function answerValues(q: { type: string; json: JsonObject }): AnswerValue[] | undefined {
  if (CHOICE_TYPES.has(q.type)) return choiceValues(q.json);
  if (q.type === 'boolean') return [true, false];
  if (q.type === 'rating') return ratingScale(q.json);
  return undefined;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
