/**
 * `npm run surveys:publish [-- [--lang nl|en] PATH...]`: records the current version of each survey
 * (the bundled ones by default) in `published.lock.json` beside it, so later edits are checked
 * against it. Refuses, printing the problems and exiting 1, when any survey fails the check.
 * Speaks Dutch unless `--lang en` or `LANG=en*`, as `surveys:check` does (cli-language.ts).
 */
import { ZSurveyDefinition } from '../catalog/definition.ts';
import { fillChoices } from '../organisation/choices-from.ts';
import { checkPaths } from './check-paths.ts';
import { BUNDLED_SURVEYS, pathArguments } from './path-arguments.ts';
import { cliLanguage } from './cli-language.ts';
import { problemLine } from './json-path.ts';
import { displayPath } from './json-load.ts';
import { LOCK_FILE, publishedVersion, recordVersion, writeLock } from './lock-file.ts';
import { outlineSurvey } from './survey-outline.ts';

const USAGE = `Usage: npm run surveys:publish [-- [--lang nl|en] PATH...]

Checks the survey definitions (files or folders; default ${displayPath(BUNDLED_SURVEYS)}) and, when they pass,
records each one's current version in ${LOCK_FILE} in its folder. From then on that version may not
change, and changes that break comparability need a new major version.
Messages are in Dutch, or in English with --lang en or when LANG starts with "en".`;

const SAYS = {
  nl: { refused: 'Niets gepubliceerd: los eerst deze problemen op.', published: 'gepubliceerd', already: 'was al gepubliceerd' },
  en: { refused: 'Nothing published: fix these problems first.', published: 'published', already: 'was already published' },
};

const { language, rest } = cliLanguage('surveys:publish', process.argv.slice(2), process.env);
const says = SAYS[language];
const paths = pathArguments('surveys:publish', USAGE, rest);
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
