import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/auth/permissions.ts';
import type { AuditEntry } from '../../server/db/audit.ts';
import { answerInvitation } from '../support/invitation.ts';
import { adminTestApp, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

/**
 * Every role against every route registered under /api/admin, read from the app itself: what each
 * role may reach is listed below, and every other route must answer it 403.
 */
let t: AdminTestApp;
let admin: Agent;
const agents = {} as Record<Exclude<Role, 'admin' | 'researcher'>, Agent>;
let routes: { method: string; path: string }[];

const closedWave = 'werkplek-2026-H2';
const openWave = 'andere-2026-H2';
const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
const PUBLIC = ['POST /api/admin/setup', 'POST /api/admin/login', 'GET /api/admin/sign-in-options', 'GET /api/admin/oidc/start', 'GET /api/admin/oidc/callback'];
const OWN_SESSION = ['GET /api/admin/session', 'POST /api/admin/logout'];
const PUBLISHED = [
  ...OWN_SESSION,
  'GET /api/admin/waves',
  'GET /api/admin/waves/:id/indicators',
  'GET /api/admin/registers',
  'GET /api/admin/registers/:id/figures',
];
/** P&O enters, imports, finds and corrects register records, and reads a procedure's Rooney verdict: no figures, counts or exports. */
const PROCEDURES = [
  ...OWN_SESSION,
  'GET /api/admin/registers',
  'GET /api/admin/registers/:id/records',
  'POST /api/admin/registers/:id/records',
  'PUT /api/admin/registers/:id/records/:recordId',
  'POST /api/admin/registers/:id/import',
  'GET /api/admin/registers/:id/rooney/:reference',
];
/** What each of the new roles may reach; everything else is 403. */
/** The monitor (decision 021): a manager reads their own directorate's page, a reader the city overview and every page. */
const MONITOR_PAGE = 'GET /api/admin/monitor/:period/directorates/:code';
const REACHES: Record<keyof typeof agents, string[]> = {
  manager: [...PUBLISHED, MONITOR_PAGE],
  reader: [...PUBLISHED, MONITOR_PAGE, 'GET /api/admin/monitor/:period'],
  po: PROCEDURES,
};

type Report = { rows: { breakdown: string | null; group: string | null; shown: boolean }[] };

async function answer(directie: string, count: number): Promise<void> {
  const res = await admin.request('POST', `/waves/${closedWave}/invitations`, { count, attributes: { directie } });
  const tokens = (await res.text()).trimEnd().split('\n').slice(1).map((l) => l.split('#t=')[1]!);
  for (const [i, token] of tokens.entries()) {
    const answers = { tevredenheid: 1 + (i % 5), aanpassing_gevraagd: 'nee' };
    expect((await answerInvitation(t.app, 'werkplek', token, { answers })).status).toBe(201);
  }
}

beforeAll(async () => {
  t = await adminTestApp();
  admin = await t.admin();
  agents.manager = await t.account(admin, 'manager-sociaal', 'manager', null, 'Sociaal');
  agents.reader = await t.account(admin, 'gmt-lid', 'reader');
  agents.po = await t.account(admin, 'p-en-o', 'po');
  for (const surveyId of ['werkplek', 'andere']) expect((await admin.request('POST', '/waves', { surveyId })).status).toBe(201);
  await answer('sociaal', 7);
  await answer('veiligheid', 7);
  expect((await admin.request('POST', `/waves/${closedWave}/close`)).status).toBe(200);
  const seen = new Set<string>();
  routes = t.app.routes
    .filter((r) => r.path.startsWith('/api/admin/') && r.method !== 'ALL' && !PUBLIC.includes(key(r)))
    .map(({ method, path }) => ({ method, path }))
    .filter((r) => !seen.has(key(r)) && seen.add(key(r)))
    .sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')));
});
afterAll(async () => {
  await t.db.destroy();
});

function call(agent: Agent, r: { method: string; path: string }, wave = closedWave) {
  const path = r.path
    .replace('/api/admin', '')
    .replace(/^\/waves\/:id/, `/waves/${wave}`)
    .replace(/^\/surveys\/:id/, '/surveys/werkplek')
    .replace(/^\/registers\/:id/, '/registers/werkplek')
    .replace(':recordId', '00000000-0000-4000-8000-000000000000')
    .replace(':reference', 'V2026-0001')
    .replace(':period', '2026-H2')
    .replace(':code', 'sociaal')
    .replace(/^\/targets\/:id\/:target/, '/targets/werkplek/doel')
    .replace(/^\/accounts\/:id/, '/accounts/someone');
  expect(path, `unfilled parameter in ${r.path}`).not.toMatch(/:/);
  return agent.request(r.method, path, r.method === 'GET' ? undefined : { surveyId: 'werkplek' });
}

describe.each(Object.keys(REACHES) as (keyof typeof agents)[])('the role %s', (role) => {
  it('reaches only its own routes; every other registered route answers 403 naming the role', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(16);
    const reached: string[] = [];
    for (const r of routes) {
      const res = await call(agents[role], r);
      if (res.status === 403) {
        expect(await problemType(res), key(r)).toBe('forbidden');
        expect(((await res.json()) as { fields: { field: string }[] }).fields[0]!.field, key(r)).toBe('role');
      } else {
        expect(res.status, key(r)).not.toBe(401);
        reached.push(key(r));
      }
    }
    expect(reached.sort()).toEqual([...REACHES[role]].sort());
    // Logged out by the walk: back in for the next checks.
    expect((await agents[role].login(role === 'manager' ? 'manager-sociaal' : role === 'reader' ? 'gmt-lid' : 'p-en-o')).status).toBe(200);
  });
});

