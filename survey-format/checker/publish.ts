/**
 * `npm run surveys:publish [-- PATH...]`: records the current version of each survey (the bundled
 * ones by default) in `published.lock.json` beside it, so later edits are checked against it.
 * Refuses, printing the problems and exiting 1, when any survey fails the check.
 */
import { ZSurveyDefinition } from '../catalog/definition.ts';
import { fillChoices } from '../organisation/choices-from.ts';
import { checkPaths } from './check-paths.ts';
import { BUNDLED_SURVEYS, pathArguments } from './path-arguments.ts';
import { formatProblem } from './json-path.ts';
import { displayPath } from './json-load.ts';
import { LOCK_FILE, publishedVersion, recordVersion, writeLock } from './lock-file.ts';
import { outlineSurvey } from './survey-outline.ts';

const USAGE = `Usage: npm run surveys:publish [-- PATH...]

Checks the survey definitions (files or folders; default ${displayPath(BUNDLED_SURVEYS)}) and, when they pass,
records each one's current version in ${LOCK_FILE} in its folder. From then on that version may not
change, and changes that break comparability need a new major version.`;

const paths = pathArguments('surveys:publish', USAGE);
const { folders, problems } = checkPaths(paths);
if (problems.length > 0) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.error('Nothing published: fix these problems first.');
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
    console.log(`${entry.file}: ${id} ${version} ${recorded.added ? 'published' : 'was already published'}`);
  }
  if (lock !== undefined) writeLock(folder.dir, lock);
}
