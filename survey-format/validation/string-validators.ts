import { isPlainObject, JsonReader } from './survey-json.ts';

/** A compiled check on a non-empty answer: why it fails, or undefined. */
export type ValueCheck = (value: unknown) => string | undefined;

/** What a text question stores: a string, a number (`inputType: number`) or a date string. */
export type ValueKind = 'string' | 'number' | 'date';

// Decimal numbers as people type them, with a dot or a Dutch decimal comma. SurveyJS's
// Helpers.isNumber also takes "1e2" and "0x10"; the server does not.
const NUMERIC_TEXT = /^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*$/;

/** The number in a typed numeric string, or undefined when it is not one. */
export function parseNumericText(value: string): number | undefined {
  return NUMERIC_TEXT.test(value) ? Number(value.trim().replace(',', '.')) : undefined;
}

/**
 * Compiles a question's SurveyJS `validators` (types `numeric`, `text`, `regex`) into checks.
 * Throws `UnsupportedSurveyError` for other validator types or ones that make no sense for `kind`.
 */
export function compileValidators(q: JsonReader, kind: ValueKind): ValueCheck[] {
  return (q.array('validators') ?? []).map((raw, i) => {
    if (!isPlainObject(raw)) q.fail('validator-object', { n: i + 1 });
    const v = new JsonReader(raw, q.element, q.type);
    const type = v.string('type');
    if (type === 'numeric' && kind !== 'date') return numericCheck(v, kind);
    if (type === 'text' && kind !== 'number') return textCheck(v);
    if (type === 'regex' && kind !== 'number') return regexCheck(v);
    return q.fail('validator-kind', { type: String(type), kind });
  });
}

function numericCheck(v: JsonReader, kind: ValueKind): ValueCheck {
  const min = v.number('minValue');
  const max = v.number('maxValue');
  return (value) => {
    const n = kind === 'number' ? (value as number) : typeof value === 'string' ? parseNumericText(value) : undefined;
    if (n === undefined) return 'must be a number';
    if (min !== undefined && n < min) return `must be at least ${min}`;
    if (max !== undefined && n > max) return `must be at most ${max}`;
    return undefined;
  };
}

function textCheck(v: JsonReader): ValueCheck {
  const min = v.number('minLength') ?? 0;
  const max = v.number('maxLength') ?? 0;
  const allowDigits = v.bool('allowDigits', true);
  return (value) => {
    const s = value as string;
    if (!allowDigits && /\d/.test(s)) return 'must not contain digits';
    if (min > 0 && s.length < min) return `must be at least ${min} characters`;
    if (max > 0 && s.length > max) return `must be at most ${max} characters`;
    return undefined;
  };
}

function regexCheck(v: JsonReader): ValueCheck {
  const source = v.string('regex');
  if (source === undefined) v.fail('regex-needed');
  let re: RegExp;
  try {
    re = new RegExp(source, v.bool('caseInsensitive', false) ? 'i' : '');
  } catch {
    return v.fail('regex-compile', { source });
  }
  return (value) => (re.test(value as string) ? undefined : `must match /${source}/`);
}
