import type { JsonObject } from '../../survey-format/validation/survey-json.ts';
import { isPlainObject } from '../../survey-format/validation/survey-json.ts';
import { proportionIndicator } from './proportion.ts';
import type { AnswerIndicator, IndicatorRow } from './types.ts';

/** Between a `reasons` indicator's id and a reason's value in the id of that reason's figures. */
export const REASON_SEPARATOR = '.';

export interface ReasonsDeclaration {
  id: string;
  title?: string;
  /** A checkbox question (several answers allowed). */
  question: string;
  /** Its `choices`: each one a reason, with its Dutch text. SurveyJS's built-in items (`none`, `other`) are not reasons. */
  choices: readonly { value: string; text: string | undefined }[];
}

/**
 * `reasons`: for a multi-select question ("what made you leave?"), the share of respondents naming
 * each reason, one proportion per choice with its Wilson interval, ranked in the report. Each reason
 * is an indicator of its own (id `<id>.<value>`, kind `reasons`), so it is tallied, suppressed and
 * compared with the previous wave exactly as a proportion is, and every breakdown hides the same
 * groups for every reason (rule 7 of disclosure.ts).
 *
 * The denominator is the respondents who answered the question: "geen van deze redenen" (`none`)
 * and "anders, namelijk" (`other`) count in it and name none of the listed reasons; a respondent
 * who skipped it, or answered "zeg ik liever niet", does not count (as for a proportion).
 *
 * @example reasonsIndicators({ id: 'vertrekredenen', question: 'exit_redenen_weg', choices: [{ value: 'werkdruk', text: 'Te hoge werkdruk' }] })
 * // => one indicator "vertrekredenen.werkdruk": 1 for ["werkdruk", "cultuur"], 0 for ["none"], undefined when skipped
 */
export function reasonsIndicators(d: ReasonsDeclaration): AnswerIndicator[] {
  return d.choices.map((choice) => ({
    ...proportionIndicator({ id: reasonId(d.id, choice.value), title: choice.text, question: d.question, values: [choice.value] }, 'reasons'),
    list: { id: d.id, title: d.title },
  }));
}

/**
 * Each shown `reasons` row with its place among the shown reasons of its list in its group (overall,
 * one group of one breakdown, or one cell of a crossing): highest share first, equal shares the same place. Every other row
 * is returned as it is. Rows are not reordered.
 */
export function rankReasons<R extends IndicatorRow>(rows: readonly R[]): R[] {
  const places = new Map<string, number[]>();
  const keyOf = (r: IndicatorRow) => JSON.stringify([splitReasonId(r.indicator).indicator, r.breakdownSource, r.breakdown, r.group, r.columnBreakdown ?? null, r.columnGroup ?? null]);
  for (const r of rows) {
    if (r.kind !== 'reasons' || !r.shown || r.value === null) continue;
    const key = keyOf(r);
    places.set(key, [...(places.get(key) ?? []), r.value]);
  }
  return rows.map((r) => {
    if (r.kind !== 'reasons' || !r.shown || r.value === null) return r;
    const value = r.value;
    return { ...r, rank: 1 + places.get(keyOf(r))!.filter((v) => v > value).length };
  });
}

/** The id of one reason's figures. */
export const reasonId = (indicator: string, value: string) => `${indicator}${REASON_SEPARATOR}${value}`;

/** The `reasons` indicator and the reason an indicator id of kind `reasons` stands for. */
export function splitReasonId(id: string): { indicator: string; reason: string } {
  const at = id.indexOf(REASON_SEPARATOR);
  return { indicator: id.slice(0, at), reason: id.slice(at + 1) };
}

/** The reasons of a checkbox question: its `choices` (not `none` or `other`), with their Dutch text. */
export function reasonChoices(question: JsonObject): { value: string; text: string | undefined }[] {
  const choices = Array.isArray(question.choices) ? question.choices : [];
  return choices.flatMap((c) => {
    if (typeof c === 'string') return [{ value: c, text: c }];
    if (isPlainObject(c) && (typeof c.value === 'string' || typeof c.value === 'number')) {
      const text = typeof c.text === 'string' ? c.text : isPlainObject(c.text) && typeof c.text.default === 'string' ? c.text.default : String(c.value);
      return [{ value: String(c.value), text }];
    }
    return [];
  });
}
