import { fillChoices } from '../organisation/choices-from.ts';
import { checkPaths } from '../checker/check-paths.ts';
import { checkDefinitions, formatProblem, type CheckProblem, type SurveyFile, type TPublishedLock } from '../checker/index.ts';
import { ZSurveyDefinition, type TLocalizedText, type TSurveyDefinition } from './definition.ts';

/**
 * A loaded, checked survey. Answers are validated against the definition a wave stored when it was
 * created (server/submissions/validators.ts), not against this one, which only seeds new waves.
 */
export interface CatalogEntry {
  definition: TSurveyDefinition;
}

/** What the client needs to list surveys. */
export interface SurveySummary {
  id: string;
  version: string;
  kind: TSurveyDefinition['kind'];
  title: TLocalizedText;
}

export interface Catalog {
  list(): SurveySummary[];
  get(id: string): CatalogEntry | undefined;
}

/**
 * Thrown when a survey file cannot be loaded; the message lists every problem as `file: path: message`
 * in English, and `problems` holds them to word in another language (`problemLine`).
 */
export class CatalogError extends Error {
  constructor(readonly problems: readonly CheckProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/**
 * Builds the catalog from already-parsed definitions (tests use this directly), after running the
 * survey checker on them with `lock`, the published versions to compare with. Throws CatalogError
 * listing every problem.
 */
export function catalogFrom(entries: readonly SurveyFile[], lock?: TPublishedLock): Catalog {
  const problems = checkDefinitions(entries, lock);
  if (problems.length > 0) throw new CatalogError(problems);
  return catalogOf(entries);
}

/**
 * Loads every `*.json` in `dir` (not `*.lock.json`) and checks it with the survey checker, against
 * `dir/published.lock.json` when present: the same problems `npm run surveys:check` prints.
 * Throws CatalogError listing every problem; the server then refuses to start.
 */
export function loadCatalog(dir: string): Catalog {
  const { folders, problems } = checkPaths([dir]);
  if (problems.length > 0) throw new CatalogError(problems);
  return catalogOf(folders.flatMap((folder) => folder.files));
}

// Only called on checked files (the checker also compiles each validator), so parsing cannot fail here.
// Choices a question takes from the organisation list are filled in here, so every consumer sees them.
function catalogOf(entries: readonly SurveyFile[]): Catalog {
  const byId = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    if (!('json' in entry)) continue;
    const definition = ZSurveyDefinition.parse(fillChoices(entry.json).json);
    byId.set(definition.id, { definition });
  }
  return {
    list: () =>
      [...byId.values()].map(({ definition: d }) => ({
        id: d.id,
        version: d.version,
        kind: d.kind,
        title: d.survey.title,
      })),
    get: (id) => byId.get(id),
  };
}
