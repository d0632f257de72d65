/**
 * The one rule for the language of Peil's command lines and of `npm start`: `--lang en` / `--lang nl`
 * (or `--lang=en`) when given, else English when the environment's `LANG` starts with `en`, else
 * Dutch, the default of everything a person reads. Every command (`peil`, `analyse`, `seed`, `sqld`,
 * `surveys:check`, `surveys:publish`) and the server's start-up choose their language here.
 */

/** The languages Peil speaks to a person. */
export type Language = 'nl' | 'en';

/** The language the environment asks for: English when `LANG` starts with `en`, else Dutch. */
export function envLanguage(env: NodeJS.ProcessEnv): Language {
  return (env.LANG ?? '').startsWith('en') ? 'en' : 'nl';
}

/**
 * The language of one command run, and its other arguments without `--lang`. A `--lang` that is
 * neither nl nor en gives `unknown` (what was given); the language is then the environment's, to
 * say so in.
 */
export function cliLanguage(args: readonly string[], env: NodeJS.ProcessEnv): { language: Language; rest: string[]; unknown?: string } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') chosen = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (chosen === 'nl' || chosen === 'en') return { language: chosen, rest };
  return chosen === undefined ? { language: envLanguage(env), rest } : { language: envLanguage(env), rest, unknown: chosen };
}
