/**
 * `npm run surveys:publish [-- [--lang nl|en] PATH...]`: records the current version of each survey
 * (the bundled ones by default) in `published.lock.json` beside it, so later edits are checked
 * against it. Refuses, printing the problems and exiting 1, when any survey fails the check.
 * Speaks Dutch unless `--lang en` or `LANG=en*`, as every command does (command-line/language.ts).
 */
import { ZSurveyDefinition } from '../catalog/definition.ts';
import { fillChoices } from '../organisation/choices-from.ts';
import { inLanguage } from '../command-line/bilingual.ts';
import { checkPaths } from './check-paths.ts';
import { SURVEY_COMMAND_MESSAGES as MESSAGES } from './cli-messages.ts';
import { BUNDLED_SURVEYS, pathArguments } from './path-arguments.ts';
import { problemLine } from './json-path.ts';
import { displayPath } from './json-load.ts';
import { LOCK_FILE, publishedVersion, recordVersion, writeLock } from './lock-file.ts';
import { outlineSurvey } from './survey-outline.ts';

const { language, paths } = pathArguments('surveys:publish', {
  usage: (l) => `${MESSAGES.publishUsageLine[l]}\n\n${MESSAGES.publishUsage[l](displayPath(BUNDLED_SURVEYS), LOCK_FILE)}`,
  usageLine: (l) => MESSAGES.publishUsageLine[l],
});
const says = inLanguage(MESSAGES, language);
const { folders, problems } = checkPaths(paths);
if (problems.length > 0) {
  problems.map(problemLine(language)).forEach((line) => console.log(line));
  console.error(says.refused);
  process.exit(1);
}
for (const folder of folders) {
  let lock = folder.lock;
  for (const entry of folder.files) {
    if (!('json' in entry)) continue;
    const { json } = fillChoices(entry.json);
    const { id, version, survey } = ZSurveyDefinition.parse(json);
    const recorded = recordVersion(lock, id, version, publishedVersion(json, outlineSurvey(survey)));
    lock = recorded.lock;
    console.log(`${entry.file}: ${id} ${version} ${recorded.added ? says.published : says.already}`);
  }
  if (lock !== undefined) writeLock(folder.dir, lock);
}
