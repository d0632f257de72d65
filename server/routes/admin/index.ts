import { Hono } from 'hono';
import { LoginThrottle } from '../../auth/login-throttle.ts';
import { sameOrigin } from '../../auth/middleware.ts';
import { accountRoutes } from './accounts.ts';
import { assignmentRoutes } from './assignments.ts';
import { auditRoutes } from './audit.ts';
import { exportRoutes } from './exports.ts';
import { hrRoutes } from './hr.ts';
import { monitorRoutes } from './monitor.ts';
import { oidcRoutes } from './oidc.ts';
import { registerRoutes } from './registers.ts';
import type { AdminDeps } from './deps.ts';
import { sessionRoutes } from './session.ts';
import { setupRoutes } from './setup.ts';
import { surveyRoutes } from './surveys.ts';
import { targetRoutes } from './targets.ts';
import { waveRoutes } from './waves.ts';
import { limitBody } from '../body-limit.ts';

/** Admin requests are small: credentials, a wave's settings, a batch's attributes, a list of assignment targets. */
const MAX_ADMIN_BODY_BYTES = 16 * 1024;

/**
 * `/api/admin`: the researcher workspace's API. Only setup, login and the sign-in through the
 * identity provider (server/routes/admin/oidc.ts) work without a session; every
 * other route requires one (401), a CSRF token on state-changing requests (403), and admin routes
 * the admin role (403). test/api/admin-routes.test.ts walks every registered route to prove it.
 */
export function adminRoutes(deps: AdminDeps) {
  return new Hono()
    .route('/surveys', surveyRoutes(deps)) // first: its own origin check and larger body limit (pasted definitions)
    .route('/registers', registerRoutes(deps)) // likewise: CSV imports up to 16 MB
    .route('/hr', hrRoutes(deps)) // likewise: the HR figures' CSV, up to 1 MB
    .use(
      '*',
      sameOrigin,
      limitBody(MAX_ADMIN_BODY_BYTES),
    )
    .route('/', setupRoutes(deps))
    .route('/', sessionRoutes(deps, new LoginThrottle()))
    .route('/', oidcRoutes(deps))
    .route('/waves', waveRoutes(deps))
    .route('/waves', exportRoutes(deps))
    .route('/waves', assignmentRoutes(deps))
    .route('/monitor', monitorRoutes(deps))
    .route('/targets', targetRoutes(deps))
    .route('/accounts', accountRoutes(deps))
    .route('/audit', auditRoutes(deps));
}
