import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { hashPassword } from '../../auth/password.ts';
import { secretHash } from '../../auth/secrets.ts';
import { amsterdamDate } from '../../../survey-format/calendar.ts';
import { insertFirstAdmin, setupTokenUsable, type Account } from '../../db/accounts.ts';
import { fieldProblem, Problem } from '../../errors.ts';
import { jsonBody } from './body.ts';
import type { AdminDeps } from './deps.ts';
import { ZNewPassword, ZUsername } from './fields.ts';
import { recordAudit } from './record.ts';

const ZSetup = z.strictObject({ token: z.string().min(1).max(200), username: ZUsername, password: ZNewPassword });

const tokenRefused = () =>
  new Problem(403, 'setup-token-invalid', 'This setup link is unknown or was already used; the first admin exists.', [
    fieldProblem('token', 'setup-token'),
  ]);

/** `POST /api/admin/setup`: the one-time token printed at first start, a username and a password make the first admin. */
export function setupRoutes({ staff, now }: AdminDeps) {
  return new Hono().post('/setup', async (c) => {
    const body = await jsonBody(c, ZSetup);
    const tokenHash = secretHash('setup', body.token);
    // Checked before hashing the password, so bad tokens cost no scrypt time.
    if (!(await setupTokenUsable(staff, tokenHash))) throw tokenRefused();
    const account: Account = { id: randomUUID(), username: body.username, role: 'admin', surveys: null, directorate: null, signIn: 'password', createdOn: amsterdamDate(now()) };
    if (!(await insertFirstAdmin(staff, tokenHash, account, await hashPassword(body.password)))) throw tokenRefused();
    await recordAudit(staff, now(), account, 'setup', { account: account.id, role: 'admin' });
    return c.json({ account }, 201);
  });
}
