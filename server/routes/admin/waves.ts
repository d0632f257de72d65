import { Hono } from 'hono';
import { analyseWave } from '../../../analysis/indicators/analyse.ts';
import { surveyLabels } from '../../../analysis/report/labels.ts';
import { z } from 'zod';
import { overTls } from '../../auth/cookie.ts';
import { figuresScope, listsWave, reportFor } from '../../auth/figures-scope.ts';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { requireSurvey, waveInScope } from '../../auth/scope.ts';
import type { Account } from '../../db/accounts.ts';
import { databaseAnswerSource } from '../../db/answer-source.ts';
import { getWaveDefinition, listWaves } from '../../db/waves.ts';
import { responseCounts } from '../../waves/response-counts.ts';
import { WAVE_MODES, waveStatus, type Wave } from '../../../survey-format/wave.ts';
import type { WaveOptions } from '../../waves/wave.ts';
import { closeWave, createInvitations, createWave, invitationLink } from '../../waves/waves.ts';
import { jsonBody } from './body.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

// Shapes only; createWave checks the values (k >= 5, dates) exactly as for the command line.
const ZCreate = z.strictObject({
  surveyId: z.string().min(1).max(100),
  period: z.string().max(40).optional(),
  opensOn: z.string().max(10).optional(),
  closesOn: z.string().max(10).optional(),
  mode: z.enum(WAVE_MODES).optional(),
  kMin: z.number().optional(),
  kSpecial: z.number().optional(),
  retentionDays: z.number().optional(),
});
const ZInvite = z.strictObject({ count: z.number(), attributes: z.record(z.string(), z.string()).default({}) });

/**
 * `/api/admin/waves`: what `npm run peil -- wave ...` and `invite` do, through the same domain
 * functions, for any researcher within the surveys their account is limited to.
 */
export function waveRoutes({ client, staff, catalog, now }: AdminDeps) {
  const view = (w: Wave) => ({ ...w, status: waveStatus(w, now()) });
  const load = (account: Account, id: string) => waveInScope(client, account, id);
  return new Hono<AdminEnv>()
    .use('*', authenticated(staff, now))
    .get('/', requirePermission('waves', 'figures', 'published-figures'), async (c) => {
      const account = c.get('session').account;
      const waves = await listWaves(client, c.req.query('survey'));
      return c.json({ waves: waves.filter((w) => listsWave(account, w, now())).map(view) });
    })
    .post('/', requirePermission('waves'), async (c) => {
      const { surveyId, ...options } = await jsonBody(c, ZCreate);
      const account = c.get('session').account;
      requireSurvey(account, surveyId, 'surveyId');
      const wave = await createWave(client, catalog, surveyId, options as WaveOptions, now());
      const { id, opensOn, closesOn, mode, kMin, kSpecial, retentionDays } = wave;
      await recordAudit(staff, now(), account, 'wave-created', { wave: id, opensOn, closesOn, mode, kMin, kSpecial, retentionDays });
      return c.json({ wave: view(wave) }, 201);
    })
    .post('/:id/close', requirePermission('waves'), async (c) => {
      const account = c.get('session').account;
      const wave = await closeWave(client, (await load(account, c.req.param('id'))).id);
      await recordAudit(staff, now(), account, 'wave-closed', { wave: wave.id });
      return c.json({ wave: view(wave) });
    })
    .get('/:id/counts', requirePermission('counts'), async (c) => {
      const wave = await load(c.get('session').account, c.req.param('id'));
      return c.json(await responseCounts(client, wave, now()));
    })
    // The indicators as the monitor report shows them: aggregated and suppressed on the server, never
    // rows; `?directorate=` (a manager: always their own) keeps that directorate's groups and the city totals.
    .get('/:id/indicators', requirePermission('figures', 'published-figures'), async (c) => {
      const account = c.get('session').account;
      const wave = await load(account, c.req.param('id'));
      const directorate = figuresScope(account, wave, now(), c.req.query('directorate'));
      const report = reportFor(await analyseWave(databaseAnswerSource(client), wave), directorate);
      await recordAudit(staff, now(), account, 'figures-viewed', { wave: wave.id, directorate });
      // Names of breakdowns and groups from the wave's survey, so that a reader sees labels, never codes.
      const definition = await getWaveDefinition(client, wave.id);
      return c.json({ ...report, labels: { nl: surveyLabels(definition, report, 'nl'), en: surveyLabels(definition, report, 'en') } });
    })
    .post('/:id/invitations', requirePermission('waves'), async (c) => {
      const account = c.get('session').account;
      const wave = await load(account, c.req.param('id'));
      const { count, attributes } = await jsonBody(c, ZInvite);
      const { tokens } = await createInvitations(client, wave.id, count, attributes, now());
      await recordAudit(staff, now(), account, 'invitations-created', { wave: wave.id, count, attributes });
      // The links are in this response only: the server keeps just their hashes.
      const base = `${overTls(c) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
      const csv = ['link', ...tokens.map((t) => invitationLink(base, wave.surveyId, t))].join('\n') + '\n';
      return c.body(csv, 201, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${wave.id}-links.csv"`,
      });
    });
}
