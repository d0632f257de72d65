import { describe, expect, it } from 'vitest';
import { FIELD_MESSAGES, PROBLEM_TYPES, type FieldCode, type ProblemType } from './problem-catalog.ts';
import { fieldText, problemTexts, problemTitle } from './problem-text.ts';

// Every code the server can send, from the catalogue the server's Problem and fieldProblem are typed by.
const types = Object.keys(PROBLEM_TYPES) as ProblemType[];
const codes = Object.keys(FIELD_MESSAGES) as FieldCode[];
// Any parameter a message asks for: a word, so that a missing one would show as "undefined".
const params = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `«${key}»` : undefined), has: () => true }) as Record<string, string>;

describe('the texts of the server refusals', () => {
  it.each(['nl', 'en'] as const)('give every problem type a title in %s', (locale) => {
    const missing = types.filter((type) => !(problemTitle(`urn:peil:problem:${type}`, locale) ?? '').trim());
    expect(missing).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('give every field message code a text in %s, with its parameters filled in', (locale) => {
    const texts = problemTexts(locale).fields;
    const missing = codes.filter((code) => typeof texts[code] !== 'function' || !texts[code](params).trim() || texts[code](params).includes('undefined'));
    expect(missing).toEqual([]);
  });

  it('have no text for a code the server does not know (a renamed code leaves no stale text)', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(Object.keys(problemTexts(locale).fields).sort()).toEqual([...codes].sort());
      expect(types.every((t) => Object.hasOwn(problemTexts(locale).types, t))).toBe(true);
    }
  });

  it('say a wrong login in words, not the server\'s English after a field name', () => {
    const field = { field: 'username', code: 'login-wrong', message: FIELD_MESSAGES['login-wrong']() };
    expect(fieldText(field, 'nl')).toBe('gebruikersnaam of wachtwoord klopt niet');
    expect(fieldText(field, 'en')).toBe('the username or password is wrong');
    expect(fieldText({ code: 'closes-needed', message: 'x' }, 'nl')).toBe('is verplicht als de periode geen halfjaar is');
  });
});
