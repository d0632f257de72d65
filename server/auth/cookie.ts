import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * Whether the browser reached us over TLS: directly, or through a reverse proxy that terminates TLS
 * and says so in `X-Forwarded-Proto`. Trusting that header can only add `Secure` to a cookie, which
 * a client could not use against anyone but itself.
 */
export function overTls(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * The session cookie's name. Over TLS it is `__Host-peil_session`: Secure, Path=/ and no Domain, so
 * neither a subdomain nor a plain-http page can set or overwrite it. Browsers drop a `__Host-` cookie
 * that lacks Secure, so over plain http (a local trial on 127.0.0.1) the same cookie is called
 * `peil_session` instead; each name is only read over its own kind of connection.
 */
function cookieName(c: Context): string {
  return overTls(c) ? '__Host-peil_session' : 'peil_session';
}

/** The session secret the request carries, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, cookieName(c)) || undefined;
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Path=/, Secure over TLS; it lasts as long as the browser session. */
export function setSessionCookie(c: Context, secret: string): void {
  setCookie(c, cookieName(c), secret, { path: '/', httpOnly: true, secure: overTls(c), sameSite: 'Strict' });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, cookieName(c), { path: '/', httpOnly: true, secure: overTls(c), sameSite: 'Strict' });
}
