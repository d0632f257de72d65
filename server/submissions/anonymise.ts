import { hash, randomBytes, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';

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
  /**
   * The group attributes of the invitation batch (e.g. directorate), never the batch or the token:
   * a batch with attributes holds at least k invitees, so the attributes single nobody out.
   */
  attributes: Record<string, string>;
}

export function anonymousResponse(
  wave: { surveyId: string; surveyVersion: string; period: string },
  answers: Record<string, unknown>,
  attributes: Record<string, string>,
): AnonymousResponse {
  return { id: randomUUID(), surveyId: wave.surveyId, surveyVersion: wave.surveyVersion, wave: wave.period, answers, attributes };
}

/** One-shot (crypto.hash): a third of the cost of createHash().update().digest() for these short strings. */
const sha256 = (s: string) => hash('sha256', s, 'hex');

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

/**
 * A new link token, for an invitation or a mystery-guest assignment: 144 random bits, URL-safe.
 * Only its hash is stored, so a copy of the database cannot be turned back into working links.
 */
export function newInvitationToken(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * The stored form of a link token, invitation or assignment alike (one hash, so one look-up finds
 * either). Tokens are long random strings, so a plain SHA-256 cannot be reversed by guessing.
 */
export function invitationTokenHash(token: string): string {
  return sha256(`peil:invitation:${token}`);
}

/**
 * The stored form of a spent credential, written with its answer. Its message is 64 random bytes
 * that only the respondent's browser and this submission ever saw, so the hash cannot be tested
 * against anything else stored (the blinded message of the exchange is unrelated to it).
 */
export function spentCredentialHash(keyId: string, message: string): string {
  return sha256(`peil:credential:${keyId}:${message}`);
}

/** The stored form of the blinded message a token was exchanged for (the retry check of the exchange). */
export function blindedMessageHash(blindedMessage: string): string {
  return sha256(`peil:blinded:${blindedMessage}`);
}
