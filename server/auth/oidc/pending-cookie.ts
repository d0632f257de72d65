import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { overTls } from '../cookie.ts';
import type { PendingSignIn } from './flow.ts';

/** How long a browser may take at the provider before its sign-in has to start again. */
const PENDING_SECONDS = 10 * 60;

/**
 * The pending sign-in's state, nonce and PKCE verifier, in the browser that started it: HttpOnly,
 * `__Host-` over TLS (see cookie.ts), SameSite=Lax because the provider's redirect back is a
 * cross-site navigation, which a Strict cookie would miss. Nothing is kept on the server, so any
 * instance can finish the sign-in. Forging it gains nothing: the code was issued for the verifier's
 * hash and the ID token carries the nonce sent with it.
 */
const name = (c: Context) => (overTls(c) ? '__Host-peil_oidc' : 'peil_oidc');
const options = (c: Context) => ({ path: '/', httpOnly: true, secure: overTls(c), sameSite: 'Lax' as const });

export function setPendingCookie(c: Context, p: PendingSignIn): void {
  setCookie(c, name(c), Buffer.from(JSON.stringify(p)).toString('base64url'), { ...options(c), maxAge: PENDING_SECONDS });
}

/** The pending sign-in, read once: the cookie is cleared at the same time. */
export function takePendingCookie(c: Context): PendingSignIn | undefined {
  const value = getCookie(c, name(c));
  deleteCookie(c, name(c), options(c));
  if (!value) return undefined;
  try {
    const p = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
    return typeof p.state === 'string' && typeof p.nonce === 'string' && typeof p.verifier === 'string' ? { state: p.state, nonce: p.nonce, verifier: p.verifier } : undefined;
  } catch {
    return undefined;
  }
}
