import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response: a CSP that names no other host (fonts, scripts and styles all
 * come from this origin, so no third party learns a respondent's IP), no framing, no referrer.
 * SurveyJS and React set inline styles, hence 'unsafe-inline' for styles only.
 */
export const securityHeaders: MiddlewareHandler = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    // The mystery guest's service worker (/sw.js) is the only worker, and it comes from this origin.
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  // One year, as ASVS 5 asks (Hono's default is 180 days); browsers honour it only over TLS.
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  permissionsPolicy: { camera: [], microphone: [], geolocation: []},
});

/** API answers are never cached: not by the browser, not by a proxy. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
