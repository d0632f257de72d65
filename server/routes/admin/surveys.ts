import { Hono } from 'hono';
import { z } from 'zod';
import { authenticated, sameOrigin, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { maySee, requireSurvey } from '../../auth/scope.ts';
import { checkDefinitions } from '../../../survey-format/checker/index.ts';
import { fieldProblem, Problem } from '../../errors.ts';
import { parseJson } from '../../json-input.ts';
import { jsonBody } from './body.ts';
import type { AdminDeps } from './deps.ts';
import { limitBody } from '../body-limit.ts';

/** A pasted definition: the bundled surveys are 35–60 KB, so well above the admin API's 16 KB. */
export const MAX_CHECK_BODY_BYTES = 512 * 1024;

/** The body of a check: the definition's text (as typed in the scratch pad), or the parsed object. */
const ZCheck = z.union([z.string(), z.record(z.string(), z.unknown())]);

/**
 * `/api/admin/surveys`: the bundled surveys as the workspace shows them, and the survey checker for
 * a pasted definition. Bundled surveys passed the checker when the server started (it refuses to
 * start otherwise), so their status is always `ok`. A check stores nothing.
 *
 * Mounted before the admin API's shared 16 KB body limit (server/routes/admin/index.ts), so it
 * carries the same origin check and its own, larger limit here.
 */
export function surveyRoutes({ staff, catalog, now }: AdminDeps) {
  return new Hono<AdminEnv>()
    .use(
      '*',
      sameOrigin,
      limitBody(MAX_CHECK_BODY_BYTES),
      authenticated(staff, now),
      requirePermission('surveys'),
    )
    .get('/', (c) => {
      const account = c.get('session').account;
      const surveys = catalog
        .list()
        .filter((s) => maySee(account, s.id))
        .map((s) => ({ ...s, status: 'ok' as const }));
      return c.json({ surveys });
    })
    .post('/check', async (c) => {
      const body = await jsonBody(c, ZCheck);
      let json: unknown = body;
      if (typeof body === 'string') {
        // The pasted text gets the same shape checks as a body (depth, numbers, lone surrogates).
        try {
          json = parseJson(body);
        } catch (e) {
          if (!(e instanceof Problem)) throw e;
          return c.json({ problems: [{ path: '$', message: e.type.endsWith(':malformed-json') ? `not valid JSON: ${jsonSyntaxError(body)}` : e.message }] });
        }
      }
      // The checker wants the file named after the id; a pasted definition has no file, so it gets that name.
      const id = json !== null && typeof json === 'object' && 'id' in json && typeof json.id === 'string' ? json.id : 'kladblok';
      const found = checkDefinitions([{ file: `${id}.json`, json }]).map(({ path, message }) => ({ path, message }));
      return c.json({ problems: found });
    })
    .get('/:id', (c) => {
      const id = c.req.param('id');
      const entry = catalog.get(id);
      if (!entry) throw new Problem(404, 'not-found', `Survey "${id}" does not exist.`, [fieldProblem('id', 'no-such', { what: 'survey' })]);
      requireSurvey(c.get('session').account, id, 'id');
      return c.json({ definition: entry.definition, status: 'ok' as const });
    });
}

/** What JSON.parse says about text that is not JSON, for the scratch pad (parseJson only says that it is not). */
function jsonSyntaxError(text: string): string {
  try {
    JSON.parse(text);
    return 'unknown error';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
