import { compileCondition } from './condition.ts';
import { compileQuestionRule } from './question-rule.ts';
import type { JsonReader } from './survey-json.ts';
import { readSurveyTree } from './survey-tree.ts';
import { SurveyValidator, type CompiledQuestion } from './survey-validator.ts';
import { DEFAULT_LIMITS, type TextLimits } from './text-rules.ts';
import type { CompiledSurvey } from './types.ts';
import { Visibility } from './visibility.ts';

/**
 * Compiles a SurveyJS JSON (the `survey` part of a Peil survey file) into a validator for answer
 * sets. Do it once per survey version: every expression is parsed here, so `validate` only runs them.
 * Throws `UnsupportedSurveyError` naming the element for a type, property or expression the server
 * cannot check faithfully.
 *
 * @example
 * const survey = compileSurvey(file.survey);
 * const result = survey.validate(body.answers);
 * if (!result.ok) throw problems.invalidAnswers(result.errors);
 */
export function compileSurvey(surveyJson: unknown): CompiledSurvey {
  return compileSurveyValidator(surveyJson);
}

/** `compileSurvey` with the concrete class, which also offers `visibleQuestions(answers)`. */
export function compileSurveyValidator(surveyJson: unknown): SurveyValidator {
  const tree = readSurveyTree(surveyJson);
  const limits = limitsOf(tree.survey);
  const rules = tree.questions.map((q) => compileQuestionRule(q.reader, q.type, limits));
  // Lower-cased because SurveyJS matches {names} in expressions case-insensitively.
  const knownKeys = new Set<string>();
  tree.questions.forEach((q, i) => {
    knownKeys.add(q.name);
    if (rules[i]?.comment !== undefined) knownKeys.add(`${q.name}-comment`);
  });
  const questions = tree.questions.map((q, i): CompiledQuestion => {
    const requiredIf = q.reader.string('requiredIf');
    return {
      name: q.name,
      rule: rules[i] as CompiledQuestion['rule'],
      required:
        requiredIf === undefined || requiredIf.trim() === ''
          ? q.reader.bool('isRequired', false)
          : compileCondition(requiredIf, 'requiredIf', q.reader, knownKeys),
    };
  });
  const requiredIfs = questions.flatMap((q) => (typeof q.required === 'boolean' ? [] : [q.required]));
  return new SurveyValidator(questions, new Visibility(tree, knownKeys, requiredIfs));
}

function limitsOf(survey: JsonReader): TextLimits {
  const text = survey.number('maxTextLength') ?? 0;
  const comment = survey.number('maxCommentLength') ?? 0;
  return {
    maxTextLength: text > 0 ? text : DEFAULT_LIMITS.maxTextLength,
    maxCommentLength: comment > 0 ? comment : DEFAULT_LIMITS.maxCommentLength,
  };
}
