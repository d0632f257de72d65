import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contentHash, fingerprint, ZQuestionPrint } from './fingerprint.ts';
import { childPath, problemAt } from './json-path.ts';
import { displayPath, parseJson } from './json-load.ts';
import type { SurveyOutline } from './survey-outline.ts';
import type { CheckProblem } from './types.ts';
import { compareVersions } from './version.ts';

/** The lock file's name, in the folder of the definitions it records. */
export const LOCK_FILE = 'published.lock.json';

/** One published version: a hash of the whole definition and the structure of its answers. */
export const ZPublishedVersion = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  questions: z.record(z.string(), ZQuestionPrint),
});
export type TPublishedVersion = z.infer<typeof ZPublishedVersion>;

/** `surveys/published.lock.json`: every published version of every survey, by id and version. */
export const ZPublishedLock = z.strictObject({
  comment: z.string().optional(),
  surveys: z.record(z.string(), z.record(z.string().regex(/^\d+\.\d+\.\d+$/), ZPublishedVersion)),
});
export type TPublishedLock = z.infer<typeof ZPublishedLock>;

const COMMENT =
  'Published survey versions, written by `npm run surveys:publish`; do not edit by hand. ' +
  'surveys:check compares each definition with these: a published version may not change, and a change that breaks comparability needs a new major version.';

/** Reads the lock file of `dir`: none when absent, problems (as `file: path: message`) when malformed. */
export function readLock(dir: string): { lock: TPublishedLock | undefined; problems: CheckProblem[] } {
  const path = join(dir, LOCK_FILE);
  if (!existsSync(path)) return { lock: undefined, problems: [] };
  const file = displayPath(path);
  const parsed = parseJson(readFileSync(path, 'utf8'));
  if ('error' in parsed) return { lock: undefined, problems: [problemAt(file, '$', parsed.error.code, parsed.error.params)] };
  const result = ZPublishedLock.safeParse(parsed.json);
  if (result.success) return { lock: result.data, problems: [] };
  const problems = result.error.issues.map((issue) =>
    problemAt(
      file,
      issue.path.reduce<string>((p, k) => childPath(p, typeof k === 'number' ? k : String(k)), '$'),
      'schema',
      { detail: issue.message },
    ),
  );
  return { lock: undefined, problems };
}

/** The lock entry for a definition as it is now. */
export function publishedVersion(json: unknown, outline: SurveyOutline): TPublishedVersion {
  return { sha256: contentHash(json), questions: fingerprint(outline) };
}

/**
 * Records `id` at `version` in `lock` (a new object; the old one is untouched). Returns whether
 * that version was new. Callers check the definition first: recording never replaces a version.
 */
export function recordVersion(lock: TPublishedLock | undefined, id: string, version: string, entry: TPublishedVersion): { lock: TPublishedLock; added: boolean } {
  const surveys = { ...(lock?.surveys ?? {}) };
  const versions = { ...(surveys[id] ?? {}) };
  if (versions[version] !== undefined) return { lock: lock ?? { comment: COMMENT, surveys }, added: false };
  versions[version] = entry;
  surveys[id] = versions;
  return { lock: { comment: COMMENT, surveys }, added: true };
}

/**
 * Writes the lock with ids in alphabetical and versions in numeric order, one question per line,
 * so that publishing a version shows up as a readable diff.
 */
export function writeLock(dir: string, lock: TPublishedLock): void {
  const prints: string[] = [];
  // Each question's print goes in as a placeholder string and comes out as one line of JSON.
  const placeholder = (print: unknown) => `@@${prints.push(JSON.stringify(print)) - 1}@@`;
  const surveys = Object.fromEntries(
    Object.keys(lock.surveys)
      .sort()
      .map((id) => {
        const versions = lock.surveys[id] ?? {};
        const ordered = Object.keys(versions)
          .sort(compareVersions)
          .map((v) => {
            const { sha256, questions } = versions[v] as TPublishedVersion;
            return [v, { sha256, questions: Object.fromEntries(Object.entries(questions).map(([name, p]) => [name, placeholder(p)])) }];
          });
        return [id, Object.fromEntries(ordered)];
      }),
  );
  const text = JSON.stringify({ comment: COMMENT, surveys }, null, 2).replace(/"@@(\d+)@@"/g, (_, i: string) => prints[Number(i)] ?? '');
  writeFileSync(join(dir, LOCK_FILE), `${text}\n`);
}
