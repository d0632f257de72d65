import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret for a session or setup link: 32 random bytes (256 bits), base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a secret: its SHA-256 (the secret has full entropy, so no salt or stretching is needed). */
export function secretHash(purpose: 'session' | 'setup', secret: string): string {
  return createHash('sha256').update(`peil:${purpose}:${secret}`).digest('hex');
}

/**
 * The CSRF token of a session: an HMAC keyed by the session secret. Only someone who can read the
 * (HttpOnly) cookie's value or the session's own responses can make it; it changes with the session.
 */
export function csrfToken(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('peil:csrf').digest('base64url');
}

/** Compares two strings in constant time (hashing first, so their lengths need not match). */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
