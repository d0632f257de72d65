import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { choiceValues, CHOICE_TYPES, itemValues, ratingScale } from './question-values.ts';
import type { SurveyOutline } from './survey-outline.ts';

const ZValues = z.array(z.union([z.string(), z.number()]));

/** What about a question must stay put for answers to stay comparable across versions. */
export const ZQuestionPrint = z.strictObject({
  type: z.string(),
  inputType: z.string().optional(),
  choices: ZValues.optional(),
  scale: z.array(z.number()).optional(),
  rows: ZValues.optional(),
  columns: ZValues.optional(),
});
export type TQuestionPrint = z.infer<typeof ZQuestionPrint>;

/**
 * The structure of a survey's answers, by question name: type, `inputType` of text questions,
 * choice values (built-in items included), rating points, matrix rows and columns. Wording is left
 * out on purpose: it may change in a minor version.
 */
export function fingerprint(outline: SurveyOutline): Record<string, TQuestionPrint> {
  const prints: Record<string, TQuestionPrint> = {};
  for (const q of outline.questions.values()) {
    const print: TQuestionPrint = { type: q.type };
    if (q.type === 'text') print.inputType = typeof q.json.inputType === 'string' ? q.json.inputType : 'text';
    if (CHOICE_TYPES.has(q.type)) print.choices = choiceValues(q.json);
    if (q.type === 'rating') print.scale = ratingScale(q.json);
    if (q.type === 'matrix') {
      print.rows = itemValues(q.json.rows);
      print.columns = itemValues(q.json.columns);
    }
    prints[q.name] = print;
  }
  return prints;
}

/** SHA-256 (hex) of the whole definition in canonical JSON (RFC 8785): layout and key order do not count. */
export function contentHash(json: unknown): string {
  return createHash('sha256').update(canonicalize(json) ?? '').digest('hex');
}
