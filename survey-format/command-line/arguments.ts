/**
 * The arguments of a command line, read by Node's `parseArgs` (strict), with its refusals worded in
 * the command's language instead of Node's English.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { bilingual, inLanguage } from './bilingual.ts';
import type { Language } from './language.ts';

/** A wrong argument, worded for the person who typed it; the command prints it with its usage and exits 2. */
export class ArgumentError extends Error {}

/** What every command says about wrong arguments. */
export const ARGUMENT_MESSAGES = bilingual({
  unknownOption: { nl: (option: string) => `onbekende optie ${option}`, en: (option: string) => `unknown option ${option}` },
  valueMissing: { nl: (option: string) => `${option} heeft een waarde nodig`, en: (option: string) => `${option} needs a value` },
  noValue: { nl: (option: string) => `${option} neemt geen waarde`, en: (option: string) => `${option} takes no value` },
  dashValue: {
    nl: (option: string) => `de waarde van ${option} begint met een streepje: schrijf ${option}=-…`,
    en: (option: string) => `the value of ${option} starts with a dash: write ${option}=-…`,
  },
  unexpected: { nl: (arg: string) => `onverwacht argument "${arg}"`, en: (arg: string) => `unexpected argument "${arg}"` },
  moreHelp: { nl: '(--help voor meer)', en: '(--help for more)' },
});

/** `parseArgs` in strict mode; its refusals become an {@link ArgumentError} in `language`. */
export function parseArguments<T extends Omit<ParseArgsConfig, 'strict'>>(config: T, language: Language) {
  try {
    return parseArgs({ ...config, strict: true } as T & { strict: true });
  } catch (e) {
    throw new ArgumentError(argumentProblem(e as Error & { code?: string }, language));
  }
}

/** Node's parseArgs refusal (by its code; the option or argument quoted in its message) in `language`. */
function argumentProblem(e: Error & { code?: string }, language: Language): string {
  const says = inLanguage(ARGUMENT_MESSAGES, language);
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  // `--wave <value>`, `-h, --help`: the long form.
  const option = quoted.split(/[ ,]+/).filter((t) => t.startsWith('-')).at(-1) ?? quoted;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return says.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (e.message.includes('argument missing')) return says.valueMissing(option);
      if (e.message.includes('ambiguous')) return says.dashValue(option);
      return e.message.includes('does not take') ? says.noValue(option) : e.message;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return says.unexpected(quoted);
    default:
      return e.message;
  }
}

/** A refusal of a command's arguments as printed: `command: problem`, then its short usage and where to read more. */
export function usageProblem(command: string, problem: string, usageLine: string, language: Language): string {
  return `${command}: ${problem}\n${usageLine} ${ARGUMENT_MESSAGES.moreHelp[language]}`;
}
