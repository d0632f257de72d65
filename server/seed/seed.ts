import { randomUUID } from 'node:crypto';
import { putTargetBaseline } from '../db/target-baselines.ts';
import { checkBaseline, targetsOf } from '../targets/baseline-form.ts';
import type { Client, InStatement } from '@libsql/client';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import { getWaveDefinition } from '../db/waves.ts';
import { invitationTokenHash } from '../submissions/anonymise.ts';
import { compileSurvey } from '../../survey-format/validation/index.ts';
import { closeWave, createInvitations, createWave } from '../waves/waves.ts';
import { answerGenerator } from './answers.ts';
import { DIRECTORATES, PLANS, WAVES } from './model.ts';
import { observationGenerator } from './observations.ts';
import { Random } from './random.ts';

export interface SeedOptions {
  /** Multiplies every batch size (default 1: about 10,000 answers per wave); batches keep at least k invitees. */
  scale?: number;
  /** Seed of the random generator (default 1): the same seed writes the same answers. */
  seed?: number;
  /** Only these surveys (default: every survey in PLANS). */
  surveys?: readonly string[];
  /** Called after each wave, with what was written. */
  progress?: (wave: SeededWave) => void;
}

/** One wave the seed wrote. */
export interface SeededWave {
  survey: string;
  period: string;
  invited: number;
  answers: number;
  closed: boolean;
}

export interface SeedSummary {
  waves: SeededWave[];
  answers: number;
}

/** Thrown when the database already holds data and `force` was not given. */
export class DatabaseNotEmptyError extends Error {
  constructor(
    readonly answers: number,
    readonly waves: number,
  ) {
    super(`The database already holds ${answers} answers in ${waves} waves.`);
  }
}

/** Rows written per INSERT statement, and statements per transaction. */
const ROWS_PER_INSERT = 400;
const INSERTS_PER_BATCH = 25;
/** Answers held in memory before they are written. */
const FLUSH_ROWS = 10_000;
/** The most links createInvitations makes at once. */
const MAX_BATCH = 100_000;

/** What the database already holds: answers and waves. */
export async function existingData(client: Client): Promise<{ answers: number; waves: number }> {
  const rs = await client.execute('SELECT (SELECT count(*) FROM responses) AS answers, (SELECT count(*) FROM waves) AS waves');
  return { answers: Number(rs.rows[0]?.answers ?? 0), waves: Number(rs.rows[0]?.waves ?? 0) };
}

/** Deletes every wave, invitation, answer, register record and HR figure (for `--force`). */
export async function clearDatabase(client: Client): Promise<void> {
  await client.batch(
    ['DELETE FROM responses', 'DELETE FROM idempotency_keys', 'DELETE FROM invitations', 'DELETE FROM invitation_batches', 'DELETE FROM waves', 'DELETE FROM procedure_records', 'DELETE FROM hr_figures', 'DELETE FROM target_baselines'],
    'write',
  );
}

/**
 * Fills an empty database with realistic fake data: for every instrument the waves 2025-H1 to
 * 2026-H2 (all closed), one invitation batch per directorate carrying the attribute
 * `directie`, a share of the links used, and one valid answer set per used link, checked with the
 * survey's compiled validator before it is written (and stored as the validator returns it, hidden
 * questions dropped, as the server does). The trends in model.ts put real changes between waves.
 */
