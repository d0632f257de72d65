import { Hono } from 'hono';
import { z } from 'zod';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { maySee, requireSurvey } from '../../auth/scope.ts';
import { putTargetBaseline, targetBaselines } from '../../db/target-baselines.ts';
import { fieldProblem, Problem } from '../../errors.ts';
import { checkBaseline, targetsOf } from '../../targets/baseline-form.ts';
import { jsonBody } from './body.ts';
import { fieldsRefused } from './fields-refused.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

const ZBaseline = z.strictObject({ value: z.unknown(), source: z.unknown() });

/**
 * `/api/admin/targets`: the targets the surveys declare (docs/survey-format.md, "Targets"), each
 * with the baseline a researcher entered, and entering one: `PUT /:id/:target/baseline` (a survey
 * id and a target id) with `{ value, source }` (the figure in the followed indicator's unit, and
 * where it comes from).
 * Listing needs `figures`, entering `baselines` (researchers), within the account's survey scope.
 * A bad figure is refused (422 `invalid-baseline`) naming each field in Dutch, nothing stored;
 * every entry goes to the audit log with the figure and its source.
 */
export function targetRoutes({ client, staff, catalog, now }: AdminDeps) {
  const targetOf = (surveyId: string, targetId: string) => {
    const entry = catalog.get(surveyId);
    const target = entry === undefined ? undefined : targetsOf(entry.definition).find((t) => t.id === targetId);
    if (target === undefined) {
      throw new Problem(404, 'not-found', `Doel "${targetId}" van "${surveyId}" bestaat niet.`, [fieldProblem('target', 'no-such', { what: 'target' })]);
    }
    return target;
  };
  return new Hono<AdminEnv>()
    .use('*', authenticated(staff, now))
    .get('/', requirePermission('figures'), async (c) => {
      const account = c.get('session').account;
      const surveys = catalog.list().filter((s) => maySee(account, s.id));
      const targets = [];
      for (const s of surveys) {
        const entered = await targetBaselines(client, s.id);
        targets.push(...targetsOf(catalog.get(s.id)!.definition).map((t) => ({ ...t, baseline: entered.get(t.id) ?? null })));
      }
      return c.json({ targets });
    })
    .put('/:id/:target/baseline', requirePermission('baselines'), async (c) => {
      const account = c.get('session').account;
      const surveyId = c.req.param('id');
      requireSurvey(account, surveyId, 'id');
      const target = targetOf(surveyId, c.req.param('target'));
      if (!target.entered) {
        const wave = 'wave' in target.spec.baseline ? target.spec.baseline.wave : '';
        throw new Problem(409, 'baseline-from-wave', `Dit doel neemt de uitgangswaarde uit golf ${wave}.`, [fieldProblem('target', 'baseline-from-wave', { wave })]);
      }
      const checked = checkBaseline(target, await jsonBody(c, ZBaseline));
      if (!checked.ok) throw fieldsRefused('invalid-baseline', checked.problems);
      await putTargetBaseline(client, surveyId, target.id, checked.baseline);
      await recordAudit(staff, now(), account, 'target-baseline-entered', { survey: surveyId, target: target.id, ...checked.baseline });
      return c.json({ target: { ...target, baseline: checked.baseline } });
    });
}
