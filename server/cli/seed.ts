/**
 * `npm run seed [-- --force] [--scale N] [--seed N]`: fills the database named by DATABASE_URL
 * (default file:data/peil.db, as the server) with realistic fake answers for every instrument, four
 * waves and ten directorates. Refuses a database that already holds waves or answers, unless
 * `--force`, which deletes them first.
 */
import { ArgumentError, parseArguments } from '../../survey-format/command-line/arguments.ts';
import { inLanguage } from '../../survey-format/command-line/bilingual.ts';
import { cliLanguage } from '../../survey-format/command-line/language.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { databaseNameIn } from '../db/database-name.ts';
import { openDatabase, type Database } from '../db/open.ts';
import { DatabaseRefusal } from '../db/refusal.ts';
import { parseEnv } from '../env.ts';
import { seedProcedures } from '../seed/procedures.ts';
import { seedHrFigures } from '../seed/hr.ts';
import { clearDatabase, DatabaseNotEmptyError, existingData, seedDatabase } from '../seed/seed.ts';
import { SEED_MESSAGES } from './seed-messages.ts';

/** Runs the command; returns its exit code. Speaks Dutch unless `--lang en` or `LANG=en*` in `env`. */
export async function main(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { language, rest: argv, problem } = cliLanguage(args, env);
  const says = inLanguage(SEED_MESSAGES, language);
  let values: { force?: boolean; scale?: string; seed?: string; help?: boolean };
  try {
    if (problem !== undefined) throw new ArgumentError(problem);
    ({ values } = parseArguments({
      args: [...argv],
      options: { force: { type: 'boolean' }, scale: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }, language));
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    console.error(`${e.message}\n\n${says.usage}`);
    return 2;
  }
  if (values.help) {
    console.log(says.usage);
    return 0;
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!(Number.isFinite(scale) && scale > 0) || !Number.isInteger(seed)) {
    console.error(`${says.numbers}\n\n${says.usage}`);
    return 2;
  }
  let config: ReturnType<typeof parseEnv>;
  try {
    config = parseEnv(env, language);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const database = databaseNameIn(config.DATABASE_URL, language);
  let db: Database;
  try {
    db = await openDatabase(config.DATABASE_URL);
  } catch (e) {
    if (!(e instanceof DatabaseRefusal)) throw e;
    console.error(e.in(language));
    return 1;
  }
  try {
    const existing = await existingData(db.client);
    if ((existing.answers > 0 || existing.waves > 0) && !values.force) {
      console.error(says.notEmpty(database, existing.answers, existing.waves));
      return 1;
    }
    if (values.force) await clearDatabase(db.client);
    const started = performance.now();
    const catalog = loadCatalog(config.SURVEYS_DIR);
    const summary = await seedDatabase(db.client, catalog, { scale, seed, progress: (w) => console.log(says.wave(w.survey, w.period, w.invited, w.answers, !w.closed)) });
    const registers = await seedProcedures(db.client, catalog, seed);
    const hr = await seedHrFigures(db.client, seed);
    console.log(says.seeded(summary.answers, summary.waves.length, registers.records, hr.rows, database, ((performance.now() - started) / 1000).toFixed(1)));
    return 0;
  } catch (e) {
    if (e instanceof DatabaseNotEmptyError) {
      console.error(says.notEmpty(database, e.answers, e.waves));
      return 1;
    }
    throw e;
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
