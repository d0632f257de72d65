import type { JsonReader } from './survey-json.ts';

// Each of these changes which answers are possible, or under which key they land, in ways the
// compiled checks do not model; accepting them silently would let the server and the form disagree.
const QUESTION_PROPERTIES: Readonly<Record<string, string>> = {
  valueName: 'stores the answer under another key',
  setValueIf: 'changes answers by expression',
  setValueExpression: 'changes answers by expression',
  resetValueIf: 'changes answers by expression',
  defaultValueExpression: 'changes answers by expression',
  choicesFromQuestion: 'takes its choices from another question',
  choicesByUrl: 'loads its choices from a URL',
  choicesMin: 'generates its choices',
  choicesMax: 'generates its choices',
  choicesVisibleIf: 'hides choices by expression',
  choicesEnableIf: 'disables choices by expression',
  rowsVisibleIf: 'hides rows by expression',
  columnsVisibleIf: 'hides columns by expression',
  minValueExpression: 'computes its limit by expression',
  maxValueExpression: 'computes its limit by expression',
  valueTrue: 'stores a boolean as something other than true/false',
  valueFalse: 'stores a boolean as something other than true/false',
};

const SURVEY_PROPERTIES: Readonly<Record<string, string>> = {
  triggers: 'change answers or navigation by expression',
  calculatedValues: 'add computed variables to expressions',
};

/** Throws for question properties that make answers dynamic beyond what the validator models. */
export function assertSupportedQuestionProperties(q: JsonReader): void {
  for (const [key, why] of Object.entries(QUESTION_PROPERTIES)) {
    if (q.has(key)) q.fail(`${key} is not supported (it ${why})`);
  }
  if (q.bool('allowCustomChoices', false)) q.fail('allowCustomChoices is not supported (it accepts values outside the choices)');
  const mask = q.string('maskType');
  if (mask !== undefined && mask !== 'none') q.fail('maskType is not supported (it changes the stored value)');
  assertOthersStoredAsComment(q);
}

/** Throws for survey-level properties that change answers or expressions behind the validator's back. */
export function assertSupportedSurveyProperties(survey: JsonReader): void {
  for (const [key, why] of Object.entries(SURVEY_PROPERTIES)) {
    const v = survey.raw(key);
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) survey.fail(`${key} are not supported (they ${why})`);
  }
  assertOthersStoredAsComment(survey);
}

function assertOthersStoredAsComment(r: JsonReader): void {
  if (r.bool('storeOthersAsComment', true) === false) {
    r.fail("storeOthersAsComment: false is not supported ('other' text must go under <name>-Comment)");
  }
}
