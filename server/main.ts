import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { issueSetupToken, setupLink } from './auth/setup.ts';
import { CatalogError, loadCatalog } from '../survey-format/catalog/catalog.ts';
import { buildClientIfNeeded } from './client-build.ts';
import { databaseName } from './db/database-name.ts';
import { openDatabase } from './db/open.ts';
import { listen } from './http-server.ts';
import { listWaves } from './db/waves.ts';
import { discoverProvider } from './auth/oidc/provider.ts';
import { oidcOptions, parseEnv } from './env.ts';
import { sweepRetention, sweepLines } from './retention/sweep.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const env = parseEnv();
  const clientDir = resolve(projectRoot, 'dist/client');
  if (await buildClientIfNeeded(projectRoot, clientDir)) console.log('Built the client into dist/client.');
  const catalog = loadCatalog(resolve(projectRoot, env.SURVEYS_DIR));
  const staff = await openDatabase(env.STAFF_DATABASE_URL, { schema: 'staff' });
  const db = await openDatabase(env.DATABASE_URL, { staff: staff.client });
  await db.writer.open();
  const oidc = oidcOptions(env);
  // The provider's keys and endpoints, read once: a provider that cannot be reached stops the start.
  const provider = oidc ? await discoverProvider(oidc) : null;
  const app = createApp({ db, staff, catalog, clientDir, auth: { trustedProxies: env.TRUSTED_PROXIES, oidc: provider } });
  const waves = await listWaves(db.client);
  const setupToken = await issueSetupToken(staff.client);

  const server = listen(app.fetch, { port: env.PORT, hostname: env.HOST }, (info) => {
    console.log(`Peil serves ${catalog.list().length} surveys from ${env.SURVEYS_DIR}/ with ${databaseName(env.DATABASE_URL)}.`);
    const base = `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`;
    console.log(`Open ${base}/`);
    // Printed once, on the server's own console: whoever reads it may create the first admin.
    if (provider) console.log(`Sign-in through ${provider.issuer.href} for ${provider.roles.length} group(s).`);
    if (setupToken) console.log(`Create the first admin account: ${setupLink(base, setupToken)}`);
    if (waves.length === 0) {
      console.log('No wave is open yet, so no survey takes answers. To try one: npm run peil -- wave create inclusie --mode open');
    }
  });
  // Retention: at start-up and then daily. The timer does not keep the process alive on its own.
  const retention = async () => {
    try {
      for (const line of sweepLines(await sweepRetention(db.client, new Date()))) console.log(line);
    } catch (e) {
      // Only the error's name: a message could quote stored data.
      console.error(`Retention sweep failed (${(e as Error).name}); it runs again in 24 hours.`);
    }
  };
  void retention();
  const daily = setInterval(() => void retention(), 24 * 60 * 60 * 1000);
  daily.unref();
  const stop = () => {
    clearInterval(daily);
    server.close(() => {
      db.close();
      staff.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  if (e instanceof CatalogError) console.error(`Peil cannot start: a survey fails its check.\n${e.message}`);
  else console.error(`Peil cannot start: ${(e as Error).message}`);
  process.exit(1);
});
