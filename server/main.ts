import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inLanguage } from '../survey-format/command-line/bilingual.ts';
import { cliLanguage } from '../survey-format/command-line/language.ts';
import { problemLine } from '../survey-format/checker/json-path.ts';
import { createApp } from './app.ts';
import { issueSetupToken, setupLink } from './auth/setup.ts';
import { CatalogError, loadCatalog } from '../survey-format/catalog/catalog.ts';
import { buildClientIfNeeded } from './client-build.ts';
import { databaseNameIn } from './db/database-name.ts';
import { openDatabase } from './db/open.ts';
import { errorText } from './db/refusal.ts';
import { listen } from './http-server.ts';
import { listWaves } from './db/waves.ts';
import { discoverProvider } from './auth/oidc/provider.ts';
import { oidcOptions, parseEnv } from './env.ts';
import { sweepRetention, sweepLines } from './retention/sweep.ts';
import { START_MESSAGES } from './start-messages.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
// `npm start -- --lang en`, or LANG=en*: the console speaks English; Dutch otherwise.
const { language, problem } = cliLanguage(process.argv.slice(2), process.env);
const says = inLanguage(START_MESSAGES, language);

async function main(): Promise<void> {
  if (problem !== undefined) throw new Error(problem);
  const env = parseEnv(process.env, language);
  const clientDir = resolve(projectRoot, 'dist/client');
  if (await buildClientIfNeeded(projectRoot, clientDir)) console.log(says.builtClient);
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
    console.log(says.serves(catalog.list().length, env.SURVEYS_DIR, databaseNameIn(env.DATABASE_URL, language)));
    const base = `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`;
    console.log(says.open(`${base}/`));
    // Printed once, on the server's own console: whoever reads it may create the first admin.
    if (provider) console.log(says.signIn(provider.issuer.href, provider.roles.length));
    if (setupToken) console.log(says.firstAdmin(setupLink(base, setupToken)));
    if (waves.length === 0) console.log(says.noWave);
  });
  // Retention: at start-up and then daily. The timer does not keep the process alive on its own.
  const retention = async () => {
    try {
      for (const line of sweepLines(await sweepRetention(db.client, new Date()), language)) console.log(line);
    } catch (e) {
      // Only the error's name: a message could quote stored data.
      console.error(says.retentionFailed((e as Error).name));
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
  if (e instanceof CatalogError) console.error([says.surveyFails, ...e.problems.map(problemLine(language))].join('\n'));
  else console.error(says.cannotStart(errorText(e, language)));
  process.exit(1);
});
