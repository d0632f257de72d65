import type { Account } from '../db/accounts.ts';
import { Problem } from '../errors.ts';

/** Whether an account may see and work on a survey: admins and unlimited researchers every survey, others their list. */
export function maySee(account: Account, surveyId: string): boolean {
  return account.role === 'admin' || account.surveys === null || account.surveys.includes(surveyId);
}

/** Throws 403, naming `field`, when the survey is outside the account's scope. */
export function requireSurvey(account: Account, surveyId: string, field: string): void {
  if (!maySee(account, surveyId)) {
    throw new Problem(403, 'forbidden', 'Not allowed', `This account may not work on survey "${surveyId}".`, [
      { field, message: 'survey outside this account\'s scope' },
    ]);
  }
}
