import { checkComment, isEmptyAnswer, type AnswerRule } from './answer-rule.ts';
import type { Condition } from './condition.ts';
import { isPlainObject } from './survey-json.ts';
import type { CompiledSurvey, FieldError, ValidationResult } from './types.ts';
import type { Visibility } from './visibility.ts';

/** One compiled question: its answer checks and whether it must be answered (given the visible answers). */
export interface CompiledQuestion {
  name: string;
  rule: AnswerRule;
  /** `requiredIf` when given (SurveyJS lets it override `isRequired`), else `isRequired`. */
  required: boolean | Condition;
}

/** Runs a compiled survey's checks against one answer set; built by `compileSurvey`. */
export class SurveyValidator implements CompiledSurvey {
  readonly questionNames: readonly string[];
  private readonly byName = new Map<string, number>();
  private readonly byCommentKey = new Map<string, number>();
  private readonly commentKeys: readonly string[];

  constructor(
    private readonly questions: readonly CompiledQuestion[],
    private readonly visibility: Visibility,
  ) {
    this.questionNames = Object.freeze(questions.map((q) => q.name));
    this.commentKeys = questions.map((q) => `${q.name}-Comment`);
    questions.forEach((q, i) => {
      this.byName.set(q.name, i);
      if (q.rule.comment !== undefined) this.byCommentKey.set(this.commentKeys[i] as string, i);
    });
  }

  validate(input: unknown): ValidationResult {
    if (!isPlainObject(input)) return { ok: false, errors: [{ field: 'answers', message: 'must be a JSON object' }] };
    const { answers, comments, unknownKeys } = this.collect(input);
    const n = this.questions.length;
    const checked = this.check(answers);
    const { visible, values } = this.resolve(answers, comments, checked);
    const errors: FieldError[] = [];
    const cleaned: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      if (!visible[i]) continue;
      const q = this.questions[i] as CompiledQuestion;
      const value = answers[i];
      const message = checked[i] ?? this.missing(i, q, value, values);
      if (message !== undefined) errors.push({ field: q.name, message });
      else if (value !== undefined) cleaned[q.name] = value;
      if (q.rule.comment === undefined) continue;
      const key = this.commentKeys[i] as string;
      const commentMessage = checkComment(q.rule.comment, value, comments[i]);
      if (commentMessage !== undefined) errors.push({ field: key, message: commentMessage });
      else if (comments[i] !== undefined) cleaned[key] = comments[i];
    }
    for (const key of unknownKeys.sort()) errors.push({ field: key, message: 'is not a question in this survey' });
    return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: cleaned };
  }

  /**
   * Names of the questions shown for these answers, in survey order, after answers to hidden
   * questions were dropped (the visibility `validate` uses). Tells "not asked" from "not answered".
   */
  visibleQuestions(input: Record<string, unknown>): string[] {
    const { answers, comments } = this.collect(input);
    const checked = this.check(answers);
    const { visible } = this.resolve(answers, comments, checked);
    return this.questionNames.filter((_, i) => visible[i]);
  }

  /** Why each given answer does not fit its question (undefined: fits, or not given). */
  private check(answers: readonly unknown[]): (string | undefined)[] {
    return answers.map((value, i) => (value === undefined ? undefined : (this.questions[i] as CompiledQuestion).rule.check(value)));
  }

  /**
   * Visibility, with conditions reading only answers that passed their question's check and
   * comments that are text: SurveyJS's expressions are never handed an unvalidated value (an
   * object with a `toString` key where a choice is expected made them throw). An answer that
   * does not fit counts as not given for every condition, and is reported if its question is shown.
   */
  private resolve(answers: readonly unknown[], comments: readonly unknown[], checked: readonly (string | undefined)[]) {
    const fitting = answers.map((value, i) => (checked[i] === undefined ? value : undefined));
    const texts = comments.map((comment) => (typeof comment === 'string' ? comment : undefined));
    return this.visibility.resolve(fitting, texts);
  }

  /** Sorts the keys of an answer object into answers and comments per question (blank ones as undefined) and unknown keys. */
  private collect(input: Record<string, unknown>): { answers: unknown[]; comments: unknown[]; unknownKeys: string[] } {
    const n = this.questions.length;
    const answers: unknown[] = new Array(n).fill(undefined);
    const comments: unknown[] = new Array(n).fill(undefined);
    const unknownKeys: string[] = [];
    for (const key of Object.keys(input)) {
      const value = isEmptyAnswer(input[key]) ? undefined : input[key];
      const q = this.byName.get(key);
      const c = q === undefined ? this.byCommentKey.get(key) : undefined;
      if (q !== undefined) answers[q] = value;
      else if (c !== undefined) comments[c] = value;
      else unknownKeys.push(key);
    }
    return { answers, comments, unknownKeys };
  }

  /** Why a visible question's answer is not complete enough; read-only or disabled questions need nothing, as in SurveyJS. */
  private missing(i: number, q: CompiledQuestion, value: unknown, values: Record<string, unknown>): string | undefined {
    const mustAnswer = value === undefined && (typeof q.required === 'boolean' ? q.required : q.required.run(values));
    if (!mustAnswer && q.rule.incomplete === undefined) return undefined;
    if (!this.visibility.isEnabled(i, values)) return undefined;
    return mustAnswer ? 'is required' : q.rule.incomplete?.(value);
  }
}
