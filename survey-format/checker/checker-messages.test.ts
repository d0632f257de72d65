import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKER_MESSAGES, checkerText, templateParams, type CheckerCode } from './checker-messages.ts';

// Every code the checker can report, from the table its Report is typed by.
const codes = Object.keys(CHECKER_MESSAGES) as CheckerCode[];
// The survey format's sources, where the checks and the answer validator report codes.
const surveyFormat = fileURLToPath(new URL('../', import.meta.url));

/** The sources under `dir` (not tests, not the table itself), where codes are reported. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'checker-messages.ts' ? [readFileSync(path, 'utf8')] : [];
  });
}

describe("the survey checker's messages", () => {
  it.each(['nl', 'en'] as const)('give every code a text in %s', (language) => {
    const missing = codes.filter((code) => (CHECKER_MESSAGES[code][language] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });

  it('name the same parameters in Dutch and English, and word each code differently in the two', () => {
    const mismatched = codes.filter((code) => templateParams(CHECKER_MESSAGES[code].nl).join() !== templateParams(CHECKER_MESSAGES[code].en).join());
    expect(mismatched).toEqual([]);
    expect(codes.filter((code) => CHECKER_MESSAGES[code].nl === CHECKER_MESSAGES[code].en)).toEqual([]);
  });

  it('have no code that no check reports (a renamed or removed message leaves no stale text)', () => {
    const text = sources(surveyFormat).join('\n');
    expect(codes.filter((code) => !text.includes(`'${code}'`))).toEqual([]);
  });

  it('fill in values, lists joined in the language, and a message inside a message', () => {
    expect(checkerText({ code: 'register-type', params: { name: 'jaar', types: ['text', 'dropdown'] } }, 'nl')).toBe('"jaar" moet in een register een vraag van type text of dropdown zijn');
    expect(checkerText({ code: 'register-type', params: { name: 'jaar', types: ['text', 'dropdown'] } }, 'en')).toBe('"jaar" must be a text or dropdown question in a register');
    const change = { code: 'question-gone', params: { question: 'leeftijd' } } as const;
    expect(checkerText({ code: 'breaks-comparability', params: { change, latest: '1.2.0', next: '2.0.0' } }, 'nl')).toBe(
      'vraag "leeftijd" is weg (verwijderd of hernoemd); dat breekt de vergelijkbaarheid met gepubliceerde versie 1.2.0: verhoog de major-versie (2.0.0)',
    );
    expect(checkerText({ code: 'expression-unknown-variable', params: { expression: '{x} = 1', variable: 'x' } }, 'en')).toBe(
      '"{x} = 1" refers to {x}, which is not a question in this survey',
    );
  });

  it('keep what SurveyJS says as it comes, behind a lead-in in each language', () => {
    const message = { code: 'surveyjs-says', params: { detail: "The property 'choices' should be an array in 'radiogroup'." } } as const;
    expect(checkerText(message, 'nl')).toBe("SurveyJS meldt: The property 'choices' should be an array in 'radiogroup'.");
    expect(checkerText(message, 'en')).toBe("SurveyJS says: The property 'choices' should be an array in 'radiogroup'.");
  });
});
