import type { z } from 'zod';
import { fieldProblem, type FieldProblem } from './errors.ts';
import { FIELD_MESSAGES, type FieldCode } from './problem-catalog.ts';

const isCode = (message: string): message is FieldCode => Object.hasOwn(FIELD_MESSAGES, message);

/**
 * One zod issue as a field problem with a stable code. A schema names its own message by giving a
 * field code as the message (`.regex(re, 'username-format')`); otherwise the issue's kind decides.
 */
export function zodIssueProblem(field: string, issue: z.core.$ZodIssue): FieldProblem {
  if (isCode(issue.message)) return fieldProblem(field, issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return fieldProblem(field, 'required');
      return issue.expected === 'int' ? fieldProblem(field, 'whole-number') : fieldProblem(field, 'wrong-type', { expected: issue.expected });
    case 'too_small':
      if (issue.origin === 'string') return fieldProblem(field, 'too-short', { minimum: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return fieldProblem(field, 'too-few-items', { minimum: Number(issue.minimum) });
      return fieldProblem(field, 'too-small', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return fieldProblem(field, 'too-long', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return fieldProblem(field, 'too-many-items', { maximum: Number(issue.maximum) });
      return fieldProblem(field, 'too-big', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return fieldProblem(field, 'one-of', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return fieldProblem(field, 'unknown-properties', { values: issue.keys.join(', ') });
    default:
      return fieldProblem(field, 'bad-format');
  }
}

/** The field problems of a zod failure, each field named by its path ("surveys.0"), under `prefix` when given. */
export function zodProblems(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldProblem[] {
  return error.issues.map((i) => zodIssueProblem([...prefix, ...i.path].map(String).join('.') || '(body)', i));
}
