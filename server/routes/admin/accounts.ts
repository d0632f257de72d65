import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { hashPassword } from '../../auth/password.ts';
import { secretHash } from '../../auth/secrets.ts';
import { amsterdamDate } from '../../../survey-format/calendar.ts';
import type { Catalog } from '../../../survey-format/catalog/catalog.ts';
import { deleteAccount, getAccount, insertAccount, listAccounts, replacePassword, updateAccess, type Account, type Role } from '../../db/accounts.ts';
import { fieldProblem, Problem, problems } from '../../errors.ts';
import type { FieldCode, FieldParams } from '../../problem-catalog.ts';
import { jsonBody } from './body.ts';
import type { AdminDeps } from './deps.ts';
import { ZDirectorate, ZNewPassword, ZRole, ZSurveyScope, ZUsername } from './fields.ts';
import { recordAudit } from './record.ts';

const ZCreate = z.strictObject({
  username: ZUsername,
  password: ZNewPassword,
  role: ZRole,
  surveys: ZSurveyScope.default(null),
  directorate: ZDirectorate.default(null),
});
const ZChange = z.strictObject({ role: ZRole.optional(), surveys: ZSurveyScope.optional(), directorate: ZDirectorate.optional() });
const ZPassword = z.strictObject({ password: ZNewPassword });

/** The directorate to store: required for a directorate manager, none for any other role. */
function checkedDirectorate(role: Role, directorate: string | null): string | null {
  if (role === 'manager' && directorate === null) throw invalid('directorate', 'manager-needs-directorate');
  if (role !== 'manager' && directorate !== null) throw invalid('directorate', 'directorate-manager-only');
  return directorate;
}

/** The survey scope to store: only researchers are limited to some surveys, and only to known ones. */
function checkedScope(catalog: Catalog, role: Role, surveys: string[] | null): string[] | null {
  if (role !== 'researcher') {
    if (surveys !== null) throw invalid('surveys', 'surveys-researcher-only', { role });
    return null;
  }
  if (surveys === null) return null;
  surveys.forEach((id, i) => {
    if (!catalog.get(id)) throw invalid(`surveys.${i}`, 'unknown-survey', { survey: id });
  });
  return [...new Set(surveys)].sort();
}

const invalid = (field: string, code: FieldCode, params?: FieldParams) => problems.invalidBody([fieldProblem(field, code, params)]);
/** An account of the identity provider takes its role from its groups at every sign-in, and has no password here. */
const managedElsewhere = (field: string) =>
  new Problem(409, 'managed-by-identity-provider', 'This account signs in through the organisation\'s identity provider: change its groups there.', [
    fieldProblem(field, 'identity-provider'),
  ]);
const notYourself = (field: string, code: 'own-role' | 'own-delete') => {
  const f = fieldProblem(field, code);
  return new Problem(409, 'own-account', `You ${f.message}; ask another admin.`, [f]);
};

/**
 * `/api/admin/accounts`, admins only: list (who has which role and scope, and how they sign in),
 * create, change role and scope, reset a password, delete. Admins cannot demote or delete
 * themselves, so there is always at least one admin.
 */
export function accountRoutes({ staff, catalog, now }: AdminDeps) {
  const load = async (id: string): Promise<Account> => {
    const account = await getAccount(staff, id);
    if (!account) throw new Problem(404, 'not-found', `Account "${id}" does not exist.`, [fieldProblem('id', 'no-such', { what: 'account' })]);
    return account;
  };
  return new Hono<AdminEnv>()
    .use('*', authenticated(staff, now), requirePermission('accounts'))
    .get('/', async (c) => c.json({ accounts: await listAccounts(staff) }))
    .post('/', async (c) => {
      const body = await jsonBody(c, ZCreate);
      const account: Account = {
        id: randomUUID(),
        username: body.username,
        role: body.role,
        surveys: checkedScope(catalog, body.role, body.surveys),
        directorate: checkedDirectorate(body.role, body.directorate),
        signIn: 'password',
        createdOn: amsterdamDate(now()),
      };
      if (!(await insertAccount(staff, account, await hashPassword(body.password)))) {
        throw new Problem(409, 'username-taken', `There is already an account "${account.username}".`, [
          fieldProblem('username', 'username-taken'),
        ]);
      }
      await recordAudit(staff, now(), c.get('session').account, 'account-created', { account: account.id, username: account.username, role: account.role, surveys: account.surveys, directorate: account.directorate });
      return c.json({ account }, 201);
    })
    .patch('/:id', async (c) => {
      const body = await jsonBody(c, ZChange);
      const target = await load(c.req.param('id'));
      const me = c.get('session').account;
      if (target.signIn === 'oidc') throw managedElsewhere('role');
      const role = body.role ?? target.role;
      if (target.id === me.id && role !== me.role) throw notYourself('role', 'own-role');
      const requested = body.surveys !== undefined ? body.surveys : role !== 'researcher' ? null : target.surveys;
      const surveys = checkedScope(catalog, role, requested);
      const directorate = checkedDirectorate(role, body.directorate !== undefined ? body.directorate : role === 'manager' ? target.directorate : null);
      await updateAccess(staff, target.id, role, surveys, directorate);
      await recordAudit(staff, now(), me, 'account-changed', { account: target.id, role, surveys, directorate });
      return c.json({ account: { ...target, role, surveys, directorate } });
    })
    .put('/:id/password', async (c) => {
      const body = await jsonBody(c, ZPassword);
      const target = await load(c.req.param('id'));
      if (target.signIn === 'oidc') throw managedElsewhere('password');
      const mine = c.get('session');
      // Everyone logged in with the old password is logged out, but the admin making the change.
      await replacePassword(staff, target.id, await hashPassword(body.password), secretHash('session', mine.secret));
      await recordAudit(staff, now(), mine.account, 'password-reset', { account: target.id });
      return c.body(null, 204);
    })
    .delete('/:id', async (c) => {
      const target = await load(c.req.param('id'));
      const me = c.get('session').account;
      if (target.id === me.id) throw notYourself('id', 'own-delete');
      await deleteAccount(staff, target.id);
      await recordAudit(staff, now(), me, 'account-deleted', { account: target.id, username: target.username });
      return c.body(null, 204);
    });
}
