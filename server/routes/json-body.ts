import type { Context } from 'hono';
import { problems } from '../errors.ts';
import { parseJson } from '../json-input.ts';

/** Refuses a body that is not `application/json` with 415, before it is read. */
export function requireJson(c: Context): void {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) throw problems.unsupportedMediaType();
}

/** A JSON route's body: 415 unless `application/json`, then `parseJson` (server/json-input.ts). */
export async function readJsonBody(c: Context): Promise<unknown> {
  requireJson(c);
  return parseJson(await c.req.text());
}

