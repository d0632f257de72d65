import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { z } from 'zod';
import { openAssignment } from '../assignments/open.ts';
import { Problem, problems } from '../errors.ts';

const ZOpen = z.strictObject({ token: z.string().min(1).max(200) });

/**
 * `POST /api/assignments/open`: a mystery guest's app opens its assignment (see OpenedAssignment).
 * The token travels in the body, never in a URL that could end up in a log; the answer is not
 * cached (no-store, as all of /api). Observations then go to `POST /api/surveys/:id/responses`.
 */
export function assignmentRoutes(client: Client, now: () => Date) {
  return new Hono().post('/open', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw problems.malformedJson();
    }
    const parsed = ZOpen.safeParse(body);
    if (!parsed.success) {
      throw new Problem(422, 'invalid-body', 'Invalid body', 'The body must be { "token": "..." }.', [{ field: 'token', message: 'is required' }]);
    }
    return c.json(await openAssignment(client, parsed.data.token, now()));
  });
}
