import type { AnswerRule } from './answer-rule.ts';
import { isCalendarDate } from './calendar-date.ts';
import { compileValidators, type ValueCheck } from './string-validators.ts';
import type { JsonReader } from './survey-json.ts';

/** Length limits that apply when a question sets no `maxLength` (the survey's own, or Peil's defaults). */
export interface TextLimits {
  maxTextLength: number;
  maxCommentLength: number;
}

/** Peil's defaults: SurveyJS sets no limit at all, which would let one answer fill the database. */
export const DEFAULT_LIMITS: TextLimits = { maxTextLength: 500, maxCommentLength: 2000 };

/** Compiles a `text` question: a string (`inputType` text), a finite number (`number`) or a date (`date`). */
export function compileTextRule(q: JsonReader, limits: TextLimits): AnswerRule {
  const inputType = q.string('inputType') ?? 'text';
  if (inputType === 'text') return stringRule(q, maxLengthOf(q, limits.maxTextLength));
  if (inputType === 'number') return numberRule(q);
  if (inputType === 'date') return dateRule(q);
  return q.fail('input-type', { inputType: String(inputType) });
}

/** Compiles a `comment` question: a string within `maxLength` (default 2000). */
export function compileCommentRule(q: JsonReader, limits: TextLimits): AnswerRule {
  return stringRule(q, maxLengthOf(q, limits.maxCommentLength));
}

function maxLengthOf(q: JsonReader, fallback: number): number {
  const own = q.number('maxLength');
  // SurveyJS reads 0 and -1 as "use the survey's limit".
  return own !== undefined && own > 0 ? own : fallback;
}

function stringRule(q: JsonReader, maxLength: number): AnswerRule {
  const validators = compileValidators(q, 'string');
  return {
    check(value) {
      if (typeof value !== 'string') return 'must be text';
      if (value.length > maxLength) return `must be at most ${maxLength} characters`;
      return firstFailure(validators, value);
    },
  };
}

function numberRule(q: JsonReader): AnswerRule {
  const min = numericLimit(q, 'min');
  const max = numericLimit(q, 'max');
  const validators = compileValidators(q, 'number');
  return {
    check(value) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (min !== undefined && value < min) return `must be at least ${min}`;
      if (max !== undefined && value > max) return `must be at most ${max}`;
      return firstFailure(validators, value);
    },
  };
}

function dateRule(q: JsonReader): AnswerRule {
  const min = dateLimit(q, 'min');
  const max = dateLimit(q, 'max');
  const validators = compileValidators(q, 'date');
  return {
    check(value) {
      if (typeof value !== 'string' || !isCalendarDate(value)) return 'must be a date written YYYY-MM-DD';
      // Zero-padded ISO dates sort like the dates they name.
      if (min !== undefined && value < min) return `must be on or after ${min}`;
      if (max !== undefined && value > max) return `must be on or before ${max}`;
      return firstFailure(validators, value);
    },
  };
}

function numericLimit(q: JsonReader, key: string): number | undefined {
  const v = q.raw(key);
  if (v === undefined || v === '') return undefined;
  // SurveyJS keeps min/max as strings, so survey files carry both 5 and "5".
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n)) q.fail('must-be-number', { key });
  return n;
}

function dateLimit(q: JsonReader, key: string): string | undefined {
  const v = q.string(key);
  if (v === undefined || v === '') return undefined;
  if (!isCalendarDate(v)) q.fail('must-be-date', { key });
  return v;
}

function firstFailure(checks: readonly ValueCheck[], value: unknown): string | undefined {
  for (const check of checks) {
    const message = check(value);
    if (message !== undefined) return message;
  }
  return undefined;
}
