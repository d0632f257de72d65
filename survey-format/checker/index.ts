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
import type { Check, CheckProblem, Definition, SurveyFile } from './types.ts';

export { formatProblem } from './json-path.ts';
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
    const report = (path: string, message: string) => problems.push({ file, path, message });
    if ('parseError' in entry) {
      report('$', entry.parseError);
      continue;
    }
    const filled = fillChoices(entry.json);
    for (const p of filled.problems) report(p.path, p.message);
    checkDefinition(entry.file, filled.json, lock, report);
    const id = isPlainObject(filled.json) ? filled.json.id : undefined;
    if (typeof id !== 'string') continue;
    const other = ids.get(id);
    if (other !== undefined) report('$.id', `survey id "${id}" is also used by ${other}`);
    else ids.set(id, file);
  }
  return problems;
}

function checkDefinition(file: string, json: unknown, lock: TPublishedLock | undefined, report: (path: string, message: string) => void): void {
  if (!isPlainObject(json)) return report('$', 'a survey definition must be a JSON object (see docs/survey-format.md)');
  const survey = isPlainObject(json.survey) ? json.survey : undefined;
  const definition: Definition = { file, json, survey, outline: outlineSurvey(survey) };
  let found = 0;
  const counting = (path: string, message: string) => {
    found++;
    report(path, message);
  };
  for (const check of STRUCTURE) check(definition, counting);
  if (found === 0) checkServerRules(definition, report);
  for (const check of [...MEANING, comparabilityCheck(lock)]) check(definition, report);
}
