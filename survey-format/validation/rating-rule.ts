import type { AnswerRule } from './answer-rule.ts';
import { describeValues, readItemValues, type ChoiceValue } from './choice-list.ts';
import type { JsonReader } from './survey-json.ts';

// SurveyJS renders at most this many rating items (settings.ratingMaximumRateValueCount), and at
// most 10 smileys; a larger scale would accept values nobody could pick.
const MAX_ITEMS = 20;
const MAX_SMILEYS = 10;

/**
 * Compiles `rating`: one of `rateValues` when given, else an integer from `rateMin` to `rateMax`
 * on `rateStep` (SurveyJS's defaults 1, 5, 1; `rateCount` fills in a missing end).
 * Throws `UnsupportedSurveyError` for non-integer or oversized scales and an inconsistent rateCount.
 */
export function compileRatingRule(q: JsonReader): AnswerRule {
  const values = scaleOf(q);
  const limit = q.string('rateType') === 'smileys' ? MAX_SMILEYS : MAX_ITEMS;
  if (values.length > limit) q.fail('rating-too-long', { limit });
  const count = q.number('rateCount');
  if (count !== undefined && count !== values.length) q.fail('rate-count', { count, points: values.length });
  const allowed = new Set<unknown>(values);
  const message = `must be one of: ${describeValues(values)}`;
  return { check: (value) => (allowed.has(value) ? undefined : message) };
}

function scaleOf(q: JsonReader): ChoiceValue[] {
  const listed = readItemValues(q, 'rateValues').map((item) => item.value);
  if (listed.length > 0 && q.raw('autoGenerate') !== true) return listed;
  const step = integer(q, 'rateStep') ?? 1;
  const count = integer(q, 'rateCount');
  let min = integer(q, 'rateMin');
  let max = integer(q, 'rateMax');
  // As SurveyJS's endLoadingFromJson: rateCount only completes a scale with one end given.
  if (count !== undefined && min !== undefined && max === undefined) max = min + step * (count - 1);
  if (count !== undefined && max !== undefined && min === undefined) min = max - step * (count - 1);
  min ??= 1;
  max ??= 5;
  if (step < 1 || min > max) q.fail('rating-range');
  const values: number[] = [];
  for (let v = min; v <= max && values.length <= MAX_ITEMS; v += step) values.push(v);
  return values;
}

function integer(q: JsonReader, key: string): number | undefined {
  const n = q.number(key);
  if (n !== undefined && !Number.isInteger(n)) q.fail('must-be-integer', { key });
  return n;
}
