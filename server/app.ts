import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { LOCAL_ONLY, type AuthSettings } from './auth/settings.ts';
import type { Catalog } from '../survey-format/catalog/catalog.ts';
import type { Database } from './db/open.ts';
import { CredentialKeys } from './credentials/keys.ts';
import { isDatabaseBusy, releaseFailedStatements } from './db/busy-retry.ts';
import { WaveCache } from './db/wave-cache.ts';
import { Problem, problemResponse, problems } from './errors.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { assignmentRoutes } from './routes/assignments.ts';
import { healthRoutes } from './routes/health.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { responseRoutes } from './routes/responses.ts';
import { surveyRoutes } from './routes/surveys.ts';
import { noStore, securityHeaders } from './security-headers.ts';
import { clientRoutes } from './static.ts';
import { GroupCommitter } from './submissions/group-commit.ts';
import { OpenLinkLimiter } from './submissions/open-link-limit.ts';
import { WaveValidators } from './submissions/validators.ts';

export interface AppDeps {
  /** The answers database. */
  db: Database;
  /** The staff database: accounts, sessions, audit log (server/db/staff-migrations). */
  staff: Database;
  catalog: Catalog;
  /** The built client (dist/client); without it only the API is served. */
  clientDir?: string;
  now?: () => Date;
  /** Sign-in settings from the environment; default local passwords only, no trusted proxy. */
  auth?: AuthSettings;
}

/** The API, one sub-app per resource. Its type is what the client's `hc` calls are checked against. */
export function apiRoutes({ db, staff, catalog, now = () => new Date(), auth = LOCAL_ONLY }: AppDeps) {
  const committer = new GroupCommitter(db, undefined, async (stored) => db.rewrites?.afterCommit(stored));
  const waves = new WaveCache(db.client);
  const submit = {
    client: db.client,
    waves,
    keys: new CredentialKeys(db.client, committer, waves),
    committer,
    validators: new WaveValidators(db.client),
    openLinks: new OpenLinkLimiter(),
  };
  return new Hono()
    .route('/health', healthRoutes(db))
    .route('/surveys', surveyRoutes(db.client, catalog, now))
    .route('/surveys', responseRoutes(submit, catalog, now))
    .route('/invitations', invitationRoutes(submit, now))
    .route('/assignments', assignmentRoutes(db.client, now))
    .route('/admin', adminRoutes({ client: db.client, staff: staff.client, catalog, now, auth }));
}
export type AppType = ReturnType<typeof apiRoutes>;

/** The whole server: security headers, the API under /api, the client for everything else. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('/api/*', noStore);
  // A survey definition is tens of kilobytes of JSON that every respondent fetches: gzip it. Only
  // these reads: compressing rebuilds the response, which the submission path must not pay for.
  const compressJson = compress();
  app.use('/api/surveys/*', (c, next) => (c.req.method === 'GET' ? compressJson(c, next) : next()));
  app.route('/api', apiRoutes(deps));
  app.all('/api/*', () => {
    throw new Problem(404, 'not-found', 'There is no such API endpoint.');
  });
  if (deps.clientDir) app.route('/', clientRoutes(deps.clientDir));

  // Without the client (API-only, as in tests) or for what it does not serve: a problem too, never Hono's plain text.
  app.notFound((c) => problemResponse(c, new Problem(404, 'not-found', 'There is nothing at this address.')));
  app.onError(async (err, c) => {
    if (err instanceof Problem) return problemResponse(c, err);
    if (err instanceof HTTPException) {
      return problemResponse(c, new Problem(err.status as 400, 'http-error', err.message || 'Request refused'));
    }
    // Another writer held the database past the bounded wait (server/db/busy-retry.ts): "not now".
    if (isDatabaseBusy(err)) {
      await releaseFailedStatements(err);
      return problemResponse(c, problems.databaseBusy());
    }
    // A client that went away mid-request is not a fault; nobody reads this answer.
    if (c.req.raw.signal.aborted) return problemResponse(c, problems.requestAborted());
    // Unexpected: log what failed, never the request (it may carry answers).
    console.error(`Unexpected error on ${c.req.method} ${c.req.routePath}:`, err);
    return problemResponse(c, problems.internal());
  });
  return app;
}
