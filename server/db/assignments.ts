import type { Client, InStatement, Row, Transaction } from '@libsql/client';
import type { Assignment } from '../assignments/assignment.ts';
import type { Wave } from '../../survey-format/wave.ts';
import { toWave, WAVE_COLUMNS } from './waves.ts';

const COLUMNS = 'a.id AS assignment_id, a.wave_id, a.reference, a.directorate, a.kind, a.pair_id, a.profile, a.position';
const waveColumns = WAVE_COLUMNS.split(', ').map((c) => `w.${c}`).join(', ');

function toAssignment(r: Row): Assignment {
  const profile = r.profile === 'a' || r.profile === 'b' ? r.profile : null;
  const position = Number(r.position);
  return {
    id: String(r.assignment_id),
    waveId: String(r.wave_id),
    reference: String(r.reference),
    directorate: String(r.directorate),
    kind: String(r.kind),
    pairId: r.pair_id === null ? null : String(r.pair_id),
    profile,
    order: position === 1 || position === 2 ? position : null,
  };
}

/** The assignment of a token (by its hash) and its wave: one query. */
export async function findAssignment(client: Client, tokenHash: string): Promise<{ assignment: Assignment; wave: Wave } | undefined> {
  const rs = await client.execute({
    sql: `SELECT ${COLUMNS}, ${waveColumns} FROM assignments a JOIN waves w ON w.id = a.wave_id WHERE a.token_hash = ?`,
    args: [tokenHash],
  });
  const r = rs.rows[0];
  return r ? { assignment: toAssignment(r), wave: toWave(r) } : undefined;
}

/** A wave's assignments, pairs first (by pair and profile), then the unpaired ones by reference. */
export async function listAssignments(client: Client, waveId: string): Promise<Assignment[]> {
  const rs = await client.execute({
    sql: `SELECT ${COLUMNS} FROM assignments a WHERE a.wave_id = ? ORDER BY a.pair_id IS NULL, a.pair_id, a.profile, a.reference, a.id`,
    args: [waveId],
  });
  return rs.rows.map(toAssignment);
}

/** Pair ids and unpaired references already handed out in a wave, read inside the creating transaction. */
export async function takenInWave(tx: Transaction, waveId: string): Promise<{ pairIds: string[]; unpairedReferences: string[] }> {
  const rs = await tx.execute({ sql: 'SELECT DISTINCT pair_id, reference FROM assignments WHERE wave_id = ?', args: [waveId] });
  return {
    pairIds: rs.rows.flatMap((r) => (r.pair_id === null ? [] : [String(r.pair_id)])),
    unpairedReferences: rs.rows.flatMap((r) => (r.pair_id === null ? [String(r.reference)] : [])),
  };
}

/** The statement that stores one assignment under its token's hash. */
export function insertAssignment(a: Assignment, tokenHash: string): InStatement {
  return {
    sql: `INSERT INTO assignments (token_hash, id, wave_id, reference, directorate, kind, pair_id, profile, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [tokenHash, a.id, a.waveId, a.reference, a.directorate, a.kind, a.pairId, a.profile, a.order],
  };
}

/** Observations of a wave per pair, profile, reference and step, read from the stored answers. */
export async function observationCounts(
  client: Client,
  w: Pick<Wave, 'surveyId' | 'period'>,
  questions: { pair: string; profile: string; reference: string; step: string },
): Promise<{ pairId: string | null; profile: string | null; reference: string | null; step: string | null; n: number }[]> {
  const path = (name: string) => `$.${name}`;
  const rs = await client.execute({
    sql: `SELECT json_extract(answers, ?) AS pair_id, json_extract(answers, ?) AS profile, json_extract(answers, ?) AS reference,
                 json_extract(answers, ?) AS step, count(*) AS n
          FROM responses WHERE survey_id = ? AND wave = ? GROUP BY 1, 2, 3, 4`,
    args: [path(questions.pair), path(questions.profile), path(questions.reference), path(questions.step), w.surveyId, w.period],
  });
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return rs.rows.map((r) => ({ pairId: text(r.pair_id), profile: text(r.profile), reference: text(r.reference), step: text(r.step), n: Number(r.n) }));
}
