import { Hono } from 'hono';
import { z } from 'zod';
import { OBSERVATION_QUESTIONS } from '../../../survey-format/observation-questions.ts';
import { assignmentLinksCsv } from '../../assignments/csv.ts';
import { createAssignments } from '../../assignments/create.ts';
import { assignmentProgress } from '../../assignments/progress.ts';
import { choiceOptions, ZTargets } from '../../assignments/targets.ts';
import { overTls } from '../../auth/cookie.ts';
import { authenticated, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { waveInScope } from '../../auth/scope.ts';
import type { Account } from '../../db/accounts.ts';
import { getWaveDefinition } from '../../db/waves.ts';
import { jsonBody } from './body.ts';
import type { AdminDeps } from './deps.ts';
import { recordAudit } from './record.ts';

/** Where the links point: the address the guests open, http(s) without a query or fragment. */
const ZBaseUrl = z
  .string()
  .max(200)
  .refine((s) => /^https?:\/\/[^\s?#]+$/.test(s) && URL.canParse(s), 'must be an http(s) address without ? or #');
const ZCreate = z.strictObject({ targets: ZTargets, baseUrl: ZBaseUrl.optional() });

/**
 * `/api/admin/waves/:id/assignments`: mystery-guest assignments of an assignment wave, for any
 * researcher (or admin) within the surveys their account is limited to. POST creates them and
 * answers the links as CSV, once; GET lists them with their progress, never with a token, and the
 * directorates and kinds a target may take and the steps (the wave's own choices, with labels).
 */
export function assignmentRoutes({ client, staff, now }: AdminDeps) {
  const load = (account: Account, id: string) => waveInScope(client, account, id);
  const session = [authenticated(staff, now), requirePermission('waves')] as const;
  // Session middleware per route: a `use('*')` here would run again for every /waves route.
  return new Hono<AdminEnv>()
    .get('/:id/assignments', ...session, async (c) => {
      const wave = await load(c.get('session').account, c.req.param('id'));
      const definition = await getWaveDefinition(client, wave.id);
      // The choices a target may take, with their labels, for the workspace's form.
      const choices = {
        directorate: choiceOptions(definition, OBSERVATION_QUESTIONS.directorate) ?? [],
        kind: choiceOptions(definition, OBSERVATION_QUESTIONS.kind) ?? [],
        step: choiceOptions(definition, OBSERVATION_QUESTIONS.step) ?? [],
      };
      return c.json({ wave: wave.id, assignments: await assignmentProgress(client, wave), choices });
    })
    .post('/:id/assignments', ...session, async (c) => {
      const account = c.get('session').account;
      const wave = await load(account, c.req.param('id'));
      const { targets, baseUrl } = await jsonBody(c, ZCreate);
      const { assignments } = await createAssignments(client, wave.id, targets, now());
      await recordAudit(staff, now(), account, 'assignments-created', {
        wave: wave.id,
        targets: targets.length,
        pairs: targets.filter((t) => t.paired).length,
        assignments: assignments.length,
      });
      // The links are in this response only: the server keeps just their hashes.
      const base = baseUrl ?? `${overTls(c) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
      return c.body(assignmentLinksCsv(base, assignments), 201, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${wave.id}-opdrachten.csv"`,
      });
    });
}
