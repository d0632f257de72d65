import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { openAssignment } from '../assignments/open.ts';
import { readToken, tokenBodyLimit } from './token-body.ts';

/**
 * `POST /api/assignments/open`: a mystery guest's app opens its assignment (see OpenedAssignment).
 * The token travels in the body, never in a URL that could end up in a log; the answer is not
 * cached (no-store, as all of /api). Observations then go to `POST /api/surveys/:id/responses`.
 */
export function assignmentRoutes(client: Client, now: () => Date) {
  return new Hono().post('/open', tokenBodyLimit(), async (c) => {
    return c.json(await openAssignment(client, await readToken(c), now()));
  });
}
