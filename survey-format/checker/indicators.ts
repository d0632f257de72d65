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
    if (typeof id !== 'string' || !DATA_KEY.test(id)) report(childPath(path, 'id'), 'an indicator needs an id matching ^[a-z][a-z0-9_]*$');
    else if (ids.has(id)) report(childPath(path, 'id'), `indicator id "${id}" is already used at ${ids.get(id)}`);
    else ids.set(id, path);
    checkKind(definition, indicator, path, report);
  });
};

function checkKind(definition: Definition, indicator: JsonObject, path: string, report: Report): void {
  const kind = indicator.kind;
  const own = typeof kind === 'string' ? KINDS[kind] : undefined;
  if (own === undefined) return report(childPath(path, 'kind'), `must be one of: ${Object.keys(KINDS).join(', ')}`);
  for (const key of Object.keys(indicator)) {
    if (!['id', 'kind', 'title', ...own].includes(key)) report(childPath(path, key), `unknown property of a ${kind} indicator (it takes: ${own.join(', ')})`);
  }
  if (kind === 'compliance' && definition.json.kind === 'questionnaire') {
    report(childPath(path, 'kind'), 'compliance is for observation protocols; use proportion in a questionnaire');
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
    return report(childPath(path, 'question'), `a ${String(indicator.kind)} needs a choice or boolean question; "${q.name}" is a ${q.type} question`);
  }
  const values = indicator.values;
  if (!Array.isArray(values) || values.length === 0) return report(childPath(path, 'values'), 'needs a list of the answer values that count');
  const allowed = answerValues(q) ?? [];
  values.forEach((value, i) => {
    if (!allowed.some((a) => a === value)) {
      report(childPath(childPath(path, 'values'), i), `${JSON.stringify(value)} is not an answer of "${q.name}" (its values: ${allowed.join(', ')})`);
    }
  });
}

function checkReasons(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const q = questionAt(outline, indicator.question, childPath(path, 'question'), report);
  if (q === undefined) return;
  if (q.type !== 'checkbox') return report(childPath(path, 'question'), `reasons need a checkbox question (several answers); "${q.name}" is a ${q.type} question`);
  if (itemValues(q.json.choices).length < 2) report(childPath(path, 'question'), `reasons need a question with at least two choices; "${q.name}" has ${itemValues(q.json.choices).length}`);
}

function checkMean(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const q = questionAt(outline, indicator.question, childPath(path, 'question'), report);
  if (q === undefined || q.type === 'rating' || (q.type === 'text' && q.json.inputType === 'number')) return;
  const what = q.type === 'text' || q.type === 'comment' ? `a free-text question (${q.type})` : `a ${q.type} question`;
  report(childPath(path, 'question'), `a mean needs a rating or number question; "${q.name}" is ${what}`);
}

function checkScale(outline: SurveyOutline, indicator: JsonObject, path: string, report: Report): void {
  const listPath = childPath(path, 'questions');
  const names = indicator.questions;
  if (!Array.isArray(names) || names.length < 2) return report(listPath, 'a scale needs a list of at least two rating questions');
  let first: { name: string; scale: string } | undefined;
  names.forEach((name, i) => {
    const q = questionAt(outline, name, childPath(listPath, i), report);
    if (q === undefined) return;
    if (q.type !== 'rating') return report(childPath(listPath, i), `a scale needs rating questions; "${q.name}" is a ${q.type} question`);
    if (names.indexOf(name) !== i) return report(childPath(listPath, i), `"${q.name}" is listed twice`);
    const scale = ratingScale(q.json).join(', ');
    if (first === undefined) first = { name: q.name, scale };
    else if (scale !== first.scale) report(childPath(listPath, i), `"${q.name}" has scale ${scale}, unlike "${first.name}" (${first.scale}); a scale needs items on the same scale`);
  });
  const min = indicator.minAnswered;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1 || min > names.length) {
    report(childPath(path, 'minAnswered'), `needs an integer from 1 to ${names.length} (how many items a respondent must answer)`);
  }
  const reversed = indicator.reversed ?? [];
  if (!Array.isArray(reversed)) return report(childPath(path, 'reversed'), 'must be a list of question names');
  reversed.forEach((name, i) => {
    if (!names.includes(name)) report(childPath(childPath(path, 'reversed'), i), `${JSON.stringify(name)} is not one of this scale's questions`);
  });
}

function questionAt(outline: SurveyOutline, name: unknown, path: string, report: Report): OutlineQuestion | undefined {
  if (typeof name !== 'string') {
    report(path, 'needs a question name');
    return undefined;
  }
  const q = outline.questions.get(name);
  if (q === undefined) report(path, `"${name}" is not a question in this survey`);
  return q;
}
