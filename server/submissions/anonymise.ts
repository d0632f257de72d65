import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { halfYearWave } from '../wave.ts';

/**
 * Everything that decides what of a submission is kept, in one place. Each rule names the threat
 * it answers (see ../shared/guide/privacy.md and docs/decisions/002-anonymous-storage.md).
 */

/** The row stored for one answer. Nothing else about the submission is kept. */
export interface AnonymousResponse {
  /** Random (UUID v4): ids say nothing about who or when, and the table is ordered by them. */
  id: string;
  surveyId: string;
  surveyVersion: string;
  /** The half-year, never a time: a timestamp could be lined up with mail logs or token use. */
  wave: string;
  /** Only the validated answers to visible questions; the request's headers, IP and agent are never read. */
  answers: Record<string, unknown>;
}

export function anonymousResponse(
  surveyId: string,
  surveyVersion: string,
  answers: Record<string, unknown>,
  now: Date,
): AnonymousResponse {
  return { id: randomUUID(), surveyId, surveyVersion, wave: halfYearWave(now), answers };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The idempotency key is kept only as a hash, so the table cannot be searched for a key seen elsewhere. */
export function idempotencyKeyHash(key: string): string {
  return sha256(`peil:idempotency-key:${key}`);
}

/**
 * The hash that tells a retry (same body) from a reused key (another body). It is salted with the key
 * itself, which is never stored: a database reader cannot test which stored answer a record belongs to.
 */
export function submissionBodyHash(key: string, body: unknown): string {
  return sha256(`peil:body:${key}:${canonicalize(body)}`);
}
