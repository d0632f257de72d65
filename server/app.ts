import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { Catalog } from './catalog/catalog.ts';
import type { Database } from './db/open.ts';
import { Problem, problemResponse } from './errors.ts';
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
  db: Database;
  catalog: Catalog;
  /** The built client (dist/client); without it only the API is served. */
  clientDir?: string;
  now?: () => Date;
}

/** The API, one sub-app per resource. Its type is what the client's `hc` calls are checked against. */
export function apiRoutes({ db, catalog, now = () => new Date() }: AppDeps) {
  const submit = {
    client: db.client,
    committer: new GroupCommitter(db.client),
    validators: new WaveValidators(db.client),
    openLinks: new OpenLinkLimiter(),
  };
  return new Hono()
    .route('/health', healthRoutes(db))
    .route('/surveys', surveyRoutes(db.client, catalog, now))
    .route('/surveys', responseRoutes(submit, catalog, now))
    .route('/invitations', invitationRoutes(db.client, now))
    .route('/assignments', assignmentRoutes(db.client, now))
    .route('/admin', adminRoutes({ client: db.client, catalog, now }));
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
    throw new Problem(404, 'not-found', 'Not found', 'There is no such API endpoint.');
  });
  if (deps.clientDir) app.route('/', clientRoutes(deps.clientDir));

  app.onError((err, c) => {
    if (err instanceof Problem) return problemResponse(c, err);
    if (err instanceof HTTPException) {
      return problemResponse(c, new Problem(err.status as 400, 'http-error', err.message || 'Request refused', err.message || 'Request refused'));
    }
    // Unexpected: log what failed, never the request (it may carry answers).
    console.error(`Unexpected error on ${c.req.method} ${c.req.routePath}:`, err);
    return problemResponse(c, new Problem(500, 'internal', 'Internal error', 'Something went wrong on our side; nothing was stored.'));
  });
  return app;
}
