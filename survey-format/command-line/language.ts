/**
 * The one rule for the language of Peil's command lines and of `npm start`: `--lang en` / `--lang nl`
 * (or `--lang=en`) when given, else English when the environment's `LANG` starts with `en`, else
 * Dutch, the default of everything a person reads. Every command (`peil`, `analyse`, `seed`, `sqld`,
 * `surveys:check`, `surveys:publish`) and the server's start-up choose their language here.
 */
import { bilingual } from './bilingual.ts';

/** The languages Peil speaks to a person. */
export type Language = 'nl' | 'en';

/** The language the environment asks for: English when `LANG` starts with `en`, else Dutch. */
export function envLanguage(env: NodeJS.ProcessEnv): Language {
  return (env.LANG ?? '').startsWith('en') ? 'en' : 'nl';
}

/** What the rule says when `--lang` names neither language. */
export const LANGUAGE_MESSAGES = bilingual({
  unknown: {
    nl: (given: string) => `onbekende taal "${given}" voor --lang: kies nl of en`,
    en: (given: string) => `unknown language "${given}" for --lang: use nl or en`,
  },
});

/**
 * The language of one command run, and its other arguments without `--lang`. A `--lang` that is
 * neither nl nor en gives a `problem` to refuse the arguments with, in the environment's language.
 */
export function cliLanguage(args: readonly string[], env: NodeJS.ProcessEnv): { language: Language; rest: string[]; problem?: string } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') chosen = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (chosen === 'nl' || chosen === 'en') return { language: chosen, rest };
  const language = envLanguage(env);
  return chosen === undefined ? { language, rest } : { language, rest, problem: LANGUAGE_MESSAGES.unknown[language](chosen) };
}
