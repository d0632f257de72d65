import { basename } from 'node:path';
import type { z } from 'zod';
import { ZSurveyDefinition } from '../catalog/definition.ts';
import type { CheckerMessage } from './checker-messages.ts';
import { childPath } from './json-path.ts';
import type { Check } from './types.ts';

// Texts (purpose, survey title) are the translations check's; the rest of `survey` is SurveyJS's.
const CHECKED_HERE = ['id', 'version', 'kind', 'unit', 'agreementTargets', 'indicators', 'breakdowns', 'crossings'] as const;
// zod's message for a missing key, turned into the checker's code `missing`.
const MISSING = 'is missing';
const KNOWN_KEYS = new Set(Object.keys(ZSurveyDefinition.shape));

/**
 * Checks Peil's envelope around the SurveyJS JSON against the catalog's own schema: a valid `id`
 * that is also the file name, a `major.minor.patch` version, a known kind, no unknown top-level keys.
 */
export const checkEnvelope: Check = ({ file, json, survey }, report) => {
  for (const key of CHECKED_HERE) {
    const result = ZSurveyDefinition.shape[key].safeParse(json[key], { error: missingOr });
    for (const issue of result.success ? [] : result.error.issues) {
      const at = issue.path.reduce<string>((path, k) => childPath(path, typeof k === 'number' ? k : String(k)), childPath('$', key));
      const message = issueMessage(key, issue);
      report(at, message.code, message.params);
    }
  }
  if (survey === undefined) report('$.survey', json.survey === undefined ? 'missing' : 'survey-not-object');
  for (const key of Object.keys(json)) {
    if (!KNOWN_KEYS.has(key)) report(childPath('$', key), 'unknown-top-property', { known: [...KNOWN_KEYS] });
  }
  const expected = basename(file).replace(/\.json$/, '');
  if (typeof json.id === 'string' && json.id !== expected) {
    report('$.id', 'id-not-file-name', { id: json.id, expected });
  }
};

/** The checker's message for one schema issue: Peil's own rules by code; zod's other words as they come, behind a lead-in. */
function issueMessage(key: string, issue: z.core.$ZodIssue): CheckerMessage {
  if (issue.message === MISSING) return { code: 'missing' };
  if (issue.code === 'invalid_format' && key === 'id') return { code: 'id-format' };
  if (issue.code === 'invalid_format' && key === 'version') return { code: 'version-format' };
  if (issue.code === 'invalid_value') return { code: 'one-of', params: { values: issue.values.map(String) } };
  return { code: 'schema', params: { detail: issue.message } };
}

function missingOr(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.input === undefined ? MISSING : undefined;
}
