import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.ts';
import type { AuthSettings } from '../../server/auth/settings.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { listen } from '../../server/http-server.ts';
import { createWave } from '../../server/waves/waves.ts';
import type { WaveOptions } from '../../server/waves/wave.ts';
import { fixtureSurveysDir, openLinkWave } from './app.ts';
import { freshDatabase, type TestDatabase } from './database.ts';

export const clientDir = fileURLToPath(new URL('../../dist/client/', import.meta.url));

export interface RunningServer {
  url: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * The whole server (API and built client) on a free loopback port, with a fresh database in which
 * every survey of `surveysDir` (registers aside) has a wave open today (an open link unless `wave` says otherwise).
 * `auth` makes the sign-in settings once the server's address is known (an identity provider
 * needs it for its redirect address).
 */
export async function startServer(
  surveysDir = fixtureSurveysDir,
  wave: WaveOptions = openLinkWave,
  auth?: (url: string) => Promise<AuthSettings>,
): Promise<RunningServer> {
  const db = await freshDatabase();
  const catalog = loadCatalog(surveysDir);
  // Registers of procedures have no waves: their records are entered, not answered.
  for (const s of catalog.list()) if (s.kind !== 'register') await createWave(db.client, catalog, s.id, wave, new Date());
  let app: ReturnType<typeof createApp> | undefined;
  const server = await new Promise<ReturnType<typeof listen>>((resolve) => {
    const s = listen((req, env) => app!.fetch(req, env), { port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  app = createApp({ db, staff: db.staff, catalog, clientDir, ...(auth ? { auth: await auth(url) } : {}) });
  return {
    url,
    db,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await db.destroy();
    },
  };
}
