import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { problems } from '../errors.ts';

/**
 * Refuses a request body over `maxSize` bytes with 413 (`body-too-large`). A body that states its
 * length is judged by its Content-Length header, before a byte of it is read and without touching
 * the request's body stream, which keeps @hono/node-server on its fast path (the body is read later
 * straight from Node's request). Any other body (chunked, or in-process without the header) is
 * counted as it is read, and refused as soon as it passes the limit (hono's bodyLimit).
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const counted = bodyLimit({
    maxSize,
    onError: () => {
      throw problems.tooLarge(maxSize);
    },
  });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || !/^\d+$/.test(length) || c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    if (Number(length) > maxSize) throw problems.tooLarge(maxSize);
    return next();
  };
}
