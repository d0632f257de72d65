import type { Client } from '@libsql/client';
import type { EnteredBaseline } from '../../analysis/indicators/target.ts';

/** The baselines researchers entered for a survey's targets, by target id. */
export async function targetBaselines(client: Client, surveyId: string): Promise<Map<string, EnteredBaseline>> {
  const rs = await client.execute({ sql: 'SELECT target_id, value, source FROM target_baselines WHERE survey_id = ?', args: [surveyId] });
  return new Map(rs.rows.map((r) => [String(r.target_id), { value: Number(r.value), source: String(r.source) }]));
}

/** Enters (or replaces) the baseline of one target. */
export async function putTargetBaseline(client: Client, surveyId: string, targetId: string, baseline: EnteredBaseline): Promise<void> {
  await client.execute({
    sql: 'INSERT INTO target_baselines (survey_id, target_id, value, source) VALUES (?, ?, ?, ?) ON CONFLICT (survey_id, target_id) DO UPDATE SET value = excluded.value, source = excluded.source',
    args: [surveyId, targetId, baseline.value, baseline.source],
  });
}
