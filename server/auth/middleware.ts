import type { Client } from '@libsql/client';
import { createMiddleware } from 'hono/factory';
import { fieldProblem, Problem } from '../errors.ts';
import { overTls, readSessionCookie } from './cookie.ts';
import { csrfToken, sameSecret } from './secrets.ts';
import { resumeSession, type Session } from './sessions.ts';

/** What the session middleware hands to admin handlers. */
export type AdminEnv = { Variables: { session: Session } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isStateChanging = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * Refuses a state-changing request that a browser says comes from another site: an `Origin` other
 * than our own, or `Sec-Fetch-Site: cross-site`. It covers login and setup, which have no session
 * and hence no CSRF token yet. Requests without these headers (not from a browser) pass.
 */
export const sameOrigin = createMiddleware(async (c, next) => {
  if (isStateChanging(c.req.method)) {
    const origin = c.req.header('Origin');
    const own = `${overTls(c) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
    if (origin !== undefined && origin !== own) {
      throw new Problem(403, 'cross-origin', `Requests from ${origin} are not accepted.`, [
        fieldProblem('Origin', 'origin', { origin: own }),
      ]);
    }
    if (c.req.header('Sec-Fetch-Site') === 'cross-site') {
      throw new Problem(403, 'cross-origin', 'Requests from other sites are not accepted.', [
        fieldProblem('Sec-Fetch-Site', 'cross-site'),
      ]);
    }
  }
  await next();
});

/**
 * Requires a live session (401 otherwise) and, on every state-changing request, the session's CSRF
 * token in `X-CSRF-Token` (403 otherwise). SameSite=Strict already keeps the cookie off cross-site
 * requests; the token also covers browsers and same-site pages where that falls short.
 */
export function authenticated(client: Client, now: () => Date) {
  return createMiddleware<AdminEnv>(async (c, next) => {
    const secret = readSessionCookie(c);
    const session = secret ? await resumeSession(client, secret, now()) : undefined;
    if (!session) {
      throw new Problem(401, 'unauthenticated', 'Log in first; there is no session, or it has expired.', [
        fieldProblem('Cookie', 'no-session'),
      ]);
    }
    if (isStateChanging(c.req.method) && !sameSecret(c.req.header('X-CSRF-Token') ?? '', csrfToken(session.secret))) {
      throw new Problem(403, 'csrf', 'Send the csrfToken from GET /api/admin/session as X-CSRF-Token.', [
        fieldProblem('X-CSRF-Token', 'csrf-token'),
      ]);
    }
    c.set('session', session);
    await next();
  });
}
