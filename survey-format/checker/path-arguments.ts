import { fileURLToPath } from 'node:url';
import { ARGUMENT_MESSAGES, usageProblem } from '../command-line/arguments.ts';
import { cliLanguage, type Language } from '../command-line/language.ts';

/** The bundled surveys' folder, the default for the survey commands. */
export const BUNDLED_SURVEYS = fileURLToPath(new URL('../../surveys/', import.meta.url));

/** How a survey command explains itself in one language: its full usage and its one-line form. */
export interface SurveyCommandUsage {
  usage: (language: Language) => string;
  usageLine: (language: Language) => string;
}

/**
 * The language and PATH... arguments of a survey command (`surveys:check`, `surveys:publish`):
 * prints the usage and exits 0 for --help, exits 2 with a short usage for an unknown language or any
 * other option; the paths default to the bundled surveys.
 */
export function pathArguments(command: string, texts: SurveyCommandUsage, given: readonly string[] = process.argv.slice(2), env = process.env): { language: Language; paths: string[] } {
  const { language, rest, problem: languageProblem } = cliLanguage(given, env);
  const args = rest.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(texts.usage(language));
    process.exit(0);
  }
  const option = args.find((a) => a.startsWith('-'));
  const problem = languageProblem ?? (option !== undefined ? ARGUMENT_MESSAGES.unknownOption[language](option) : undefined);
  if (problem !== undefined) {
    console.error(usageProblem(command, problem, texts.usageLine(language), language));
    process.exit(2);
  }
  return { language, paths: args.length > 0 ? args : [BUNDLED_SURVEYS] };
}
