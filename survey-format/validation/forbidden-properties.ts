import type { CheckerCode } from '../checker/checker-messages.ts';
import type { JsonReader } from './survey-json.ts';

// Each of these changes which answers are possible, or under which key they land, in ways the
// compiled checks do not model; accepting them silently would let the server and the form disagree.
// Each property with why it is refused, as a checker message code (checker-messages.ts).
const QUESTION_PROPERTIES: Readonly<Record<string, CheckerCode>> = {
  valueName: 'why-other-key',
  setValueIf: 'why-changes-answers',
  setValueExpression: 'why-changes-answers',
  resetValueIf: 'why-changes-answers',
  defaultValueExpression: 'why-changes-answers',
  choicesFromQuestion: 'why-choices-from-question',
  choicesByUrl: 'why-choices-by-url',
  choicesMin: 'why-generates-choices',
  choicesMax: 'why-generates-choices',
  choicesVisibleIf: 'why-hides-choices',
  choicesEnableIf: 'why-disables-choices',
  rowsVisibleIf: 'why-hides-rows',
  columnsVisibleIf: 'why-hides-columns',
  minValueExpression: 'why-computes-limit',
  maxValueExpression: 'why-computes-limit',
  valueTrue: 'why-boolean-values',
  valueFalse: 'why-boolean-values',
};

const SURVEY_PROPERTIES: Readonly<Record<string, CheckerCode>> = {
  triggers: 'why-triggers',
  calculatedValues: 'why-calculated',
};

/** Throws for question properties that make answers dynamic beyond what the validator models. */
export function assertSupportedQuestionProperties(q: JsonReader): void {
  for (const [key, why] of Object.entries(QUESTION_PROPERTIES)) {
    if (q.has(key)) q.fail('property-unsupported', { key, why: { code: why } });
  }
  if (q.bool('allowCustomChoices', false)) q.fail('custom-choices');
  const mask = q.string('maskType');
  if (mask !== undefined && mask !== 'none') q.fail('mask-type');
  assertOthersStoredAsComment(q);
}

/** Throws for survey-level properties that change answers or expressions behind the validator's back. */
export function assertSupportedSurveyProperties(survey: JsonReader): void {
  for (const [key, why] of Object.entries(SURVEY_PROPERTIES)) {
    const v = survey.raw(key);
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) survey.fail('survey-property-unsupported', { key, why: { code: why } });
  }
  assertOthersStoredAsComment(survey);
}

function assertOthersStoredAsComment(r: JsonReader): void {
  if (r.bool('storeOthersAsComment', true) === false) {
    r.fail('store-others');
  }
}
