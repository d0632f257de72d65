import type { CheckerLanguage } from './checker-messages.ts';

/**
 * The language `npm run surveys:check` speaks: `--lang en` / `--lang nl` (or `--lang=en`) when
 * given, else English when `LANG` starts with `en`, else Dutch, the default of everything a person
 * reads. Returns the other arguments without the option; an unknown language is `undefined`.
 */
export function cliLanguage(args: readonly string[], env: NodeJS.ProcessEnv): { language: CheckerLanguage | undefined; rest: string[] } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') chosen = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (chosen !== undefined) return { language: chosen === 'nl' || chosen === 'en' ? chosen : undefined, rest };
  return { language: (env.LANG ?? '').startsWith('en') ? 'en' : 'nl', rest };
}
