import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminTestApp, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

/**
 * Walks every route registered under /api/admin, read from the app itself, so a route added later
 * is checked without anyone remembering to list it.
 */
let t: AdminTestApp;
let admin: Agent;
let scoped: Agent & { id: string };
let unscoped: Agent & { id: string };
let target: { id: string };
let routes: { method: string; path: string }[];

/** Routes open without a session: they are how one gets a session (the sign-in routes answer 404 here, with no provider set). */
const PUBLIC = ['POST /api/admin/setup', 'POST /api/admin/login', 'GET /api/admin/sign-in-options', 'GET /api/admin/oidc/start', 'GET /api/admin/oidc/callback'];
/** A researcher's own session, the wave and survey lists (filtered to their surveys), and the survey checker. */
const OWN = ['GET /api/admin/session', 'POST /api/admin/logout', 'GET /api/admin/waves', 'GET /api/admin/surveys', 'POST /api/admin/surveys/check', 'GET /api/admin/registers', 'GET /api/admin/targets'];
const adminOnly = (path: string) => /^\/api\/admin\/(accounts|audit)(\/|$)/.test(path);
/** Entering, importing and finding register records: the P&O role's alone (test/api/admin-roles.test.ts). */
const poOnly = (path: string) => /^\/api\/admin\/registers\/:id\/(records|import)/.test(path);
/** The monitor spans every survey: a researcher limited to some is refused for that (server/monitor/scope.ts). */
const wholeMonitor = (path: string) => path.startsWith('/api/admin/monitor/') || path === '/api/admin/hr/import';
/** Importing HR figures (decision 021) and entering a target's baseline (decision 022): the researcher role's alone. */
const researcherOnly = (path: string) => path === '/api/admin/hr/import' || /^\/api\/admin\/targets\/:id\//.test(path);
const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

beforeAll(async () => {
  t = await adminTestApp();
  admin = await t.admin();
  scoped = await t.account(admin, 'alleen-werkplek', 'researcher', ['werkplek']);
  unscoped = await t.account(admin, 'alle-surveys', 'researcher', null);
  target = await t.account(admin, 'doelwit', 'researcher', ['andere']);
  for (const surveyId of ['werkplek', 'andere']) expect((await admin.request('POST', '/waves', { surveyId })).status).toBe(201);
  const seen = new Set<string>();
  routes = t.app.routes
    .filter((r) => r.path.startsWith('/api/admin/') && r.method !== 'ALL')
    .map(({ method, path }) => ({ method, path }))
    .filter((r) => !seen.has(key(r)) && seen.add(key(r)))
    // Logging out last, so the walk keeps its session to the end.
    .sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')));
});
afterAll(async () => {
  await t.db.destroy();
});

/** A request to a route with its parameters filled in: waves of `andere`, the account `doelwit`. */
function call(agent: Agent, r: { method: string; path: string }) {
  const path = r.path
    .replace('/api/admin', '')
    .replace(/^\/waves\/:id/, '/waves/andere-2026-H2')
    .replace(/^\/surveys\/:id/, '/surveys/andere')
    .replace(/^\/registers\/:id/, '/registers/andere')
    .replace(/^\/targets\/:id\/:target/, '/targets/andere/doel')
    .replace(':recordId', '00000000-0000-4000-8000-000000000000')
    .replace(':reference', 'V2026-0001')
    .replace(':period', '2026-H2')
    .replace(':code', 'sociaal')
    .replace(/^\/accounts\/:id/, `/accounts/${target.id}`);
  expect(path, `unfilled parameter in ${r.path}`).not.toMatch(/:/);
  return agent.request(r.method, path, r.method === 'GET' ? undefined : { surveyId: 'andere' });
}

describe('every /api/admin route', () => {
  it('is found in the app: waves, accounts, audit, session', () => {
    expect(routes.length).toBeGreaterThanOrEqual(14);
    expect(routes.map(key)).toEqual(expect.arrayContaining([...PUBLIC, ...OWN, 'GET /api/admin/audit', 'DELETE /api/admin/accounts/:id']));
  });

  it('answers 401 without a session, but for setup, login and the sign-in through the identity provider', async () => {
    const open: string[] = [];
    for (const r of routes) {
      const res = await call(t.agent(), r);
      if (res.status === 401 && (await problemType(res)) === 'unauthenticated') continue;
      open.push(key(r));
    }
    expect(open.sort()).toEqual([...PUBLIC].sort());
  });

  it('answers 403 to a researcher on admin routes and on surveys outside their scope', async () => {
    for (const r of routes.filter((r) => !PUBLIC.includes(key(r)) && !OWN.includes(key(r)))) {
      const res = await call(scoped, r);
      expect(res.status, key(r)).toBe(403);
      expect(await problemType(res), key(r)).toBe('forbidden');
      const field = ((await res.json()) as { fields: { field: string }[] }).fields[0]!.field;
      expect(field, key(r)).toBe(adminOnly(r.path) || poOnly(r.path) ? 'role' : wholeMonitor(r.path) ? 'surveys' : r.path === '/api/admin/waves' ? 'surveyId' : 'id');
    }
    const { waves } = (await (await scoped.request('GET', '/waves')).json()) as { waves: { surveyId: string }[] };
    expect(waves.map((w) => w.surveyId)).toEqual(['werkplek']);
  });

  it('answers 403 to a researcher for all surveys only on admin routes', async () => {
    for (const r of routes.filter((r) => !PUBLIC.includes(key(r)) && !r.path.endsWith('/logout'))) {
      const res = await call(unscoped, r);
      if (adminOnly(r.path) || poOnly(r.path)) expect(res.status, key(r)).toBe(403);
      else expect([401, 403], key(r)).not.toContain(res.status);
    }
  });

  it('lets an admin through everywhere but the P&O role\'s register entry and the researcher\'s HR import and baselines', async () => {
    for (const r of routes.filter((r) => !PUBLIC.includes(key(r)))) {
      const status = (await call(admin, r)).status;
      if (poOnly(r.path) || researcherOnly(r.path)) expect(status, key(r)).toBe(403);
      else expect([401, 403], key(r)).not.toContain(status);
    }
  });
});
