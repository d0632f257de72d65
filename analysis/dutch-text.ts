import { isPlainObject } from '../survey-format/validation/survey-json.ts';

/** The Dutch text of a SurveyJS string or localisable object (`default`, or `nl`), if there is one. */
export function dutchText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isPlainObject(value)) {
    const t = value.default ?? value.nl;
    if (typeof t === 'string') return t;
  }
  return undefined;
}
