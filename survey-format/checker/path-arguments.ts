import { fileURLToPath } from 'node:url';

/** The bundled surveys' folder, the default for the survey commands. */
export const BUNDLED_SURVEYS = fileURLToPath(new URL('../../surveys/', import.meta.url));

/**
 * The PATH... arguments of a survey command (`surveys:check`, `surveys:publish`): prints `usage` and
 * exits 0 for --help, exits 2 with a short usage for any other option, defaults to the bundled surveys.
 */
export function pathArguments(command: string, usage: string, given: readonly string[] = process.argv.slice(2)): string[] {
  const args = given.filter((a) => a !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const option = args.find((a) => a.startsWith('-'));
  if (option !== undefined) {
    console.error(`Unknown option ${option}.\nUsage: npm run ${command} [-- PATH...] (--help for more)`);
    process.exit(2);
  }
  return args.length > 0 ? args : [BUNDLED_SURVEYS];
}
