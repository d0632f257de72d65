import type { Context } from 'hono';
import { z } from 'zod';
import { problems } from '../errors.ts';
import { zodProblems } from '../zod-problems.ts';
import { readJsonBody } from './json-body.ts';
import { limitBody } from './body-limit.ts';

/** A token body is a few dozen bytes; anything much larger is refused before it is read. */
const MAX_BYTES = 1024;

const ZToken = z.strictObject({ token: z.string().min(1).max(200) });

/** Refuses a body over 1 KiB with 413, for the public routes that take a link's token. */
export const tokenBodyLimit = () =>
  limitBody(MAX_BYTES);

/** The token of a `{ "token": "..." }` body (readJsonBody), or a 400/415/422 Problem naming what is wrong with it. */
export async function readToken(c: Context): Promise<string> {
  return (await readTokenBody(c, ZToken, '{ "token": "..." }')).token;
}

/** A small JSON body (readJsonBody) checked against `schema`, or a 400/415/422 Problem naming what is wrong with it. */
export async function readTokenBody<S extends z.ZodType>(c: Context, schema: S, shape: string): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJsonBody(c));
  if (!parsed.success) throw problems.invalidBody(zodProblems(parsed.error), `The body must be ${shape}.`);
  return parsed.data;
}
