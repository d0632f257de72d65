import type { CheckerLanguage } from './checker-messages.ts';

/**
 * The language a survey command (`surveys:check`, `surveys:publish`) speaks: `--lang en` /
 * `--lang nl` (or `--lang=en`) when given, else English when `LANG` starts with `en`, else Dutch,
 * the default of everything a person reads. Returns the other arguments without the option; exits 2
 * with a short usage for an unknown language.
 */
export function cliLanguage(command: string, args: readonly string[], env: NodeJS.ProcessEnv): { language: CheckerLanguage; rest: string[] } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') chosen = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (chosen === 'nl' || chosen === 'en') return { language: chosen, rest };
  if (chosen !== undefined) {
    console.error(`Unknown language for --lang: use nl or en.\nUsage: npm run ${command} [-- [--lang nl|en] PATH...] (--help for more)`);
    process.exit(2);
  }
  return { language: (env.LANG ?? '').startsWith('en') ? 'en' : 'nl', rest };
}
