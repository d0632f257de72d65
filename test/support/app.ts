import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.ts';
import { loadCatalog, type Catalog } from '../../survey-format/catalog/catalog.ts';
import { createWave } from '../../server/waves/waves.ts';
import type { WaveOptions } from '../../server/waves/wave.ts';
import { freshDatabase, tableRows, type TestDatabase } from './database.ts';

export const fixtureSurveysDir = fileURLToPath(new URL('../fixtures/surveys/', import.meta.url));

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: TestDatabase;
  catalog: Catalog;
  /** Rows of a table, for checking what was (not) stored. */
  rows(table: string): Promise<Record<string, unknown>[]>;
}

/** An open-link wave for the fixture survey in the half-year of the test clock. */
export const openLinkWave: WaveOptions = { mode: 'open' };

/**
 * The real app, in-process, on a fresh database, with the fixture surveys and a fixed clock.
 * Unless `wave` is false, the fixture survey `werkplek` has a wave open on that clock.
 */
export async function testApp(
  now = new Date('2026-09-15T10:00:00Z'),
  wave: WaveOptions | false = openLinkWave,
): Promise<TestApp> {
  const db = await freshDatabase();
  const catalog = loadCatalog(fixtureSurveysDir);
  if (wave) await createWave(db.client, catalog, 'werkplek', wave, now);
  const app = createApp({ db, staff: db.staff, catalog, now: () => now });
  return {
    app,
    db,
    catalog,
    rows: (table) => tableRows(db, table),
  };
}

/** A POST of a submission, as the client sends it. */
export function postResponse(app: TestApp['app'], surveyId: string, body: unknown, key: string | null = crypto.randomUUID()) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers['Idempotency-Key'] = key;
  return app.request(`/api/surveys/${surveyId}/responses`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
