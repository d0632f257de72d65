import { isIP } from 'node:net';
import type { Context } from 'hono';

/**
 * The address a login attempt came from, for the login throttle only: never stored, never logged,
 * and never read on a respondent's route. It is the socket's peer; when that peer is one of
 * `trustedProxies` (the reverse proxy in front of Peil), the last address that proxy appended to
 * `X-Forwarded-For` instead, since every request would otherwise share the proxy's address.
 * Undefined in-process (tests calling `app.request`), where there is no socket.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  if (peer === undefined || !trustedProxies.includes(peer)) return peer;
  const forwarded = (c.req.header('X-Forwarded-For') ?? '').split(',').map((s) => s.trim());
  const last = forwarded[forwarded.length - 1] ?? '';
  return isIP(last) ? last : peer;
}
