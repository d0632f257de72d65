import { basename } from 'node:path';
import type { z } from 'zod';
import { ZSurveyDefinition } from '../catalog/definition.ts';
import { childPath } from './json-path.ts';
import type { Check } from './types.ts';

// Texts (purpose, survey title) are the translations check's; the rest of `survey` is SurveyJS's.
const CHECKED_HERE = ['id', 'version', 'kind', 'unit', 'agreementTargets', 'indicators', 'breakdowns', 'crossings'] as const;
const KNOWN_KEYS = new Set(Object.keys(ZSurveyDefinition.shape));

/**
 * Checks Peil's envelope around the SurveyJS JSON against the catalog's own schema: a valid `id`
 * that is also the file name, a `major.minor.patch` version, a known kind, no unknown top-level keys.
 */
export const checkEnvelope: Check = ({ file, json, survey }, report) => {
  for (const key of CHECKED_HERE) {
    const result = ZSurveyDefinition.shape[key].safeParse(json[key], { error: missingOr });
    for (const issue of result.success ? [] : result.error.issues) {
      report(issue.path.reduce<string>((path, k) => childPath(path, typeof k === 'number' ? k : String(k)), childPath('$', key)), issue.message);
    }
  }
  if (survey === undefined) report('$.survey', json.survey === undefined ? 'is missing' : 'must be a SurveyJS JSON object');
  for (const key of Object.keys(json)) {
    if (!KNOWN_KEYS.has(key)) report(childPath('$', key), `unknown property (known: ${[...KNOWN_KEYS].join(', ')})`);
  }
  const expected = basename(file).replace(/\.json$/, '');
  if (typeof json.id === 'string' && json.id !== expected) {
    report('$.id', `"${json.id}" differs from the file name; name the file ${json.id}.json or the id "${expected}"`);
  }
};

function missingOr(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.input === undefined ? 'is missing' : undefined;
}
