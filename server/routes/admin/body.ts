import type { Context } from 'hono';
import type { z } from 'zod';
import { problems } from '../../errors.ts';
import { readJsonBody } from '../json-body.ts';

/** Fields of a zod failure, named by path ("surveys.0"), for a Problem. */
export function zodFields(error: z.ZodError) {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/**
 * Reads a JSON body (readJsonBody: `application/json` only, shape checked) and checks it against
 * `schema`. A cross-site HTML form cannot send `application/json` without a CORS preflight, which
 * we never answer.
 */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJsonBody(c));
  if (!parsed.success) {
    const fields = zodFields(parsed.error);
    throw problems.invalidBody(fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  }
  return parsed.data;
}
