import { ratingScale } from '../../survey-format/checker/question-values.ts';
import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { isPlainObject, type JsonObject } from '../../survey-format/validation/survey-json.ts';
import { attributeLabels } from '../../survey-format/organisation/organisation.ts';

export type Lang = 'nl' | 'en';
/** A text in both languages: Dutch from SurveyJS's `default`, English from `en`. */
export interface Texts {
  nl: string;
  en: string;
}
export interface ValueLabel {
  /** The code as the CSV writes it. */
  code: string | number;
  label: Texts;
}

/**
 * One column of the export. `kind` says how an answer becomes a cell:
 * - choice: the choice value (radiogroup, dropdown), a matrix row's column value;
 * - multi: 1 when the choice was picked, 0 when the question was answered without it;
 * - rating, number: the number; boolean: 1 / 0;
 * - text: open text, scrubbed; attribute: a batch attribute.
 */
export interface Column {
  name: string;
  question: string | null;
  kind: 'choice' | 'multi' | 'rating' | 'number' | 'boolean' | 'text' | 'attribute';
  /** For multi: the choice value; for a matrix row: the row value. */
  item?: string | number;
  /** For text: read `<question>-Comment` instead of the answer. */
  comment?: boolean;
  title: Texts;
  type: 'numeric' | 'string';
  values: ValueLabel[];
  /** Batch attributes and declared breakdowns: coarsened to k. */
  background: boolean;
  special: boolean;
  /** Characters of open text the survey allows. */
  maxLength?: number;
}

/** Code of background values (rare ones, or unknown) merged by coarsening. */
export const MERGED = '_overig';
export const MERGED_LABEL: Texts = { nl: 'Overig of onbekend (samengevoegd)', en: 'Other or unknown (merged)' };
const MULTI_LABELS: ValueLabel[] = [
  { code: 0, label: { nl: 'Niet gekozen', en: 'Not selected' } },
  { code: 1, label: { nl: 'Gekozen', en: 'Selected' } },
];
const BUILT_IN: [string, string, Texts][] = [
  ['showOtherItem', 'otherText', { nl: 'Anders', en: 'Other' }],
  ['showNoneItem', 'noneText', { nl: 'Geen', en: 'None' }],
  ['showRefuseItem', 'refuseText', { nl: 'Weigert te antwoorden', en: 'Refuse to answer' }],
  ['showDontKnowItem', 'dontKnowText', { nl: 'Weet niet', en: "Don't know" }],
];
const BUILT_IN_VALUES: Record<string, string> = { showOtherItem: 'other', showNoneItem: 'none', showRefuseItem: 'refused', showDontKnowItem: 'dontknow' };
const ALIASES: Record<string, string> = { showOtherItem: 'hasOther', showNoneItem: 'hasNone' };

export function texts(value: unknown, fallback = ''): Texts {
  if (typeof value === 'string') return { nl: value, en: value };
  if (isPlainObject(value)) {
    const nl = typeof value.default === 'string' ? value.default : fallback;
    return { nl, en: typeof value.en === 'string' ? value.en : nl };
  }
  return { nl: fallback, en: fallback };
}

const join = (a: Texts, b: Texts): Texts => ({ nl: `${a.nl}: ${b.nl}`, en: `${a.en}: ${b.en}` });

/** An ItemValue array (`choices`, `rows`, `columns`, `rateValues`) as codes with their texts. */
function items(list: unknown): ValueLabel[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): ValueLabel[] => {
    if (typeof item === 'number') return [{ code: item, label: texts(String(item)) }];
    if (typeof item === 'string') {
      const [code, text] = item.split('|');
      return [{ code: code ?? item, label: texts(text ?? code ?? item) }];
    }
    if (isPlainObject(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
      return [{ code: item.value, label: texts(item.text, String(item.value)) }];
    }
    return [];
  });
}

function choices(q: JsonObject): ValueLabel[] {
  const values = items(q.choices);
  for (const [flag, textKey, fallback] of BUILT_IN) {
    const alias = ALIASES[flag];
    if (q[flag] === true || (alias !== undefined && q[alias] === true)) {
      const t = q[textKey] === undefined ? fallback : texts(q[textKey], fallback.nl);
      values.push({ code: BUILT_IN_VALUES[flag]!, label: t });
    }
  }
  return values;
}

function ratingLabels(q: JsonObject): ValueLabel[] {
  const listed = items(q.rateValues);
  if (listed.length > 0 && q.autoGenerate !== true) return listed;
  const points = ratingScale(q);
  const min = q.minRateDescription === undefined ? undefined : texts(q.minRateDescription);
  const max = q.maxRateDescription === undefined ? undefined : texts(q.maxRateDescription);
  return points.map((p, i) => ({ code: p, label: (i === 0 ? min : i === points.length - 1 ? max : undefined) ?? texts(String(p)) }));
}

const hasComment = (q: JsonObject) => q.showOtherItem === true || q.hasOther === true || q.showCommentArea === true || q.hasComment === true;

/** The breakdowns a definition declares: question name and whether it is special-category data. */
export function declaredBreakdowns(definition: JsonObject): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const b of Array.isArray(definition.breakdowns) ? definition.breakdowns : []) {
    if (typeof b === 'string') out.set(b, false);
    else if (isPlainObject(b) && typeof b.question === 'string') out.set(b.question, b.special === true);
  }
  return out;
}

