import type { Context, MiddlewareHandler } from 'hono';

/**
 * Security headers on every response: a CSP that names no other host (fonts, scripts and styles all
 * come from this origin, so no third party learns a respondent's IP), no framing, no referrer.
 * SurveyJS and React set inline styles, hence 'unsafe-inline' for styles only. HSTS for one year,
 * as ASVS 5 asks; browsers honour it only over TLS. The rest are hono/secure-headers' defaults.
 */
const SECURITY_HEADERS: [string, string][] = Object.entries({
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The mystery guest's service worker (/sw.js) is the only worker, and it comes from this origin.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'DENY',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
});

/**
 * Sets `headers` before the handler runs, so that the response it builds (c.json, c.body) carries
 * them from the start and is never rebuilt afterwards: that keeps @hono/node-server on its fast path.
 * A handler that returns a Response of its own (static files) gets them added after it, unless it set `check` itself.
 */
function presetHeaders(headers: [string, string][], check: string): MiddlewareHandler {
  const expected = headers.find(([name]) => name === check)![1];
  return async (c: Context, next) => {
    for (const [name, value] of headers) c.header(name, value);
    await next();
    if (c.res.headers.get(check) !== expected) for (const [name, value] of headers) c.res.headers.set(name, value);
  };
}

export const securityHeaders: MiddlewareHandler = presetHeaders(SECURITY_HEADERS, 'Content-Security-Policy');

/** API answers are never cached: not by the browser, not by a proxy. */
export const noStore: MiddlewareHandler = presetHeaders([['Cache-Control', 'no-store']], 'Cache-Control');
