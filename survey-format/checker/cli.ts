/**
 * `npm run surveys:check [-- [--lang nl|en] PATH...]`: checks the bundled surveys, or the files and
 * folders given, and prints every problem as `file: json-path: message`, in Dutch unless `--lang en`
 * or `LANG=en*` (command-line/language.ts). Exit 0 when there is none, 1 when there is one, 2 for a wrong option.
 */
import { inLanguage } from '../command-line/bilingual.ts';
import { checkPaths } from './check-paths.ts';
import { SURVEY_COMMAND_MESSAGES as MESSAGES } from './cli-messages.ts';
import { BUNDLED_SURVEYS, pathArguments } from './path-arguments.ts';
import { problemLine } from './json-path.ts';
import { displayPath } from './json-load.ts';

const { language, paths } = pathArguments('surveys:check', {
  usage: (l) => `${MESSAGES.checkUsageLine[l]}\n\n${MESSAGES.checkUsage[l](displayPath(BUNDLED_SURVEYS))}`,
  usageLine: (l) => MESSAGES.checkUsageLine[l],
});
const says = inLanguage(MESSAGES, language);
const { problems, fileCount } = checkPaths(paths);
problems.map(problemLine(language)).forEach((line) => console.log(line));
if (problems.length > 0) {
  console.error(says.problems(problems.length, new Set(problems.map((p) => p.file)).size));
  process.exit(1);
}
console.log(says.none(fileCount));
