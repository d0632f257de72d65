import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Catalog } from '../catalog/catalog.ts';
import type { Database } from '../db/open.ts';
import { problems } from '../errors.ts';
import { submitResponse } from '../submissions/submit.ts';

/** Larger than any honest answer set (a few long comments), small enough to refuse junk early. */
export const MAX_BODY_BYTES = 256 * 1024;

/** `POST /api/surveys/:id/responses`: one submission, idempotent by its Idempotency-Key header. */
export function responseRoutes(db: Database, catalog: Catalog, now: () => Date) {
  return new Hono().post(
    '/:id/responses',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw problems.tooLarge(MAX_BODY_BYTES);
      },
    }),
    async (c) => {
      const entry = catalog.get(c.req.param('id'));
      if (!entry) throw problems.notFound(`Survey "${c.req.param('id')}"`);
      const outcome = await submitResponse(db.client, entry, c.req.header('Idempotency-Key'), await c.req.text(), now());
      if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(outcome.body as { status: 'stored'; survey: string; version: string; wave: string }, 201);
    },
  );
}
