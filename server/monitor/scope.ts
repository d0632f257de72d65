import type { Account } from '../db/accounts.ts';
import { fieldProblem, Problem } from '../errors.ts';
import { can, requireCan } from '../auth/permissions.ts';
import { organisationUnit } from '../../survey-format/organisation/organisation.ts';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The monitor spans every survey, register and the HR figures, so it is for accounts that see every
 * survey: 403 (`surveys`) for a researcher limited to some. A role needs `figures` or
 * `published-figures` (403 `role` otherwise); the monitor only ever holds published figures.
 */
function requireWholeMonitor(account: Account): void {
  requireCan(account, 'figures', 'published-figures');
  requireWholeCity(account);
}

/** 403 (`surveys`) for an account limited to some surveys: the monitor and the HR figures are about every survey and directorate. */
export function requireWholeCity(account: Account): void {
  if (account.surveys !== null && account.role !== 'admin') {
    throw new Problem(403, 'forbidden', 'The monitor shows every survey; this account sees only some.', [fieldProblem('surveys', 'whole-city-only')]);
  }
}

/** The city overview: every directorate side by side. Not for a directorate manager, who reads their own page (403 `role`). */
export function requireOverview(account: Account): void {
  requireWholeMonitor(account);
  if (account.directorate !== null) {
    throw new Problem(403, 'forbidden', `The role "${account.role}" reads the page of its own directorate, not the city overview.`, [fieldProblem('role', 'own-directorate-page')]);
  }
}

/**
 * A directorate's page: 404 for a code not in the organisation list; for a manager, 403
 * (`directorate`) unless it is their own (as the account names it: the code or its Dutch label).
 */
export function requireDirectoratePage(account: Account, code: string): void {
  requireWholeMonitor(account);
  const unit = organisationUnit(code);
  if (unit === undefined) throw new Problem(404, 'not-found', `Directorate "${code}" is not in the organisation list.`, [fieldProblem('code', 'no-such', { what: 'directorate' })]);
  if (!can(account, 'figures') && account.directorate !== null && !same(account.directorate, unit.code) && !same(account.directorate, unit.label.nl)) {
    throw new Problem(403, 'forbidden', `This account sees the page of directorate "${account.directorate}" only.`, [fieldProblem('directorate', 'directorate-out-of-scope')]);
  }
}
