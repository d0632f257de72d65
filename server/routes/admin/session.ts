import { Hono } from 'hono';
import { z } from 'zod';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../../auth/cookie.ts';
import { clientAddress } from '../../auth/client-address.ts';
import type { LoginThrottle } from '../../auth/login-throttle.ts';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { decoyHash, verifyPassword } from '../../auth/password.ts';
import { permissionsOf } from '../../auth/permissions.ts';
import { csrfToken } from '../../auth/secrets.ts';
import { endSession, startSession, type Session } from '../../auth/sessions.ts';
import { findLogin } from '../../db/accounts.ts';
import { fieldProblem, Problem } from '../../errors.ts';
import { jsonBody } from './body.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

const ZLogin = z.strictObject({ username: z.string().max(100), password: z.string().max(1000) });

/** What the workspace needs to know about its session, with the token for X-CSRF-Token. */
const sessionView = (s: Session) => ({
  account: s.account,
  permissions: permissionsOf(s.account),
  csrfToken: csrfToken(s.secret),
  expiresAt: s.expiresAt.toISOString(),
});

/**
 * `POST /api/admin/login`, `POST /api/admin/logout` and `GET /api/admin/session`. A login always
 * starts a new session and ends the one the browser had; logout deletes the session on the server.
 */
export function sessionRoutes({ staff, now, auth }: AdminDeps, throttle: LoginThrottle) {
  const session = authenticated(staff, now);
  return new Hono<AdminEnv>()
    .post('/login', async (c) => {
      const body = await jsonBody(c, ZLogin);
      const username = body.username.trim().toLowerCase();
      const address = clientAddress(c, auth.trustedProxies);
      await throttle.admit(username, address, now());
      const found = await findLogin(staff, username);
      const ok = await verifyPassword(body.password, found?.passwordHash ?? (await decoyHash()));
      if (!found || !ok) {
        // The typed username is not logged when no account has it: it may be a mistyped password.
        await recordAudit(staff, now(), found?.account ?? null, 'login-failed');
        throw new Problem(401, 'login-failed', 'The username or password is wrong.', [
          fieldProblem('username', 'login-wrong'),
          fieldProblem('password', 'login-wrong'),
        ]);
      }
      throttle.succeeded(username, address);
      const started = await startSession(staff, found.account, now(), readSessionCookie(c));
      setSessionCookie(c, started.secret);
      await recordAudit(staff, now(), found.account, 'login');
      return c.json(sessionView(started));
    })
    .post('/logout', session, async (c) => {
      const s = c.get('session');
      await endSession(staff, s.secret);
      clearSessionCookie(c);
      await recordAudit(staff, now(), s.account, 'logout');
      return c.body(null, 204);
    })
    .get('/session', session, (c) => c.json(sessionView(c.get('session'))));
}
