import { ConditionRunner, ExpressionErrorType } from 'survey-core';
import type { JsonReader } from './survey-json.ts';

/** A SurveyJS boolean expression parsed once, evaluated against answer values. */
export interface Condition {
  readonly expression: string;
  /** The answer keys it reads, lower-cased: question names and `<name>-comment`. */
  readonly variables: readonly string[];
  run(values: Record<string, unknown>): boolean;
}

type ValidateContext = Parameters<ConditionRunner['validate']>[0];
// `validate` reads the context only for variable checks, which are done below against the survey's keys.
const NO_CONTEXT = { getValue: () => ({ isFound: false }) } as ValidateContext;

/**
 * Parses `expression` with SurveyJS's own engine. Throws `UnsupportedSurveyError` (through `owner`)
 * for a syntax error, an unknown or async function, or a variable that is not one of `knownKeys`
 * (lower-cased question names and `<name>-comment` keys: SurveyJS matches names case-insensitively).
 */
export function compileCondition(
  expression: string,
  property: string,
  owner: JsonReader,
  knownKeys: ReadonlySet<string>,
): Condition {
  const runner = new ConditionRunner(expression);
  if (!runner.canRun()) owner.fail('condition-invalid', { property, expression });
  for (const e of runner.validate(NO_CONTEXT, { variables: false, functions: true, semantics: true }, true)) {
    if (e.errorType === ExpressionErrorType.UnknownFunction) owner.fail('condition-unknown-function', { property, expression, name: String(e.functionName) });
    owner.fail('condition-not-boolean', { property, expression });
  }
  if (runner.isAsync) owner.fail('condition-async', { property, expression });
  const variables = runner.getVariables().map((variable) => {
    const key = variable.toLowerCase().split(/[.[]/)[0] ?? '';
    if (!knownKeys.has(key)) owner.fail('condition-unknown-variable', { property, expression, variable });
    return key;
  });
  return { expression, variables, run: (values) => runner.runValues(values) === true };
}
