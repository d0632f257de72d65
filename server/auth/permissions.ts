import { createMiddleware } from 'hono/factory';
import type { Account } from '../db/accounts.ts';
import { fieldProblem, Problem } from '../errors.ts';
import type { AdminEnv } from './middleware.ts';

/**
 * Every role of the workspace and what it may do: the one place where access is decided. Each
 * /api/admin route names the permission it needs (`requirePermission`); test/api/admin-roles.test.ts
 * walks every registered route for every role.
 */
export const ROLES = ['admin', 'researcher', 'manager', 'po', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  /** Create, change and delete accounts; read the audit log. */
  | 'accounts'
  /** Survey definitions, their preview and the survey checker. */
  | 'surveys'
  /** Create and close waves, hand out invitation links and mystery-guest assignments. */
  | 'waves'
  /** Response counts, also while a wave is open (from k answers). */
  | 'counts'
  /** Every figure of a wave in scope, also while it is open (overall only then). */
  | 'figures'
  /** Only published figures: closed waves, after disclosure control, within the account's scope. */
  | 'published-figures'
  /** The codebook, SPSS syntax and R script of a closed wave. */
  | 'export-scripts'
  /** The row-level CSV export (pseudonymous microdata). */
  | 'export-rows'
  /** Enter, import, find and correct the records of registers of procedures (server/routes/admin/registers.ts); reads no figures. */
  | 'procedures'
  /** Import the HR system's aggregates per directorate and half-year (server/routes/admin/hr.ts); read back only through the monitor. */
  | 'hr-figures'
  /** Enter the baseline figure of a target, with its source (server/routes/admin/targets.ts). */
  | 'baselines';

/**
 * What each role may do. Admins and researchers work within the surveys an account is limited to
 * (`surveys`); a directorate manager sees the city totals and the groups of their own directorate
 * (`directorate`); a reader (the GMT) the published figures of the whole city.
 */
export const PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['accounts', 'surveys', 'waves', 'counts', 'figures', 'export-scripts'],
  researcher: ['surveys', 'waves', 'counts', 'figures', 'export-scripts', 'export-rows', 'hr-figures', 'baselines'],
  manager: ['published-figures'],
  po: ['procedures'],
  reader: ['published-figures'],
};

/** Whether the account's role has the permission. */
export function can(account: Account, permission: Permission): boolean {
  return PERMISSIONS[account.role].includes(permission);
}

/** Throws 403 naming `role` when the account's role lacks the permission. */
export function requireCan(account: Account, ...anyOf: Permission[]): void {
  if (!anyOf.some((p) => can(account, p))) {
    throw new Problem(403, 'forbidden', `The role "${account.role}" may not do this.`, [
      fieldProblem('role', 'needs-permission', { permissions: anyOf.join(' or ') }),
    ]);
  }
}

/** Middleware form of {@link requireCan}: the route needs one of the permissions. Use after `authenticated`. */
export function requirePermission(...anyOf: Permission[]) {
  return createMiddleware<AdminEnv>(async (c, next) => {
    requireCan(c.get('session').account, ...anyOf);
    await next();
  });
}

/** The permissions of an account, for the workspace to show only what it may use. */
export const permissionsOf = (account: Account): readonly Permission[] => PERMISSIONS[account.role];