export async function seedDatabase(client: Client, catalog: Catalog, options: SeedOptions = {}): Promise<SeedSummary> {
  const scale = options.scale ?? 1;
  if (!(scale > 0)) throw new RangeError('scale must be above 0');
  const existing = await existingData(client);
  if (existing.answers > 0 || existing.waves > 0) {
    throw new DatabaseNotEmptyError(existing.answers, existing.waves);
  }
  const rng = new Random(options.seed ?? 1);
  const summary: SeedSummary = { waves: [], answers: 0 };
  for (const plan of PLANS.filter((p) => !options.surveys || options.surveys.includes(p.survey))) {
    if (!catalog.get(plan.survey)) throw new Error(`survey "${plan.survey}" is not in the catalog`);
    for (const [waveIndex, w] of WAVES.entries()) {
      const opens = new Date(`${w.opensOn}T12:00:00Z`);
      const wave = await createWave(client, catalog, plan.survey, { period: w.period, opensOn: w.opensOn, closesOn: w.closesOn }, opens);
      const definition = await getWaveDefinition(client, wave.id);
      const validator = compileSurvey(definition.survey);
      const generate = answerGenerator(definition, plan, rng);
      // Mystery guests log observations (pairs of testers, service-point visits) instead of answering once each.
      const observe = plan.survey === 'mystery-guest' ? observationGenerator(definition, plan, rng) : undefined;
      const rows: Row[] = [];
      let invited = 0;
      let answers = 0;
      const store = (answers: Record<string, unknown>, attributes: Record<string, string>) => {
        const result = validator.validate(answers);
        if (!result.ok) {
          throw new Error(`seed made an invalid answer for ${plan.survey}: ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
        }
        rows.push([randomUUID(), wave.surveyId, wave.surveyVersion, wave.period, JSON.stringify(result.answers), JSON.stringify(attributes)]);
      };
      for (const directorate of DIRECTORATES) {
        const attributes = { directie: directorate.code };
        if (observe !== undefined) {
          // One link per observation, some never used (until assignments hand out links per tester), at least k per batch.
          const observations = observe({ directorate, waveIndex, period: w.period }, scale);
          const links = Math.ceil(observations.length / (plan.responseRate[waveIndex] ?? 1));
          const { tokens } = await createInvitations(client, wave.id, Math.max(wave.kMin, links), attributes, opens);
          invited += tokens.length;
          await markUsed(client, tokens.slice(0, observations.length));
          for (const o of observations) store(o, attributes);
          if (rows.length >= FLUSH_ROWS) answers += await insertAnswers(client, rows.splice(0));
          continue;
        }
        const size = Math.max(wave.kMin, Math.round((plan.invitees?.(directorate) ?? 0) * scale));
        // createInvitations takes at most 100,000 links at a time: a large directorate gets several batches.
        const parts = Math.ceil(size / MAX_BATCH);
        for (let part = 0; part < parts; part++) {
          const count = Math.floor(size / parts) + (part < size % parts ? 1 : 0);
          const { tokens } = await createInvitations(client, wave.id, count, attributes, opens);
          invited += count;
          const answering = rng.binomial(count, plan.responseRate[waveIndex] ?? 0.4);
          // Tokens are random, so the first ones are a random subset of the batch.
          await markUsed(client, tokens.slice(0, answering));
          for (let i = 0; i < answering; i++) {
            store(generate({ directorate, waveIndex }), attributes);
            if (rows.length >= FLUSH_ROWS) answers += await insertAnswers(client, rows.splice(0));
          }
        }
      }
      answers += await insertAnswers(client, rows.splice(0));
      // Every seeded wave is closed: an open wave publishes no breakdowns, and the report should show them.
      const closed = true;
      if (closed) await closeWave(client, wave.id);
      const seeded = { survey: plan.survey, period: w.period, invited, answers, closed };
      summary.waves.push(seeded);
      summary.answers += answers;
      options.progress?.(seeded);
    }
    await seedBaselines(client, catalog, plan.survey);
  }
  return summary;
}

/** Baselines of 2024, as a researcher would enter them, for a survey's targets: fictitious figures, said so in their source. */
const SEED_BASELINES: Record<string, number> = { buiten_europese_herkomst: 0.14, jonger_dan_35: 0.16 };

async function seedBaselines(client: Client, catalog: Catalog, surveyId: string): Promise<void> {
  for (const target of targetsOf(catalog.get(surveyId)!.definition).filter((t) => t.entered)) {
    const value = SEED_BASELINES[target.spec.indicator] ?? (target.range[0] + target.range[1]) / 2;
    const checked = checkBaseline(target, { value, source: 'Fictief cijfer van npm run seed; vervang door het cijfer uit de personeelsregistratie' });
    if (!checked.ok) throw new Error(`seed baseline of ${target.id}: ${checked.problems.map((p) => p.en).join('; ')}`);
    await putTargetBaseline(client, surveyId, target.id, checked.baseline);
  }
}

type Row = [string, string, string, string, string, string];

/** Writes answers in multi-row INSERTs, a few transactions at a time; returns how many. */
async function insertAnswers(client: Client, rows: readonly Row[]): Promise<number> {
  // Shuffle-free: ids are random UUIDs and the table is WITHOUT ROWID, so storage order says nothing.
  const statements: InStatement[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    statements.push({
      sql: `INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      args: chunk.flat(),
    });
  }
  for (let i = 0; i < statements.length; i += INSERTS_PER_BATCH) await client.batch(statements.slice(i, i + INSERTS_PER_BATCH), 'write');
  return rows.length;
}

async function markUsed(client: Client, tokens: readonly string[]): Promise<void> {
  const statements: InStatement[] = [];
  for (let i = 0; i < tokens.length; i += ROWS_PER_INSERT) {
    const hashes = tokens.slice(i, i + ROWS_PER_INSERT).map(invitationTokenHash);
    statements.push({ sql: `UPDATE invitations SET used = 1 WHERE token_hash IN (${hashes.map(() => '?').join(', ')})`, args: hashes });
  }
  for (let i = 0; i < statements.length; i += INSERTS_PER_BATCH) await client.batch(statements.slice(i, i + INSERTS_PER_BATCH), 'write');
}
