import type { Context } from 'hono';
import type { z } from 'zod';
import { problems } from '../../errors.ts';
import { zodProblems } from '../../zod-problems.ts';
import { readJsonBody } from '../json-body.ts';

/**
 * Reads a JSON body (readJsonBody: `application/json` only, shape checked) and checks it against
 * `schema`. A cross-site HTML form cannot send `application/json` without a CORS preflight, which
 * we never answer.
 */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJsonBody(c));
  if (!parsed.success) {
    throw problems.invalidBody(zodProblems(parsed.error));
  }
  return parsed.data;
}
