import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { createAssignments, type CreatedAssignment } from '../../server/assignments/create.ts';
import type { TTarget } from '../../server/assignments/targets.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { createWave } from '../../server/waves/waves.ts';
import { freshDatabase } from './database.ts';
import { clientDir, type RunningServer } from './server.ts';

/** The bundled surveys (`surveys/`), with the mystery-guest protocol. */
export const bundledSurveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));

export interface GuestServer extends RunningServer {
  /** The assignments made for `targets`, with the tokens their links carry. */
  assignments: CreatedAssignment[];
  /** The link a mystery guest opens for one assignment. */
  link(a: CreatedAssignment): string;
}

/**
 * The whole server (API and built client) on a free loopback port and a fresh database, with the
 * bundled surveys and an assignment wave of the mystery-guest survey open today, holding one
 * assignment per unpaired target and two per paired one.
 */
export async function startGuestServer(targets: TTarget[]): Promise<GuestServer> {
  const db = await freshDatabase();
  const catalog = loadCatalog(bundledSurveysDir);
  const now = new Date();
  const wave = await createWave(db.client, catalog, 'mystery-guest', { mode: 'assignment' }, now);
  const { assignments } = await createAssignments(db.client, wave.id, targets, now);
  const app = createApp({ db, staff: db.staff, catalog, clientDir });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    assignments,
    link: (a) => `${url}/opdracht/#t=${a.token}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await db.destroy();
    },
  };
}
