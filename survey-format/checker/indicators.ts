import { DATA_KEY } from '../catalog/definition.ts';
import { isPlainObject, type JsonObject } from '../validation/survey-json.ts';
import { childPath } from './json-path.ts';
import { answerValues, CHOICE_TYPES, itemValues, ratingScale } from './question-values.ts';
import type { OutlineQuestion, SurveyOutline } from './survey-outline.ts';
import { checkTarget } from './targets.ts';
import type { Check, Definition, Report } from './types.ts';

// The properties each kind takes besides id, kind and title (docs/survey-format.md, "Indicators").
const KINDS: Readonly<Record<string, readonly string[]>> = {
  proportion: ['question', 'values'],
  compliance: ['question', 'values'],
  mean: ['question'],
  reasons: ['question'],
  scale: ['questions', 'minAnswered', 'reversed'],
  target: ['indicator', 'group', 'baseline', 'change', 'by', 'source'],
};

/**
 * Checks `indicators`: each has a unique data-key id and a known kind with only its own properties,
 * and refers to questions that exist and fit: proportion and compliance to a choice or boolean
 * question with values among its answers, mean to a rating or number question, reasons to a
 * checkbox question with at least two choices, scale to rating
 * items on one scale; a target to another indicator with a sane baseline and change (targets.ts).
 * Titles are checked by translations.
 */
export const checkIndicators: Check = (definition, report) => {
  const { json } = definition;
  if (!Array.isArray(json.indicators)) return;
  const ids = new Map<string, string>();
  json.indicators.forEach((indicator, i) => {
    const path = childPath('$.indicators', i);
    if (!isPlainObject(indicator)) return;
    const id = indicator.id;
    if (typeof id !== 'string' || !DATA_KEY.test(id)) report(childPath(path, 'id'), 'indicator-id');
    else if (ids.has(id)) report(childPath(path, 'id'), 'indicator-id-used', { id, at: ids.get(id)! });
    else ids.set(id, path);
    checkKind(definition, indicator, path, report);
  });
};

function checkKind(definition: Definition, indicator: JsonObject, path: string, report: Report): void {
  const kind = indicator.kind;
  const own = typeof kind === 'string' ? KINDS[kind] : undefined;
  if (own === undefined) return report(childPath(path, 'kind'), 'one-of', { values: Object.keys(KINDS) });
  for (const key of Object.keys(indicator)) {
    if (!['id', 'kind', 'title', ...own].includes(key)) report(childPath(path, key), 'indicator-unknown-property', { kind: String(kind), takes: own });
  }
  if (kind === 'compliance' && definition.json.kind === 'questionnaire') {
    report(childPath(path, 'kind'), 'compliance-questionnaire');
  }
  if (kind === 'mean') checkMean(definition.outline, indicator, path, report);
  else if (kind === 'target') checkTarget(definition, indicator, path, report);
  else if (kind === 'scale') checkScale(definition.outline, indicator, path, report);
  else if (kind === 'reasons') checkReasons(definition.outline, indicator, path, report);
  else checkProportion(definition.outline, indicator, path, report);
}

function checkProportion(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const q = questionAt(outline, indicator.question, childPath(path, 'question'), report);
  if (q === undefined) return;
  if (!CHOICE_TYPES.has(q.type) && q.type !== 'boolean') {
    return report(childPath(path, 'question'), 'proportion-question', { kind: String(indicator.kind), name: q.name, type: q.type });
  }
  const values = indicator.values;
  if (!Array.isArray(values) || values.length === 0) return report(childPath(path, 'values'), 'values-needed');
  const allowed = answerValues(q) ?? [];
  values.forEach((value, i) => {
    if (!allowed.some((a) => a === value)) {
      report(childPath(childPath(path, 'values'), i), 'not-an-answer', { value: JSON.stringify(value), name: q.name, values: allowed.map(String) });
    }
  });
}

function checkReasons(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const q = questionAt(outline, indicator.question, childPath(path, 'question'), report);
  if (q === undefined) return;
  if (q.type !== 'checkbox') return report(childPath(path, 'question'), 'reasons-checkbox', { name: q.name, type: q.type });
  if (itemValues(q.json.choices).length < 2) report(childPath(path, 'question'), 'reasons-two-choices', { name: q.name, count: itemValues(q.json.choices).length });
}

function checkMean(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const q = questionAt(outline, indicator.question, childPath(path, 'question'), report);
  if (q === undefined || q.type === 'rating' || (q.type === 'text' && q.json.inputType === 'number')) return;
  report(childPath(path, 'question'), q.type === 'text' || q.type === 'comment' ? 'mean-free-text' : 'mean-question', { name: q.name, type: q.type });
}

function checkScale(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const listPath = childPath(path, 'questions');
  const names = indicator.questions;
  if (!Array.isArray(names) || names.length < 2) return report(listPath, 'scale-list');
  let first: { name: string; scale: string } | undefined;
  names.forEach((name, i) => {
    const q = questionAt(outline, name, childPath(listPath, i), report);
    if (q === undefined) return;
    if (q.type !== 'rating') return report(childPath(listPath, i), 'scale-rating', { name: q.name, type: q.type });
    if (names.indexOf(name) !== i) return report(childPath(listPath, i), 'listed-twice', { name: q.name });
    const scale = ratingScale(q.json).join(', ');
    if (first === undefined) first = { name: q.name, scale };
    else if (scale !== first.scale) report(childPath(listPath, i), 'scale-mixed', { name: q.name, scale, first: first.name, firstScale: first.scale });
  });
  const min = indicator.minAnswered;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1 || min > names.length) {
    report(childPath(path, 'minAnswered'), 'min-answered', { max: names.length });
  }
  const reversed = indicator.reversed ?? [];
  if (!Array.isArray(reversed)) return report(childPath(path, 'reversed'), 'reversed-list');
  reversed.forEach((name, i) => {
    if (!names.includes(name)) report(childPath(childPath(path, 'reversed'), i), 'not-in-scale', { name: JSON.stringify(name) });
  });
}

function questionAt(outline: SurveyOutline, name: unknown, path: string, report: Report): OutlineQuestion | undefined {
  if (typeof name !== 'string') {
    report(path, 'question-name-needed');
    return undefined;
  }
  const q = outline.questions.get(name);
  if (q === undefined) report(path, 'not-a-question', { name });
  return q;
}
