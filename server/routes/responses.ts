import { Hono } from 'hono';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import { problems } from '../errors.ts';
import { submitResponse, type SubmitDeps } from '../submissions/submit.ts';
import { requireJson } from './json-body.ts';
import { limitBody } from './body-limit.ts';

/** Larger than any honest answer set (a few long comments), small enough to refuse junk early. */
export const MAX_BODY_BYTES = 256 * 1024;

/** `POST /api/surveys/:id/responses`: one submission, idempotent by its Idempotency-Key header. */
export function responseRoutes(deps: SubmitDeps, catalog: Catalog, now: () => Date) {
  return new Hono().post(
    '/:id/responses',
    limitBody(MAX_BODY_BYTES),
    async (c) => {
      requireJson(c);
      const surveyId = c.req.param('id');
      const entry = catalog.get(surveyId);
      if (!entry) throw problems.notFound(`Survey "${surveyId}"`);
      const outcome = await submitResponse(deps, entry.definition, c.req.header('Idempotency-Key'), () => c.req.text(), now());
      if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(outcome.body as { status: 'stored'; survey: string; version: string; wave: string }, 201);
    },
  );
}
