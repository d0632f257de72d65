import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import { getWaveDefinition, wavesOpenOn } from '../db/waves.ts';
import { problems } from '../errors.ts';
import { publicDefinition } from '../waves/public-definition.ts';

/**
 * `GET /api/surveys` and `GET /api/surveys/:id`. The list holds the surveys anyone can answer today
 * (a wave open with an open link): the home page must not offer what needs an invitation or an
 * assignment. While a wave is open, the definition served is the one that wave fields (its fixed
 * version), so the client renders exactly what the server validates.
 */
export function surveyRoutes(client: Client, catalog: Catalog, now: () => Date) {
  return new Hono()
    .get('/', async (c) => {
      const today = amsterdamDate(now());
      // Registers of procedures are entered in the workspace, never answered by respondents.
      const all = catalog.list().filter((s) => s.kind !== 'register');
      const open = await Promise.all(all.map(async (s) => (await wavesOpenOn(client, s.id, today)).some((w) => w.mode === 'open')));
      return c.json({ surveys: all.filter((_, i) => open[i]) });
    })
    .get('/:id', async (c) => {
      const entry = catalog.get(c.req.param('id'));
      if (!entry) throw problems.notFound(`Survey "${c.req.param('id')}"`);
      const [wave] = await wavesOpenOn(client, entry.definition.id, amsterdamDate(now()));
      const fielded = wave ? await getWaveDefinition(client, wave.id) : entry.definition;
      return c.json(publicDefinition(fielded, wave));
    });
}
