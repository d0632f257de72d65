import type { AnswerRule } from './answer-rule.ts';
import { describeValues, readChoiceList, type ChoiceValue } from './choice-list.ts';
import type { JsonReader } from './survey-json.ts';

/** Compiles `radiogroup` and `dropdown`: exactly one known choice value, compared strictly ("3" is not 3). */
export function compileSingleChoiceRule(q: JsonReader): AnswerRule {
  const { values } = readChoiceList(q);
  const allowed = new Set<unknown>(values);
  const message = `must be one of: ${describeValues(values)}`;
  return { check: (value) => (allowed.has(value) ? undefined : message) };
}

/**
 * Compiles `checkbox` and `tagbox`: an array of distinct known choice values, an exclusive item
 * (`none`, `refused`, `dontknow`, `isExclusive` choices) alone, within min/maxSelectedChoices.
 */
export function compileMultiChoiceRule(q: JsonReader): AnswerRule {
  const { values, exclusive } = readChoiceList(q);
  const allowed = new Set<unknown>(values);
  const min = Math.max(0, q.number('minSelectedChoices') ?? 0);
  const max = Math.max(0, q.number('maxSelectedChoices') ?? 0);
  if (min > 0 && max > 0 && min > max) q.fail('min-above-max');
  const oneOf = describeValues(values);
  return {
    check(value) {
      if (!Array.isArray(value)) return 'must be a list of choices';
      if (new Set(value).size !== value.length) return 'must not repeat a choice';
      const unknown = value.findIndex((v) => !allowed.has(v));
      if (unknown >= 0) return `contains ${String(JSON.stringify(value[unknown]))}; every choice must be one of: ${oneOf}`;
      const alone = value.findIndex((v: ChoiceValue) => exclusive.has(v));
      if (alone >= 0) return value.length > 1 ? `"${value[alone]}" must be the only choice` : undefined;
      if (max > 0 && value.length > max) return `must have at most ${max} choices`;
      if (min > 0 && value.length < min) return `must have at least ${min} choices`;
      return undefined;
    },
    // SurveyJS asks for minSelectedChoices even when the question is optional and left empty.
    incomplete: (value) => (min > 0 && value === undefined ? `must have at least ${min} choices` : undefined),
  };
}
