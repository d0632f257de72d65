import { Hono } from 'hono';
import { buildMonitor } from '../../../analysis/monitor/build.ts';
import { citySummary, directoratePage } from '../../../analysis/monitor/page.ts';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { problems } from '../../errors.ts';
import { databaseMonitorSources } from '../../monitor/sources.ts';
import { requireDirectoratePage, requireOverview } from '../../monitor/scope.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

const HALF_YEAR = /^\d{4}-H[12]$/;

/**
 * `/api/admin/monitor`: the integral monitor of a half-year (analysis/monitor, decision 021). The
 * city overview (`/:period`: every line, the city and each directorate) for who reads the whole
 * city; a directorate's page (`/:period/directorates/:code`: its figures beside the city's, with
 * its own summary), for a manager only their own. Both hold only figures the surveys', registers'
 * and HR releases publish; each reading goes to the audit log.
 */
export function monitorRoutes({ client, staff, catalog, now }: AdminDeps) {
  const periodOf = (period: string) => {
    if (!HALF_YEAR.test(period)) throw problems.badRequest('period', 'half-year');
    return period;
  };
  return new Hono<AdminEnv>()
    .use('*', authenticated(staff, now))
    .get('/:period', async (c) => {
      const account = c.get('session').account;
      requireOverview(account);
      const period = periodOf(c.req.param('period'));
      const monitor = await buildMonitor(databaseMonitorSources(client, catalog), period, { now: now() });
      await recordAudit(staff, now(), account, 'figures-viewed', { monitor: period, directorate: null });
      return c.json({ monitor, summary: citySummary(monitor) });
    })
    .get('/:period/directorates/:code', async (c) => {
      const account = c.get('session').account;
      const code = c.req.param('code');
      requireDirectoratePage(account, code);
      const period = periodOf(c.req.param('period'));
      const monitor = await buildMonitor(databaseMonitorSources(client, catalog), period, { now: now() });
      await recordAudit(staff, now(), account, 'figures-viewed', { monitor: period, directorate: code });
      return c.json({ page: directoratePage(monitor, code) });
    });
}
