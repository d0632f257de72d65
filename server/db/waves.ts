import type { Client, Row } from '@libsql/client';
import { rewriteAfterDeleting } from './rewrite.ts';
import { WAVE_MODES, type Wave, type WaveDefinition, type WaveMode } from '../../survey-format/wave.ts';

/** Every column but the definition, which is large and needed only once per wave. */
export const WAVE_COLUMNS = 'id, survey_id, survey_version, period, opens_on, closes_on, mode, k_min, k_special, retention_days, closed, purged_on';

/** A wave from a row holding WAVE_COLUMNS. */
export function toWave(r: Row): Wave {
  return {
    id: String(r.id),
    surveyId: String(r.survey_id),
    surveyVersion: String(r.survey_version),
    period: String(r.period),
    opensOn: String(r.opens_on),
    closesOn: String(r.closes_on),
    mode: WAVE_MODES.includes(r.mode as WaveMode) ? (r.mode as WaveMode) : 'invitation',
    kMin: Number(r.k_min),
    kSpecial: Number(r.k_special),
    retentionDays: Number(r.retention_days),
    closed: Number(r.closed) === 1,
    purgedOn: r.purged_on === null || r.purged_on === undefined ? null : String(r.purged_on),
  };
}

export async function insertWave(client: Client, w: Wave, definition: WaveDefinition): Promise<void> {
  await client.execute({
    sql: `INSERT INTO waves (id, survey_id, survey_version, definition, period, opens_on, closes_on, mode, k_min, k_special, retention_days, closed)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    args: [w.id, w.surveyId, w.surveyVersion, JSON.stringify(definition), w.period, w.opensOn, w.closesOn, w.mode, w.kMin, w.kSpecial, w.retentionDays],
  });
}

export async function getWave(client: Client, id: string): Promise<Wave | undefined> {
  const rs = await client.execute({ sql: `SELECT ${WAVE_COLUMNS} FROM waves WHERE id = ?`, args: [id] });
  return rs.rows[0] ? toWave(rs.rows[0]) : undefined;
}

export async function listWaves(client: Client, surveyId?: string): Promise<Wave[]> {
  const rs = surveyId
    ? await client.execute({ sql: `SELECT ${WAVE_COLUMNS} FROM waves WHERE survey_id = ? ORDER BY opens_on, id`, args: [surveyId] })
    : await client.execute(`SELECT ${WAVE_COLUMNS} FROM waves ORDER BY survey_id, opens_on, id`);
  return rs.rows.map(toWave);
}

/** The definition a wave fields. */
export async function getWaveDefinition(client: Client, id: string): Promise<WaveDefinition> {
  const rs = await client.execute({ sql: 'SELECT definition FROM waves WHERE id = ?', args: [id] });
  if (!rs.rows[0]) throw new Error(`wave ${id} does not exist`);
  return JSON.parse(String(rs.rows[0].definition)) as WaveDefinition;
}

/** Waves of a survey whose dates include `today` and that were not closed by hand. */
export async function wavesOpenOn(client: Client, surveyId: string, today: string): Promise<Wave[]> {
  const rs = await client.execute({
    sql: `SELECT ${WAVE_COLUMNS} FROM waves WHERE survey_id = ? AND closed = 0 AND opens_on <= ? AND closes_on >= ?`,
    args: [surveyId, today, today],
  });
  return rs.rows.map(toWave);
}

/** Waves of a survey whose dates overlap [opensOn, closesOn] and are not closed. */
export async function overlappingWaves(client: Client, surveyId: string, opensOn: string, closesOn: string): Promise<Wave[]> {
  const rs = await client.execute({
    sql: `SELECT ${WAVE_COLUMNS} FROM waves WHERE survey_id = ? AND closed = 0 AND opens_on <= ? AND closes_on >= ?`,
    args: [surveyId, closesOn, opensOn],
  });
  return rs.rows.map(toWave);
}

/**
 * Closes a wave and deletes what was only needed while it took answers: its idempotency records and
 * its spent credentials, and rewrites the file so that no byte of them is left (rewrite.ts). Its
 * credential keys stay, so a late credential is told the wave is closed.
 */
export async function closeWave(client: Client, id: string): Promise<void> {
  await client.batch(
    [
      { sql: 'UPDATE waves SET closed = 1 WHERE id = ?', args: [id] },
      { sql: 'DELETE FROM idempotency_keys WHERE wave_id = ?', args: [id] },
      { sql: 'DELETE FROM spent_credentials WHERE wave_id = ?', args: [id] },
    ],
    'write',
  );
  await rewriteAfterDeleting(client, 'closing a wave');
}

export async function countAnswers(client: Client, w: Pick<Wave, 'surveyId' | 'period'>): Promise<number> {
  const rs = await client.execute({
    sql: 'SELECT count(*) AS n FROM responses WHERE survey_id = ? AND wave = ?',
    args: [w.surveyId, w.period],
  });
  return Number(rs.rows[0]?.n ?? 0);
}

/** Waves whose raw answers are still stored (not purged by retention), in survey and date order. */
export async function unpurgedWaves(client: Client): Promise<Wave[]> {
  const rs = await client.execute(`SELECT ${WAVE_COLUMNS} FROM waves WHERE purged_on IS NULL ORDER BY survey_id, opens_on, id`);
  return rs.rows.map(toWave);
}
