import type { Context } from 'hono';
import type { z } from 'zod';
import { Problem, problems } from '../../errors.ts';

/** Fields of a zod failure, named by path ("surveys.0"), for a Problem. */
export function zodFields(error: z.ZodError) {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/**
 * Reads a JSON body and checks it against `schema`. Only `application/json` is accepted: a
 * cross-site HTML form cannot send it without a CORS preflight, which we never answer.
 */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
    throw new Problem(415, 'unsupported-media-type', 'JSON only', 'The body must be application/json.', [
      { field: 'Content-Type', message: 'must be application/json' },
    ]);
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw problems.malformedJson();
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = zodFields(parsed.error);
    throw new Problem(422, 'invalid-body', 'Invalid body', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
  }
  return parsed.data;
}
