import { Hono } from 'hono';
import { z } from 'zod';
import { authenticated, sameOrigin, type AdminEnv } from '../../auth/middleware.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { maySee, requireSurvey } from '../../auth/scope.ts';
import { checkDefinitions, checkerText, type CheckerCode, type CheckerMessage } from '../../../survey-format/checker/index.ts';
import { parseJson as parseJsonAt } from '../../../survey-format/checker/json-load.ts';
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
        // The pasted text gets the same shape checks as a body (depth, numbers, lone surrogates); text
        // that is not JSON is the checker's problem (where and why), the other refusals the server's.
        try {
          json = parseJson(body);
        } catch (e) {
          if (!(e instanceof Problem) || !e.type.endsWith(':malformed-json')) throw e;
          const refusal = syntaxError(body);
          return c.json({ problems: [checkMessage('$', refusal.code, refusal.params)] });
        }
      }
      // The checker wants the file named after the id; a pasted definition has no file, so it gets that name.
      const id = json !== null && typeof json === 'object' && 'id' in json && typeof json.id === 'string' ? json.id : 'kladblok';
      const found = checkDefinitions([{ file: `${id}.json`, json }]).map(({ path, code, params }) => checkMessage(path, code, params));
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

/** Where and why text is not JSON, as the checker says it about a file (the server's parseJson only says that it is not). */
function syntaxError(text: string): CheckerMessage {
  const parsed = parseJsonAt(text);
  return 'error' in parsed ? parsed.error : { code: 'not-json', params: { detail: 'unknown error' } };
}

/** One problem for the scratch pad: its path, its code and parameters (worded by the client), and its English text. */
function checkMessage(path: string, code: CheckerCode, params?: CheckerMessage['params']) {
  return { path, code, params: params ?? {}, message: checkerText({ code, params }, 'en') };
}
