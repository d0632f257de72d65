import { ConditionRunner, ExpressionErrorType } from 'survey-core';
import { childPath } from './json-path.ts';
import { findProperty, surveyNodes } from './surveyjs-nodes.ts';
import type { Check } from './types.ts';

// The flags (and their older SurveyJS names) that store extra text under `<name>-Comment`.
const COMMENT_FLAGS = ['showOtherItem', 'hasOther', 'showCommentArea', 'hasComment'];

type ValidateContext = Parameters<ConditionRunner['validate']>[0];
// Variables are checked below against the survey's own names, so the context is never asked.
const NO_CONTEXT = { getValue: () => ({ isFound: false }) } as ValidateContext;

/**
 * Checks every SurveyJS expression (visibleIf, enableIf, requiredIf, expression validators, ...:
 * each property SurveyJS types as a condition or expression): it parses, calls only known
 * functions, and every `{variable}` is a question of this survey (or its `<name>-Comment`).
 */
export const checkExpressions: Check = ({ survey, outline }, report) => {
  if (survey === undefined) return;
  // SurveyJS matches names in expressions case-insensitively.
  const known = new Set<string>();
  for (const q of outline.questions.values()) {
    known.add(q.name.toLowerCase());
    if (COMMENT_FLAGS.some((flag) => q.json[flag] === true)) known.add(`${q.name.toLowerCase()}-comment`);
  }
  for (const node of surveyNodes(survey)) {
    for (const [key, value] of Object.entries(node.json)) {
      const type = findProperty(node.className, key)?.type;
      if ((type !== 'condition' && type !== 'expression') || typeof value !== 'string' || value.trim() === '') continue;
      const path = childPath(node.path, key);
      const runner = new ConditionRunner(value);
      if (!runner.canRun()) {
        report(path, 'expression-invalid', { expression: value });
        continue;
      }
      for (const error of runner.validate(NO_CONTEXT, { variables: false, functions: true, semantics: false }, type === 'condition')) {
        if (error.errorType === ExpressionErrorType.UnknownFunction) report(path, 'expression-unknown-function', { expression: value, name: String(error.functionName) });
      }
      for (const variable of runner.getVariables()) {
        const name = variable.split(/[.[]/)[0] ?? variable;
        if (!known.has(name.toLowerCase())) report(path, 'expression-unknown-variable', { expression: value, variable });
      }
    }
  }
};
