import { OTHER_VALUE } from './answer-rule.ts';
import { isPlainObject, type JsonReader } from './survey-json.ts';

/** A choice value as SurveyJS stores it. */
export type ChoiceValue = string | number;

/** The values a choice question accepts, and which of them must be picked alone. */
export interface ChoiceList {
  values: ChoiceValue[];
  exclusive: Set<ChoiceValue>;
}

// Item properties that make a choice's presence depend on answers, or store extra text elsewhere.
const DYNAMIC_ITEM_PROPERTIES = ['visibleIf', 'enableIf', 'showCommentArea'];

/**
 * Reads an ItemValue array (`choices`, `rows`, `columns`, `rateValues`) the way SurveyJS does:
 * `"a"`, `5`, `"a|Text"` (value before the bar) or `{ value, text }`.
 */
export function readItemValues(q: JsonReader, key: string): { value: ChoiceValue; exclusive: boolean }[] {
  return (q.array(key) ?? []).map((item) => {
    if (typeof item === 'number') return { value: item, exclusive: false };
    if (typeof item === 'string') return { value: item.split('|')[0] ?? item, exclusive: false };
    if (isPlainObject(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
      for (const prop of DYNAMIC_ITEM_PROPERTIES) {
        if (item[prop] !== undefined) q.fail('item-property', { prop, key });
      }
      return { value: item.value, exclusive: item.isExclusive === true };
    }
    return q.fail('item-value', { key });
  });
}

// SurveyJS's built-in items that exclude every other pick, with their fixed stored values.
const SPECIAL_ITEMS = [
  ['showNoneItem', 'none'],
  ['showRefuseItem', 'refused'],
  ['showDontKnowItem', 'dontknow'],
] as const;

/** `choices` plus the built-in items the question shows (`other`, `none`, `refused`, `dontknow`). */
export function readChoiceList(q: JsonReader): ChoiceList {
  const list: ChoiceList = { values: [], exclusive: new Set() };
  for (const item of readItemValues(q, 'choices')) {
    list.values.push(item.value);
    if (item.exclusive) list.exclusive.add(item.value);
  }
  if (q.bool('showOtherItem', false)) list.values.push(OTHER_VALUE);
  for (const [flag, value] of SPECIAL_ITEMS) {
    if (q.bool(flag, false)) {
      list.values.push(value);
      list.exclusive.add(value);
    }
  }
  if (list.values.length === 0) q.fail('choices-needed');
  return list;
}

/** "one of: a, b, c" for messages; strings and numbers print as they are. */
export function describeValues(values: readonly ChoiceValue[]): string {
  return values.join(', ');
}
