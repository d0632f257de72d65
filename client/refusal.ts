import type { ProblemType } from '../server/problem-catalog.ts';

/**
 * Why the server refused a submission, as one of a few reasons a person can act on. The server's
 * problem `detail` is written for developers, in English (server/problem-catalog.ts), so the respondent's
 * and the guest's pages each say these reasons in their own words and language, and name the
 * problem by its stable type, never by its text.
 */
export type RefusalReason =
  | 'unknownLink'
  | 'linkRequired'
  | 'linkUsed'
  | 'waveClosed'
  | 'invalidAnswers'
  | 'invalidBody'
  | 'keyReused'
  | 'tooLarge'
  | 'versionChanged'
  | 'tooBusy'
  | 'other';

const BY_SLUG: Readonly<Partial<Record<ProblemType, RefusalReason>>> = {
  'unknown-invitation': 'unknownLink',
  'invalid-credential': 'unknownLink',
  'unknown-assignment': 'unknownLink',
  'invitation-required': 'linkRequired',
  'assignment-required': 'linkRequired',
  'invitation-used': 'linkUsed',
  'wave-closed': 'waveClosed',
  'invalid-answers': 'invalidAnswers',
  'invalid-body': 'invalidBody',
  'malformed-json': 'invalidBody',
  'bad-request': 'invalidBody',
  'idempotency-key-reused': 'keyReused',
  'body-too-large': 'tooLarge',
  'survey-version-changed': 'versionChanged',
  'too-many-answers': 'tooBusy',
  'database-busy': 'tooBusy',
};

/** The reason behind a problem `type` (`urn:peil:problem:<slug>`); `other` for one not listed. */
export function refusalReason(type: string): RefusalReason {
  return BY_SLUG[type.replace(/^urn:peil:problem:/, '') as ProblemType] ?? 'other';
}
