import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDefinitions } from './index.ts';

const bundled = (id: string) => JSON.parse(readFileSync(new URL(`../../surveys/${id}.json`, import.meta.url), 'utf8')) as Record<string, any>;
const problems = (json: unknown, file = 'procedures.json') => checkDefinitions([{ file, json }]).map((p) => `${p.path}: ${p.message}`);
const elements = (json: Record<string, any>) => json.survey.pages[0].elements as Record<string, any>[];

describe('register surveys', () => {
  it('accepts the bundled registers', () => {
    expect(problems(bundled('procedures'))).toEqual([]);
    expect(problems(bundled('onboarding-audit'), 'onboarding-audit.json')).toEqual([]);
  });

  it('wants the fixed questions, required and of their type', () => {
    const json = bundled('procedures');
    const els = elements(json);
    json.survey.pages[0].elements = els.filter((e) => e.name !== 'procedure_ref');
    const jaar = els.find((e) => e.name === 'jaar')!;
    delete jaar.inputType;
    els.find((e) => e.name === 'directie')!.isRequired = false;
    expect(problems(json)).toEqual([
      '$.survey: a register must ask "procedure_ref" (text); Peil reads it, see docs/survey-format.md',
      '$.survey.pages[0].elements[0]: "directie" must be required in a register',
      '$.survey.pages[0].elements[3]: "jaar" must have inputType "number"',
    ]);
  });

  it('refuses a proportion, a special breakdown, and a unit outside a register', () => {
    const json = bundled('procedures');
    json.indicators[0].kind = 'proportion';
    json.breakdowns = [{ question: 'schaalgroep', special: true }];
    const found = problems(json);
    expect(found).toContain('$.indicators[0].kind: a register counts procedures: use compliance (the share of procedures that succeeded)');
    expect(found).toContain('$.breakdowns[0].special: a register is about procedures, never about a person: no special-category breakdowns');
    const exit = bundled('exit');
    exit.unit = 'procedure';
    expect(problems(exit, 'exit.json')).toEqual(['$.unit: only a register (kind "register") has a unit']);
  });

  it('checks agreement targets: a compliance indicator of the register, a directorate among its choices, once per year', () => {
    const json = bundled('procedures');
    const source = { default: 'memo', en: 'memo' };
    json.agreementTargets = [
      { indicator: 'rooney', year: 2026, atLeast: 0.6, source },
      { indicator: 'rooney_rule', directorate: 'marketing', year: 2026, atLeast: 0.6, source },
      { indicator: 'rooney_rule', year: 2026, atLeast: 0.6, source },
      { indicator: 'rooney_rule', year: 2026, atLeast: 0.7, source },
    ];
    expect(problems(json)).toEqual([
      '$.agreementTargets[0].indicator: "rooney" is not a compliance indicator of this register',
      '$.agreementTargets[1].directorate: "marketing" is not a choice of "directie"',
      '$.agreementTargets[3]: a second target for the same agreement, directorate and year',
    ]);
  });
});
