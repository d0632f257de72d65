/**
 * Server-side validation of answer sets against a survey version: `compileSurvey` once per version,
 * then `validate` per submission. Stricter than SurveyJS's own checks; see docs/survey-format.md.
 */
export { compileSurvey } from './compile-survey.ts';
export type { CompiledSurvey, FieldError, ValidationResult } from './types.ts';
export { UnsupportedSurveyError } from './unsupported-survey-error.ts';