/** A batch attribute as a variable name SPSS and R accept: `batch_` and letters, digits, underscores. */
export const attributeColumnName = (attribute: string) => `batch_${attribute.replace(/[^A-Za-z0-9_]/g, '_')}`;

/**
 * The columns of a wave's export from its fielded definition, in document order, then one column per
 * batch attribute (`batch_<name>`, with the values seen in the wave).
 */
export function exportColumns(definition: JsonObject, attributes: Map<string, Set<string>>): Column[] {
  const survey = isPlainObject(definition.survey) ? definition.survey : undefined;
  const breakdowns = declaredBreakdowns(definition);
  const columns: Column[] = [];
  for (const { name, type, json: q } of outlineSurvey(survey).questions.values()) {
    const title = texts(q.title, name);
    const background = breakdowns.has(name);
    const base = { question: name, title, background, special: breakdowns.get(name) ?? false };
    switch (type) {
      case 'radiogroup':
      case 'dropdown': {
        const values = choices(q);
        columns.push({ ...base, name, kind: 'choice', type: background || values.some((v) => typeof v.code === 'string') ? 'string' : 'numeric', values });
        break;
      }
      case 'checkbox':
      case 'tagbox':
        for (const choice of choices(q)) {
          columns.push({ ...base, background: false, special: false, name: `${name}__${choice.code}`, kind: 'multi', item: choice.code, title: join(title, choice.label), type: 'numeric', values: MULTI_LABELS });
        }
        break;
      case 'rating':
        columns.push({ ...base, name, kind: 'rating', type: 'numeric', values: ratingLabels(q) });
        break;
      case 'boolean':
        columns.push({
          ...base,
          name,
          kind: 'boolean',
          type: 'numeric',
          values: [
            { code: 1, label: q.labelTrue === undefined ? { nl: 'Ja', en: 'Yes' } : texts(q.labelTrue) },
            { code: 0, label: q.labelFalse === undefined ? { nl: 'Nee', en: 'No' } : texts(q.labelFalse) },
          ],
        });
        break;
      case 'matrix': {
        const cols = items(q.columns);
        for (const row of items(q.rows)) {
          columns.push({ ...base, background: false, special: false, name: `${name}__${row.code}`, kind: 'choice', item: row.code, title: join(title, row.label), type: cols.some((v) => typeof v.code === 'string') ? 'string' : 'numeric', values: cols });
        }
        break;
      }
      case 'text':
        if (q.inputType === 'number') columns.push({ ...base, name, kind: 'number', type: 'numeric', values: [] });
        else columns.push({ ...base, name, kind: 'text', type: 'string', values: [], maxLength: typeof q.maxLength === 'number' ? q.maxLength : 500 });
        break;
      case 'comment':
        columns.push({ ...base, name, kind: 'text', type: 'string', values: [], maxLength: typeof q.maxLength === 'number' ? q.maxLength : 2000 });
        break;
      default:
        continue;
    }
    if (hasComment(q)) {
      columns.push({ ...base, background: false, special: false, name: `${name}__comment`, kind: 'text', comment: true, title: join(title, { nl: 'toelichting', en: 'comment' }), type: 'string', values: [], maxLength: 2000 });
    }
  }
  for (const [attribute, seen] of [...attributes].sort(([a], [b]) => a.localeCompare(b))) {
    columns.push({
      name: attributeColumnName(attribute),
      question: null,
      kind: 'attribute',
      item: attribute,
      title: { nl: `Kenmerk van de uitnodigingsbatch: ${attribute}`, en: `Invitation batch attribute: ${attribute}` },
      type: 'string',
      // A directorate or scale band is labelled from the organisation list; other attributes by their value.
      values: [...seen].sort().map((v) => ({ code: v, label: { nl: attributeLabels(attribute, 'nl')[v] ?? v, en: attributeLabels(attribute, 'en')[v] ?? v } })),
      background: true,
      special: false,
    });
  }
  for (const c of columns) if (c.background) c.values.push({ code: MERGED, label: MERGED_LABEL });
  return columns;
}

/** One cell of a column from one respondent's answers and batch attributes: a code, or '' when missing. */
export function cell(column: Column, answers: JsonObject, attributes: JsonObject): string | number {
  if (column.kind === 'attribute') {
    const v = attributes[String(column.item)];
    return typeof v === 'string' ? v : '';
  }
  const answer = answers[column.comment ? `${column.question}-Comment` : column.question!];
  if (answer === undefined || answer === null) return '';
  switch (column.kind) {
    case 'multi':
      return Array.isArray(answer) ? (answer.includes(column.item) ? 1 : 0) : '';
    case 'boolean':
      return answer === true ? 1 : answer === false ? 0 : '';
    case 'choice': {
      const v = column.item !== undefined ? (isPlainObject(answer) ? answer[String(column.item)] : undefined) : answer;
      return typeof v === 'string' || typeof v === 'number' ? v : '';
    }
    case 'rating':
    case 'number':
      return typeof answer === 'number' ? answer : '';
    case 'text':
      return typeof answer === 'string' ? answer : '';
  }
}
