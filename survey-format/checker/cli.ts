/**
 * `npm run surveys:check [-- PATH...]`: checks the bundled surveys, or the files and folders given,
 * and prints every problem as `file: json-path: message`. Exit 0 when there is none, 1 when there
 * is one, 2 for a wrong option.
 */
import { checkPaths } from './check-paths.ts';
import { BUNDLED_SURVEYS, pathArguments } from './path-arguments.ts';
import { formatProblem } from './json-path.ts';
import { displayPath } from './json-load.ts';

const USAGE = `Usage: npm run surveys:check [-- PATH...]

Checks survey definitions: the files given, every *.json in the folders given, or ${displayPath(BUNDLED_SURVEYS)} by default.
Prints each problem as "file: json-path: message" (see docs/survey-format.md) and exits 1 when there is one.
Published versions are compared with published.lock.json in each survey's folder.`;

const paths = pathArguments('surveys:check', USAGE);
const { problems, fileCount } = checkPaths(paths);
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log(`Checked ${fileCount} survey file${fileCount === 1 ? '' : 's'}: no problems.`);
