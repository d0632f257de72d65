import { compileSurvey, UnsupportedSurveyError } from '../validation/index.ts';
import type { Check } from './types.ts';

/**
 * Compiles the survey with the server's own answer validator, which refuses what it cannot check
 * faithfully (valueName, choicesByUrl, triggers, oversized rating scales, ...). It stops at the
 * first refusal, so index.ts runs it only when the other structural checks found nothing.
 */
export const checkServerRules: Check = ({ survey, outline }, report) => {
  if (survey === undefined) return;
  try {
    compileSurvey(survey);
  } catch (e) {
    if (!(e instanceof UnsupportedSurveyError)) throw e;
    const element = outline.elements.find((el) => el.name !== undefined && el.name === e.element);
    report(element?.path ?? '$.survey', 'server-cannot-validate', { where: e.where, reason: e.reason });
  }
};
