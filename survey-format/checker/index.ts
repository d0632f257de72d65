/**
 * The survey checker: every mistake a researcher can make in a survey definition, reported as
 * `file: json-path: message` before the survey reaches anyone. Used by `npm run surveys:check`,
 * `npm run surveys:publish` and the catalog when the server starts.
 */
import { fillChoices } from '../organisation/choices-from.ts';
import { isPlainObject } from '../validation/survey-json.ts';
import { checkBreakdowns } from './breakdowns.ts';
import { checkChoiceValues } from './choice-values.ts';
import { checkCrossings } from './crossings.ts';
import { comparabilityCheck } from './comparability.ts';
import { checkEnvelope } from './envelope.ts';
import { checkExpressions } from './expressions.ts';
import { checkIndicators } from './indicators.ts';
import type { TPublishedLock } from './lock-file.ts';
import { checkNames } from './names.ts';
import { checkQuestionTypes } from './question-types.ts';
import { checkRegister } from './register.ts';
import { checkServerRules } from './server-rules.ts';
import { outlineSurvey } from './survey-outline.ts';
import { checkSurveyJsLoad } from './surveyjs-load.ts';
import { checkTranslations } from './translations.ts';
import { problemAt } from './json-path.ts';
import type { Check, CheckProblem, Definition, Report, SurveyFile } from './types.ts';

export { formatProblem } from './json-path.ts';
export { checkerText, type CheckerCode, type CheckerLanguage, type CheckerMessage } from './checker-messages.ts';
export type { CheckProblem, SurveyFile } from './types.ts';
export type { TPublishedLock } from './lock-file.ts';

// The survey's structure as SurveyJS and Peil read it; the server's compiler runs only when these
// pass, because it stops at its first refusal and would repeat what they say.
const STRUCTURE: Check[] = [checkEnvelope, checkQuestionTypes, checkSurveyJsLoad, checkNames, checkChoiceValues, checkTranslations, checkExpressions];
const MEANING: Check[] = [checkIndicators, checkBreakdowns, checkCrossings, checkRegister];

/**
 * Checks parsed survey files against every rule of docs/survey-format.md, and against `lock` (the
 * published versions recorded for their folder) when given, after filling in the choices of
 * `choicesFrom` questions from the organisation list (survey-format/organisation/choices-from.ts). Returns every problem, in file order;
 * an empty list means the surveys may be served. Costs about 20 ms a survey, mostly SurveyJS loading it.
 *
 * @example
 * const problems = checkDefinitions([{ file: 'surveys/exit.json', json }], lock);
 * for (const p of problems) console.log(formatProblem(p));
 */
export function checkDefinitions(files: readonly SurveyFile[], lock?: TPublishedLock): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const ids = new Map<string, string>();
  for (const entry of files) {
    const { file } = entry;
    const report: Report = (path, code, params) => problems.push(problemAt(file, path, code, params));
    if ('parseError' in entry) {
      report('$', entry.parseError.code, entry.parseError.params);
      continue;
    }
    const filled = fillChoices(entry.json);
    for (const p of filled.problems) report(p.path, p.code, p.params);
    checkDefinition(entry.file, filled.json, lock, report);
    const id = isPlainObject(filled.json) ? filled.json.id : undefined;
    if (typeof id !== 'string') continue;
    const other = ids.get(id);
    if (other !== undefined) report('$.id', 'id-used', { id, other });
    else ids.set(id, file);
  }
  return problems;
}

function checkDefinition(file: string, json: unknown, lock: TPublishedLock | undefined, report: Report): void {
  if (!isPlainObject(json)) return report('$', 'not-object');
  const survey = isPlainObject(json.survey) ? json.survey : undefined;
  const definition: Definition = { file, json, survey, outline: outlineSurvey(survey) };
  let found = 0;
  const counting: Report = (path, code, params) => {
    found++;
    report(path, code, params);
  };
  for (const check of STRUCTURE) check(definition, counting);
  if (found === 0) checkServerRules(definition, report);
  for (const check of [...MEANING, comparabilityCheck(lock)]) check(definition, report);
}
