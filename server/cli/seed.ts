/**
 * `npm run seed [-- --force] [--scale N] [--seed N]`: fills the database named by DATABASE_URL
 * (default file:data/peil.db, as the server) with realistic fake answers for every instrument, four
 * waves and ten directorates. Refuses a database that already holds waves or answers, unless
 * `--force`, which deletes them first.
 */
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { databaseName } from '../db/database-name.ts';
import { openDatabase } from '../db/open.ts';
import { parseEnv } from '../env.ts';
import { seedProcedures } from '../seed/procedures.ts';
import { seedHrFigures } from '../seed/hr.ts';
import { clearDatabase, DatabaseNotEmptyError, existingData, seedDatabase } from '../seed/seed.ts';

const USAGE = `Usage: npm run seed -- [--force] [--scale N] [--seed N]

Fills the database named by DATABASE_URL (default file:data/peil.db) with fake answers for every
survey: waves 2025-H1 to 2026-H2 (all but the last closed), one invitation batch per directorate,
and register records (vacancy procedures, onboarding audits) for every directorate and half-year.
  --force     delete the waves, invitations and answers already in the database first
  --scale N   multiply the number of invitees (default 1: about 10,000 answers per wave)
  --seed N    seed of the random generator (default 1)`;

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { force?: boolean; scale?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { force: { type: 'boolean' }, scale: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!(Number.isFinite(scale) && scale > 0) || !Number.isInteger(seed)) {
    console.error(`--scale must be a number above 0 and --seed a whole number.\n\n${USAGE}`);
    return 2;
  }
  const config = parseEnv(env);
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const existing = await existingData(db.client);
    if ((existing.answers > 0 || existing.waves > 0) && !values.force) {
      console.error(`The ${databaseName(config.DATABASE_URL)} already holds ${existing.answers} answers in ${existing.waves} waves; not seeding. Use --force to delete them first.`);
      return 1;
    }
    if (values.force) await clearDatabase(db.client);
    const started = performance.now();
    const catalog = loadCatalog(config.SURVEYS_DIR);
    const summary = await seedDatabase(db.client, catalog, { scale, seed, progress: (line) => console.log(line) });
    const registers = await seedProcedures(db.client, catalog, seed);
    const hr = await seedHrFigures(db.client, seed);
    console.log(`Seeded ${summary.answers} answers in ${summary.waves.length} waves, ${registers.records} register records and ${hr.rows} rows of HR figures into the ${databaseName(config.DATABASE_URL)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (e) {
    if (e instanceof DatabaseNotEmptyError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
