/** One answer at fault: `field` is the answer key (a question name or `<name>-Comment`), `message` is English. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The outcome of checking one answer set against one survey version.
 * On success `answers` holds only the non-empty answers to questions that are visible given those
 * answers; answers to hidden questions are dropped, not reported. On failure `errors` lists every
 * field at fault in survey order, then unknown keys in alphabetical order.
 */
export type ValidationResult =
  | { ok: true; answers: Record<string, unknown> }
  | { ok: false; errors: FieldError[] };

/** A survey version compiled once; `validate` is then cheap enough to run per submission. */
export interface CompiledSurvey {
  validate(answers: unknown): ValidationResult;
  /** Names of the questions that take an answer, in survey order (html items are left out). */
  questionNames: readonly string[];
}