describe('published figures', () => {
  it('a directorate manager sees the city totals and their own directorate, nothing of another, no open wave', async () => {
    const { waves } = (await (await agents.manager.request('GET', '/waves')).json()) as { waves: { id: string }[] };
    expect(waves.map((w) => w.id)).toEqual([closedWave]);
    const res = await agents.manager.request('GET', `/waves/${closedWave}/indicators`);
    expect(res.status).toBe(200);
    const { rows } = (await res.json()) as Report;
    expect(rows.some((r) => r.breakdown === null && r.shown)).toBe(true);
    expect(rows.some((r) => r.breakdown === 'directie' && r.group === 'sociaal' && r.shown)).toBe(true);
    expect(rows.every((r) => r.breakdown === null || (r.breakdown === 'directie' && r.group === 'sociaal'))).toBe(true);
    const other = await agents.manager.request('GET', `/waves/${closedWave}/indicators?directorate=Veiligheid`);
    expect(other.status).toBe(403);
    expect(((await other.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('directorate');
    expect((await agents.manager.request('GET', `/waves/${closedWave}/indicators?directorate=sociaal`)).status).toBe(200);
    const open = await agents.manager.request('GET', `/waves/${openWave}/indicators`);
    expect(open.status).toBe(403);
    expect(((await open.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('id');
  });

  it('a reader sees the published figures of the whole city, and no open wave', async () => {
    const { rows } = (await (await agents.reader.request('GET', `/waves/${closedWave}/indicators`)).json()) as Report;
    expect(new Set(rows.filter((r) => r.breakdown === 'directie' && r.shown).map((r) => r.group))).toEqual(new Set(['sociaal', 'veiligheid']));
    expect((await agents.reader.request('GET', `/waves/${openWave}/indicators`)).status).toBe(403);
  });

  it('the audit log names the role and scope a figure was read in; an admin sees who has which role', async () => {
    const { entries } = (await (await admin.request('GET', '/audit?limit=500')).json()) as { entries: AuditEntry[] };
    const viewed = entries.find((e) => e.action === 'figures-viewed' && e.username === 'manager-sociaal');
    expect(viewed?.detail).toMatchObject({ wave: closedWave, directorate: 'sociaal', asRole: 'manager', asDirectorate: 'sociaal', asSurveys: null });
    const { accounts } = (await (await admin.request('GET', '/accounts')).json()) as { accounts: { username: string; role: string; directorate: string | null }[] };
    expect(accounts.map((a) => [a.username, a.role, a.directorate])).toEqual([
      ['admin', 'admin', null],
      ['gmt-lid', 'reader', null],
      // Created as Sociaal: stored as the code of the organisation list.
      ['manager-sociaal', 'manager', 'sociaal'],
      ['p-en-o', 'po', null],
    ]);
  });

  it('a manager needs a directorate, and no other role takes one', async () => {
    const none = await admin.request('POST', '/accounts', { username: 'manager-zonder', password: 'correct horse battery staple', role: 'manager' });
    expect(none.status).toBe(422);
    expect(((await none.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('directorate');
    const reader = await admin.request('POST', '/accounts', { username: 'lezer', password: 'correct horse battery staple', role: 'reader', directorate: 'Sociaal' });
    expect(reader.status).toBe(422);
    const unknown = await admin.request('POST', '/accounts', { username: 'manager-marketing', password: 'correct horse battery staple', role: 'manager', directorate: 'Marketing' });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('directorate');
  });
});
