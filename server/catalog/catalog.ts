import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { compileSurvey, type CompiledSurvey } from '../validation/index.ts';
import { ZSurveyDefinition, type TLocalizedText, type TSurveyDefinition } from './definition.ts';

/** A loaded survey: its definition and the validator compiled once for its version. */
export interface CatalogEntry {
  definition: TSurveyDefinition;
  validator: CompiledSurvey;
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

/** Thrown when a survey file cannot be loaded; the message lists every problem as `file: path: message`. */
export class CatalogError extends Error {}

/** Builds the catalog from already-parsed definitions (tests use this directly). */
export function catalogFrom(entries: { file: string; json: unknown }[]): Catalog {
  const byId = new Map<string, CatalogEntry>();
  const problems: string[] = [];
  for (const { file, json } of entries) {
    const parsed = ZSurveyDefinition.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: $.${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    const definition = parsed.data;
    if (byId.has(definition.id)) {
      problems.push(`${file}: $.id: survey id "${definition.id}" is used by another file`);
      continue;
    }
    try {
      byId.set(definition.id, { definition, validator: compileSurvey(definition.survey) });
    } catch (e) {
      problems.push(`${file}: $.survey: ${(e as Error).message}`);
    }
  }
  if (problems.length > 0) throw new CatalogError(problems.join('\n'));
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

/** Loads every `*.json` in `dir`. Throws CatalogError listing every problem; the server then refuses to start. */
export function loadCatalog(dir: string): Catalog {
  const abs = resolve(dir);
  const files = readdirSync(abs).filter((f) => f.endsWith('.json')).sort();
  const entries: { file: string; json: unknown }[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const file = join(dir, basename(f));
    try {
      entries.push({ file, json: JSON.parse(readFileSync(join(abs, f), 'utf8')) });
    } catch (e) {
      problems.push(`${file}: $: not valid JSON (${(e as Error).message})`);
    }
  }
  if (problems.length > 0) throw new CatalogError(problems.join('\n'));
  return catalogFrom(entries);
}
