import { isPlainObject } from './survey-json.ts';

/** The compiled checks for one question's answer, made once per survey version. */
export interface AnswerRule {
  /** Why a non-empty answer does not fit the question, or undefined when it fits. */
  check(value: unknown): string | undefined;
  /**
   * Why the answer is not complete enough beyond `isRequired` (SurveyJS's `minSelectedChoices`,
   * `eachRowRequired`), or undefined. Only asked for visible, enabled questions; `value` is
   * undefined when the question was left empty.
   */
  incomplete?(value: unknown): string | undefined;
  /** Whether `<name>-Comment` is allowed: always (`showCommentArea`) or with 'other' (`showOtherItem`). */
  comment?: CommentRule;
}

/** How a question's `<name>-Comment` answer is allowed and limited. */
export interface CommentRule {
  mode: 'area' | 'other';
  maxLength: number;
}

/** The value SurveyJS stores for the 'other' item; its text goes under `<name>-Comment`. */
export const OTHER_VALUE = 'other';

/**
 * No answer: absent, null, a blank string (SurveyJS's required check trims too), an empty array
 * or a plain object without keys. `0` and `false` are answers.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

/** Why a `<name>-Comment` answer does not fit, given the question's (possibly empty) answer. */
export function checkComment(rule: CommentRule, value: unknown, comment: unknown): string | undefined {
  const hasComment = !isEmptyAnswer(comment);
  if (rule.mode === 'other') {
    const chosen = value === OTHER_VALUE || (Array.isArray(value) && value.includes(OTHER_VALUE));
    if (chosen && !hasComment) return "is required when 'other' is chosen";
    if (!chosen && hasComment) return "is only allowed when 'other' is chosen";
  }
  if (!hasComment) return undefined;
  if (typeof comment !== 'string') return 'must be text';
  if (comment.length > rule.maxLength) return `must be at most ${rule.maxLength} characters`;
  return undefined;
}
