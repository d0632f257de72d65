import { z } from 'zod';
import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { fieldProblem, Problem, type FieldProblem } from '../errors.ts';
import type { WaveDefinition } from '../../survey-format/wave.ts';
import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';

/** A vacancy number or procedure reference: letters, digits and a few separators, never a sentence or a name. */
const REFERENCE = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]{0,39}$/u;

/** What a researcher asks for: one target, observed by one guest, or by a pair of guests when `paired`. */
export const ZTarget = z.strictObject({
  reference: z.string().trim().regex(REFERENCE, 'reference-format'),
  directorate: z.string().trim().min(1, 'required').max(60),
  kind: z.string().trim().min(1, 'required').max(60),
  paired: z.boolean({ error: 'true-or-false' }).default(false),
});
export type TTarget = z.output<typeof ZTarget>;

/** Most targets handed out at once (a half-year of mystery guests is a few dozen); 100 fit the admin API's 16 KiB body limit. */
export const MAX_TARGETS = 100;
export const ZTargets = z.array(ZTarget).min(1).max(MAX_TARGETS);

/** A choice of a question: its value and its text in Dutch (`default`) and English. */
export interface ChoiceOption {
  value: string;
  text: { default: string; en: string };
}

/** The choices of a question of a wave's definition, or undefined when it has no such question. */
export function choiceOptions(definition: WaveDefinition, name: string): ChoiceOption[] | undefined {
  const question = outlineSurvey(definition.survey).questions.get(name);
  if (!question || !Array.isArray(question.json.choices)) return undefined;
  return question.json.choices.map((c) => {
    if (c === null || typeof c !== 'object' || Array.isArray(c)) return { value: String(c), text: { default: String(c), en: String(c) } };
    const value = String(c.value);
    const t = c.text;
    if (typeof t === 'string') return { value, text: { default: t, en: t } };
    const text = t !== null && typeof t === 'object' && !Array.isArray(t) ? t : {};
    const nl = typeof text.default === 'string' ? text.default : value;
    return { value, text: { default: nl, en: typeof text.en === 'string' ? text.en : nl } };
  });
}

/** The choice values of a question of a wave's definition, or undefined when it has no such question. */
export function choiceValues(definition: WaveDefinition, name: string): string[] | undefined {
  return choiceOptions(definition, name)?.map((c) => c.value);
}

/**
 * Checks targets against the wave's definition: directorate and kind must be choices of its
 * questions, and an unpaired reference may be handed out once per wave (its observations are
 * counted by reference). Throws one 422 Problem naming every field at fault.
 */
export function checkTargets(definition: WaveDefinition, targets: TTarget[], takenUnpaired: string[]): void {
  const directorates = choiceValues(definition, OBSERVATION_QUESTIONS.directorate);
  const kinds = choiceValues(definition, OBSERVATION_QUESTIONS.kind);
  if (!directorates || !kinds) {
    throw new Problem(409, 'not-assignable', 'This survey has no directorate and kind-of-assignment questions to fill in.', [
      fieldProblem('id', 'assignment-questions', { directorate: OBSERVATION_QUESTIONS.directorate, kind: OBSERVATION_QUESTIONS.kind }),
    ]);
  }
  const fields: FieldProblem[] = [];
  const unpaired = new Set(takenUnpaired.map((r) => r.toUpperCase()));
  targets.forEach((t, i) => {
    if (!directorates.includes(t.directorate)) fields.push(fieldProblem(`targets.${i}.directorate`, 'one-of', { values: directorates.join(', ') }));
    if (!kinds.includes(t.kind)) fields.push(fieldProblem(`targets.${i}.kind`, 'one-of', { values: kinds.join(', ') }));
    if (t.paired) return;
    const ref = t.reference.toUpperCase();
    if (unpaired.has(ref)) fields.push(fieldProblem(`targets.${i}.reference`, 'unpaired-exists'));
    unpaired.add(ref);
  });
  if (fields.length > 0) {
    throw new Problem(422, 'invalid-targets', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  }
}
