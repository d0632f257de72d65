import { Hono } from 'hono';
import type { Catalog } from '../catalog/catalog.ts';
import { problems } from '../errors.ts';

/** `GET /api/surveys` and `GET /api/surveys/:id`: what the client needs to render a survey. */
export function surveyRoutes(catalog: Catalog) {
  return new Hono()
    .get('/', (c) => c.json({ surveys: catalog.list() }))
    .get('/:id', (c) => {
      const entry = catalog.get(c.req.param('id'));
      if (!entry) throw problems.notFound(`Survey "${c.req.param('id')}"`);
      const { id, version, kind, purpose, survey } = entry.definition;
      return c.json({ id, version, kind, purpose, survey });
    });
}
