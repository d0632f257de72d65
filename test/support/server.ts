import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { loadCatalog } from '../../server/catalog/catalog.ts';
import { fixtureSurveysDir } from './app.ts';
import { freshDatabase, type TestDatabase } from './database.ts';

export const clientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export interface RunningServer {
  url: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The whole server (API and built client) on a free loopback port, with a fresh database. */
export async function startServer(surveysDir = fixtureSurveysDir): Promise<RunningServer> {
  const db = await freshDatabase();
  const app = createApp({ db, catalog: loadCatalog(surveysDir), clientDir });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await db.destroy();
    },
  };
}
