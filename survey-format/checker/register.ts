import { isPlainObject } from '../validation/survey-json.ts';
import { HALVES, REGISTER_QUESTIONS, REQUIRED_REGISTER_QUESTIONS } from '../register/questions.ts';
import { childPath } from './json-path.ts';
import { choiceValues } from './question-values.ts';
import type { Check, Definition, Report } from './types.ts';

// A register counts procedures: every agreement is a share of records with the answer that counts.
const REGISTER_INDICATORS = new Set(['compliance', 'target']);
const SINGLE_CHOICE = new Set(['dropdown', 'radiogroup']);
// What fits in one cell of an import file (server/procedures/import-csv.ts).
const ONE_CELL = new Set(['text', 'comment', 'radiogroup', 'dropdown', 'boolean']);

/**
 * Checks what only a register (`"kind": "register"`, docs/survey-format.md "Registers") must have:
 * the fixed questions Peil reads (register/questions.ts), each required and of its type, `jaar` a
 * number and `halfjaar` the choices h1 and h2; `schaalgroep` and `werving`, when asked, single
 * choices; only questions whose answer fits one CSV cell; only compliance indicators (and targets); and no special-category breakdown, because a
 * record is about a procedure, never about a person. `unit` belongs to registers only.
 */
export const checkRegister: Check = ({ json, outline }, report) => {
  if (json.kind !== 'register') {
    if (json.unit !== undefined) report('$.unit', 'register-only-unit');
    if (json.agreementTargets !== undefined) report('$.agreementTargets', 'register-only-targets');
    return;
  }
  checkAgreementTargets(json, outline, report);
  for (const { name, types } of REQUIRED_REGISTER_QUESTIONS) {
    const q = outline.questions.get(name);
    if (q === undefined) {
      report('$.survey', 'register-must-ask', { name, types });
      continue;
    }
    if (!types.includes(q.type)) report(q.path, 'register-type', { name, types });
    if (q.json.isRequired !== true) report(q.path, 'register-required', { name });
  }
  for (const q of outline.questions.values()) {
    if (!ONE_CELL.has(q.type)) report(q.path, 'register-one-cell', { type: q.type, use: [...ONE_CELL] });
  }
  const year = outline.questions.get(REGISTER_QUESTIONS.year);
  if (year !== undefined && year.json.inputType !== 'number') report(year.path, 'register-input-number', { name: REGISTER_QUESTIONS.year });
  const half = outline.questions.get(REGISTER_QUESTIONS.half);
  if (half !== undefined && choiceValues(half.json).join(',') !== HALVES.join(',')) {
    report(half.path, 'register-halves', { name: REGISTER_QUESTIONS.half, halves: HALVES });
  }
  for (const name of [REGISTER_QUESTIONS.scale, REGISTER_QUESTIONS.recruitment]) {
    const q = outline.questions.get(name);
    if (q !== undefined && !SINGLE_CHOICE.has(q.type)) report(q.path, 'register-single-choice', { name });
  }
  if (Array.isArray(json.indicators)) {
    json.indicators.forEach((indicator, i) => {
      if (isPlainObject(indicator) && typeof indicator.kind === 'string' && !REGISTER_INDICATORS.has(indicator.kind)) {
        report(childPath(childPath('$.indicators', i), 'kind'), 'register-compliance');
      }
    });
  }
  if (Array.isArray(json.breakdowns)) {
    json.breakdowns.forEach((b, i) => {
      if (isPlainObject(b) && b.special === true) report(childPath(childPath('$.breakdowns', i), 'special'), 'register-no-special');
    });
  }
};

/** Each agreement target names a compliance indicator of the register, and a directorate among its choices (or none: every directorate). */
function checkAgreementTargets(json: Definition['json'], outline: Definition['outline'], report: Report): void {
  if (!Array.isArray(json.agreementTargets)) return;
  const indicators = new Set((Array.isArray(json.indicators) ? json.indicators : []).filter((i) => isPlainObject(i) && i.kind === 'compliance').map((i) => (i as { id?: unknown }).id));
  const directorate = outline.questions.get(REGISTER_QUESTIONS.directorate);
  const directorates = directorate === undefined ? [] : choiceValues(directorate.json).map(String);
  const seen = new Set<string>();
  json.agreementTargets.forEach((t, i) => {
    if (!isPlainObject(t)) return;
    const path = childPath('$.agreementTargets', i);
    if (!indicators.has(t.indicator)) report(childPath(path, 'indicator'), 'register-not-compliance', { indicator: JSON.stringify(t.indicator) });
    if (t.directorate !== undefined && !directorates.includes(String(t.directorate))) report(childPath(path, 'directorate'), 'register-not-choice', { value: JSON.stringify(t.directorate), name: REGISTER_QUESTIONS.directorate });
    const key = JSON.stringify([t.indicator, t.directorate ?? null, t.year]);
    if (seen.has(key)) report(path, 'register-target-twice');
    seen.add(key);
  });
}
