import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { readSessionCookie, setSessionCookie } from '../../auth/cookie.ts';
import { finishSignIn, SignInRefused, startSignIn } from '../../auth/oidc/flow.ts';
import { accessFromGroups } from '../../auth/oidc/group-roles.ts';
import { refusalPage, signedInPage } from '../../auth/oidc/page.ts';
import { takePendingCookie, setPendingCookie } from '../../auth/oidc/pending-cookie.ts';
import { startSession } from '../../auth/sessions.ts';
import { amsterdamDate } from '../../../survey-format/calendar.ts';
import { deleteAccount, findOidcAccount, upsertOidcAccount } from '../../db/accounts.ts';
import { Problem } from '../../errors.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

/**
 * Sign-in through the organisation's identity provider (OpenID Connect, authorization code flow
 * with PKCE, through openid-client), and the sign-in options the login page offers:
 * - `GET /api/admin/sign-in-options`: `{ password: true, oidc }`.
 * - `GET /api/admin/oidc/start`: to the provider, with a pending sign-in in a cookie.
 * - `GET /api/admin/oidc/callback`: back from it; a verified ID token whose groups give a role
 *   starts a Peil session (as a password login does) and moves on to the workspace; anything else
 *   ends on a page saying why, in Dutch and English.
 * The account is created or updated with the role and scope its groups give at every sign-in.
 */
export function oidcRoutes({ staff, now, auth }: AdminDeps) {
  const provider = () => {
    if (auth.oidc === null) {
      throw new Problem(404, 'oidc-not-configured', 'Peil is not connected to an identity provider; sign in with a password.');
    }
    return auth.oidc;
  };
  return new Hono()
    .get('/sign-in-options', (c) => c.json({ password: true, oidc: auth.oidc !== null }))
    .get('/oidc/start', async (c) => {
      const { url, pending } = await startSignIn(provider());
      setPendingCookie(c, pending);
      return c.redirect(url.href, 302);
    })
    .get('/oidc/callback', async (c) => {
      const p = provider();
      const pending = takePendingCookie(c);
      try {
        const identity = await finishSignIn(p, new URL(c.req.url).search, pending);
        const access = accessFromGroups(p.roles, identity.groups);
        if (access === undefined) {
          // Removed from its groups since it last signed in: the account goes, so the admins' list stays true.
          const former = await findOidcAccount(staff, identity.subject);
          if (former) {
            await deleteAccount(staff, former.id);
            await recordAudit(staff, now(), null, 'account-deleted', { account: former.id, username: former.username, reason: 'no-group' });
          }
          throw new SignInRefused('no-group');
        }
        const account = await upsertOidcAccount(staff, identity.subject, {
          id: randomUUID(),
          username: identity.username,
          ...access,
          signIn: 'oidc',
          createdOn: amsterdamDate(now()),
        });
        if (account === undefined) throw new SignInRefused('username-taken');
        const started = await startSession(staff, account, now(), readSessionCookie(c));
        setSessionCookie(c, started.secret);
        await recordAudit(staff, now(), account, 'login', { via: 'oidc' });
        return signedInPage(c);
      } catch (e) {
        if (!(e instanceof SignInRefused)) throw e;
        // Who it was is not logged: for a token that failed verification, nobody is known.
        await recordAudit(staff, now(), null, 'sign-in-refused', { reason: e.reason, code: e.code });
        return refusalPage(c, e.reason);
      }
    });
}
