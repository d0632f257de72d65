import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { authenticated, sameOrigin, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { storeHrFigures } from '../../db/hr-figures.ts';
import { fieldProblem, Problem, problems } from '../../errors.ts';
import { readHrCsv } from '../../hr/read-hr-csv.ts';
import { requireWholeCity } from '../../monitor/scope.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

/** An HR export holds one row per directorate and half-year: some 40 bytes a row. */
export const MAX_HR_IMPORT_BYTES = 1024 * 1024;

/**
 * `/api/admin/hr`: importing the HR system's aggregates per directorate and half-year (server/hr/).
 * A file with any bad row is refused whole, naming each row and column in Dutch, nothing stored
 * (server/csv/import-file.ts); the same file twice changes nothing; a new file for a period
 * replaces that period (a correction). Each import goes to the audit log with its counts. Needs
 * `hr-figures` (the researcher role) and an account for every survey. The figures are read back only through the monitor, after
 * disclosure control: no route returns the rows as imported.
 *
 * Mounted before the admin API's shared 16 KB body limit, so it has its own origin check and limit.
 */
export function hrRoutes({ client, staff, now }: AdminDeps) {
  return new Hono<AdminEnv>()
    .use(
      '*',
      sameOrigin,
      bodyLimit({
        maxSize: MAX_HR_IMPORT_BYTES,
        onError: () => {
          throw problems.tooLarge(MAX_HR_IMPORT_BYTES);
        },
      }),
      authenticated(staff, now),
    )
    .post('/import', requirePermission('hr-figures'), async (c) => {
      requireWholeCity(c.get('session').account);
      if (!/^text\/csv\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
        throw new Problem(415, 'unsupported-media-type', 'The body must be text/csv.', [fieldProblem('Content-Type', 'csv-only')]);
      }
      const figures = readHrCsv(new Uint8Array(await c.req.arrayBuffer()));
      const counts = await storeHrFigures(client, figures);
      const periods = [...new Set(figures.map((f) => f.period))].sort();
      await recordAudit(staff, now(), c.get('session').account, 'hr-figures-imported', { rows: figures.length, periods, ...counts });
      return c.json({ rows: figures.length, periods, ...counts });
    });
}
