/**
 * `npm run surveys:check [-- [--lang nl|en] PATH...]`: checks the bundled surveys, or the files and
 * folders given, and prints every problem as `file: json-path: message`, in Dutch unless `--lang en`
 * or `LANG=en*` (cli-language.ts). Exit 0 when there is none, 1 when there is one, 2 for a wrong option.
 */
import { checkPaths } from './check-paths.ts';
import { BUNDLED_SURVEYS, pathArguments } from './path-arguments.ts';
import { cliLanguage } from './cli-language.ts';
import { problemLine } from './json-path.ts';
import { displayPath } from './json-load.ts';

const USAGE = `Usage: npm run surveys:check [-- [--lang nl|en] PATH...]

Checks survey definitions: the files given, every *.json in the folders given, or ${displayPath(BUNDLED_SURVEYS)} by default.
Prints each problem as "file: json-path: message" (see docs/survey-format.md) and exits 1 when there is one.
Published versions are compared with published.lock.json in each survey's folder.
Messages are in Dutch, or in English with --lang en or when LANG starts with "en".`;

const SUMMARY = {
  nl: {
    problems: (n: number, files: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}.`,
    none: (n: number) => `${n} ${n === 1 ? 'vragenlijstbestand' : 'vragenlijstbestanden'} gecontroleerd: geen problemen.`,
  },
  en: {
    problems: (n: number, files: number) => `${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`,
    none: (n: number) => `Checked ${n} survey file${n === 1 ? '' : 's'}: no problems.`,
  },
};

const { language, rest } = cliLanguage('surveys:check', process.argv.slice(2), process.env);
const paths = pathArguments('surveys:check', USAGE, rest);
const { problems, fileCount } = checkPaths(paths);
problems.map(problemLine(language)).forEach((line) => console.log(line));
if (problems.length > 0) {
  console.error(SUMMARY[language].problems(problems.length, new Set(problems.map((p) => p.file)).size));
  process.exit(1);
}
console.log(SUMMARY[language].none(fileCount));
