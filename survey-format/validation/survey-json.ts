import type { CheckerCode, CheckerMessage } from '../checker/checker-messages.ts';
import { UnsupportedSurveyError } from './unsupported-survey-error.ts';

/** A JSON object as parsed from a survey file or a request body. */
export type JsonObject = Record<string, unknown>;

/** True for `{}`-style objects: not null, not an array, not a class instance. */
export function isPlainObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// SurveyJS still reads these older names (its Serializer's `alternativeName`), so survey files may use them.
const ALIASES: Readonly<Record<string, string>> = {
  showCommentArea: 'hasComment',
  showOtherItem: 'hasOther',
  showNoneItem: 'hasNone',
  showSelectAllItem: 'hasSelectAll',
  eachRowRequired: 'isAllRowRequired',
  maxCommentLength: 'maxOthersLength',
  elements: 'questions',
};

/**
 * Typed, alias-aware access to one element of a SurveyJS JSON. Every reader throws
 * `UnsupportedSurveyError` naming the element when a property has the wrong type.
 */
export class JsonReader {
  constructor(
    readonly json: JsonObject,
    readonly element?: string,
    readonly type?: string,
  ) {}

  /** The value under `key` or its SurveyJS alias; undefined when absent. */
  raw(key: string): unknown {
    if (Object.hasOwn(this.json, key)) return this.json[key];
    const alias = ALIASES[key];
    return alias !== undefined && Object.hasOwn(this.json, alias) ? this.json[alias] : undefined;
  }

  has(key: string): boolean {
    return this.raw(key) !== undefined;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.raw(key);
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') this.fail('must-be-boolean', { key });
    return v;
  }

  number(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail('must-be-number', { key });
    return v;
  }

  string(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') this.fail('must-be-string', { key });
    return v;
  }

  array(key: string): unknown[] | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) this.fail('must-be-array', { key });
    return v;
  }

  fail(code: CheckerCode, params?: CheckerMessage['params']): never {
    throw new UnsupportedSurveyError({ code, params }, this.element, this.type);
  }
}
