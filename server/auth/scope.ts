import type { Client } from '@libsql/client';
import type { Account } from '../db/accounts.ts';
import { getWave } from '../db/waves.ts';
import { fieldProblem, Problem } from '../errors.ts';
import type { Wave } from '../../survey-format/wave.ts';

/** Whether an account may see a survey: a researcher limited to some surveys only those; every other account every survey (what it may do there, permissions.ts decides). */
export function maySee(account: Account, surveyId: string): boolean {
  return account.role === 'admin' || account.surveys === null || account.surveys.includes(surveyId);
}

/** Throws 403, naming `field`, when the survey is outside the account's scope. */
export function requireSurvey(account: Account, surveyId: string, field: string): void {
  if (!maySee(account, surveyId)) {
    throw new Problem(403, 'forbidden', `This account may not work on survey "${surveyId}".`, [
      fieldProblem(field, 'survey-out-of-scope'),
    ]);
  }
}

/** The wave `id` (a path parameter) if the account may work on its survey: 404 when there is none, 403 outside its scope. */
export async function waveInScope(client: Client, account: Account, id: string): Promise<Wave> {
  const wave = await getWave(client, id);
  if (!wave) throw new Problem(404, 'not-found', `Wave "${id}" does not exist.`, [fieldProblem('id', 'no-such', { what: 'wave' })]);
  requireSurvey(account, wave.surveyId, 'id');
  return wave;
}
