import type { Client } from '@libsql/client';
import { REGISTRATION, rooneyVerdicts, type RooneyVerdict } from '../../analysis/procedures/rooney-verdict.ts';
import { databaseAnswerSource } from '../db/answer-source.ts';

/**
 * The Rooney verdict per procedure from the applicants' registrations in the database: of the
 * registration waves of `period`, or of every wave when none is given (a recruiter following a
 * procedure that runs across half-years). k_special is the largest of those waves' (at least 10).
 */
export async function registrationVerdicts(client: Client, period?: string): Promise<Map<string, RooneyVerdict>> {
  const source = databaseAnswerSource(client);
  const waves = (await source.waves(REGISTRATION.survey)).filter((w) => period === undefined || w.period === period);
  if (waves.length === 0) return new Map();
  const kSpecial = Math.max(10, ...waves.map((w) => w.kSpecial));
  async function* pages() {
    for (const w of waves) yield* source.answerPages(w);
  }
  return rooneyVerdicts(pages(), kSpecial);
}
