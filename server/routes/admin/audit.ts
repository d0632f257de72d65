import { Hono } from 'hono';
import { z } from 'zod';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { listAuditEntries } from '../../db/audit.ts';
import { Problem } from '../../errors.ts';
import type { AdminDeps } from './deps.ts';
import { zodProblems } from '../../zod-problems.ts';

const ZQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** `GET /api/admin/audit?limit=100&before=<id>`, admins only: the audit log, newest first. */
export function auditRoutes({ staff, now }: AdminDeps) {
  return new Hono<AdminEnv>().use('*', authenticated(staff, now), requirePermission('accounts')).get('/', async (c) => {
    const parsed = ZQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const fields = zodProblems(parsed.error);
      throw new Problem(400, 'bad-request', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
    }
    return c.json({ entries: await listAuditEntries(staff, parsed.data.limit, parsed.data.before) });
  });
}
