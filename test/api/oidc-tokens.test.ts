import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { discoverProvider } from '../../server/auth/oidc/provider.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { startFakeIdp, type FakeIdp } from '../support/fake-idp.ts';

/**
 * Peil's side of the ID token check: each token a provider must never be believed for is refused
 * with a page in Dutch and English, no session, and an audit entry without the token.
 */
const CLIENT_ID = 'peil';
const MANAGERS = 'grp-managers-sociaal';
let idp: FakeIdp;
let db: TestDatabase;
let app: ReturnType<typeof createApp>;
/** The app's clock runs this many ms ahead of the real one (the provider's tokens use the real one). */
let ahead = 0;

beforeAll(async () => {
  idp = await startFakeIdp();
  db = await freshDatabase();
  const oidc = await discoverProvider({
    issuer: new URL(idp.issuer),
    clientId: CLIENT_ID,
    clientSecret: 'test-secret',
    redirectUri: new URL('http://localhost/api/admin/oidc/callback'),
    groupsClaim: 'groups',
    usernameClaim: 'preferred_username',
    roles: [{ group: MANAGERS, role: 'manager', directorate: 'Sociaal' }],
  });
  app = createApp({ db, staff: db.staff, catalog: loadCatalog(fixtureSurveysDir), now: () => new Date(Date.now() + ahead), auth: { trustedProxies: [], oidc } });
});
afterAll(async () => {
  await idp.close();
  await db.destroy();
});

/** Starts a sign-in: the state and nonce sent to the provider, and the browser's pending cookie. */
async function start(): Promise<{ state: string; nonce: string; cookie: string }> {
  const res = await app.request('/api/admin/oidc/start');
  expect(res.status).toBe(302);
  const to = new URL(res.headers.get('location')!);
  expect(to.origin + to.pathname).toBe(`${idp.issuer}/auth`);
  expect(to.searchParams.get('code_challenge_method')).toBe('S256');
  expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(res.headers.get('set-cookie')).toMatch(/^peil_oidc=[^;]+; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/);
  return { state: to.searchParams.get('state')!, nonce: to.searchParams.get('nonce')!, cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}

/** Comes back from the provider with a code and `state`; the provider's token endpoint answers `idToken`. */
async function callback(flow: { state: string; cookie?: string }, idToken: string): Promise<Response> {
  idp.nextIdToken = idToken;
  return app.request(`/api/admin/oidc/callback?code=one-time-code&state=${flow.state}`, { headers: flow.cookie ? { Cookie: flow.cookie } : {} });
}

const claims = (nonce: string, extra: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return { iss: idp.issuer, aud: CLIENT_ID, sub: 'user-1', preferred_username: 'M.Jansen@example.org', nonce, iat: now, exp: now + 300, groups: [MANAGERS], ...extra };
};

async function expectRefused(res: Response, status: number, dutch: string, english: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain(dutch);
  expect(html).toContain(english);
  expect(res.headers.get('set-cookie') ?? '').not.toMatch(/peil_session=[^;]/);
}

describe('sign-in through the identity provider', () => {
  it('a verified ID token in the managers group starts a Peil session as that directorate\'s manager', async () => {
    const flow = await start();
    const res = await callback(flow, await idp.sign(claims(flow.nonce)));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('U bent aangemeld');
    const session = res.headers.getSetCookie().find((c) => c.startsWith('peil_session='))!;
    expect(session).toMatch(/^peil_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const me = await app.request('/api/admin/session', { headers: { Cookie: session.split(';')[0]! } });
    expect(await me.json()).toMatchObject({
      account: { username: 'm.jansen@example.org', role: 'manager', directorate: 'Sociaal', signIn: 'oidc' },
      permissions: ['published-figures'],
    });
    // A password login cannot reach an account of the identity provider.
    const login = await app.request('/api/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'm.jansen@example.org', password: '' }),
    });
    expect(login.status).toBe(401);
  });

  it('ends the session of a provider account 30 minutes after sign-in however busy, so its groups are asked again', async () => {
    const flow = await start();
    const res = await callback(flow, await idp.sign(claims(flow.nonce, { sub: 'user-5', preferred_username: 'druk' })));
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('peil_session='))!.split(';')[0]!;
    const session = () => app.request('/api/admin/session', { headers: { Cookie: cookie } });
    try {
      ahead = 20 * 60_000;
      expect((await session()).status).toBe(200);
      ahead = 30 * 60_000 + 1000;
      expect((await session()).status).toBe(401);
    } finally {
      ahead = 0;
    }
  });

  it('refuses a tampered ID token (its signature no longer holds) and one signed with an unpublished key', async () => {
    const flow = await start();
    const [header, , signature] = (await idp.sign(claims(flow.nonce))).split('.');
    const forged = Buffer.from(JSON.stringify(claims(flow.nonce, { sub: 'user-2' }))).toString('base64url');
    await expectRefused(await callback(flow, `${header}.${forged}.${signature}`), 401, 'Aanmelden is mislukt', 'Signing in failed');
    const again = await start();
    await expectRefused(await callback(again, await idp.signWithOtherKey(claims(again.nonce))), 401, 'Aanmelden is mislukt', 'Signing in failed');
  });

  it('refuses an ID token for another client (wrong audience)', async () => {
    const flow = await start();
    await expectRefused(await callback(flow, await idp.sign(claims(flow.nonce, { aud: 'another-app' }))), 401, 'Aanmelden is mislukt', 'Signing in failed');
  });

  it('refuses an expired ID token', async () => {
    const flow = await start();
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(await callback(flow, await idp.sign(claims(flow.nonce, { iat: hourAgo - 300, exp: hourAgo }))), 401, 'Aanmelden is mislukt', 'Signing in failed');
  });

  it('refuses a replayed nonce: an ID token made for an earlier sign-in, brought to a new one', async () => {
    const earlier = await start();
    const token = await idp.sign(claims(earlier.nonce));
    expect((await callback(earlier, token)).status).toBe(200);
    const flow = await start();
    await expectRefused(await callback(flow, token), 401, 'Aanmelden is mislukt', 'Signing in failed');
    // And the earlier sign-in cannot be finished twice: its pending cookie is used up.
    await expectRefused(await callback({ state: earlier.state }, token), 400, 'Deze aanmelding is verlopen', 'This sign-in has expired');
  });

  it('refuses a wrong state', async () => {
    const flow = await start();
    await expectRefused(await callback({ ...flow, state: 'not-the-state' }, await idp.sign(claims(flow.nonce))), 401, 'Aanmelden is mislukt', 'Signing in failed');
  });

  it('removes the account of a user taken out of every group at their next sign-in', async () => {
    const first = await start();
    expect((await callback(first, await idp.sign(claims(first.nonce, { sub: 'user-4', preferred_username: 'vertrekker' })))).status).toBe(200);
    expect((await db.staff.client.execute("SELECT role FROM accounts WHERE username = 'vertrekker'")).rows[0]!.role).toBe('manager');
    const later = await start();
    const res = await callback(later, await idp.sign(claims(later.nonce, { sub: 'user-4', preferred_username: 'vertrekker', groups: [] })));
    await expectRefused(res, 403, 'U hebt geen toegang tot Peil', 'You have no access to Peil');
    expect((await db.staff.client.execute("SELECT count(*) AS n FROM accounts WHERE username = 'vertrekker'")).rows[0]!.n).toBe(0);
  });

  it('refuses a user in no group with a clear page, and logs why without the token', async () => {
    const flow = await start();
    const token = await idp.sign(claims(flow.nonce, { sub: 'user-3', preferred_username: 'buiten', groups: ['grp-other'] }));
    await expectRefused(await callback(flow, token), 403, 'U hebt geen toegang tot Peil', 'You have no access to Peil');
    const audit = (await db.staff.client.execute("SELECT detail FROM audit_log WHERE action = 'sign-in-refused'")).rows.map((r) => JSON.parse(String(r.detail)));
    expect(audit).toContainEqual({ reason: 'no-group', code: null });
    expect(audit.map((d) => d.reason)).toEqual(expect.arrayContaining(['not-verified', 'expired']));
    expect(JSON.stringify(audit)).not.toContain(token.split('.')[1]);
    expect((await db.staff.client.execute("SELECT count(*) AS n FROM accounts WHERE username = 'buiten'")).rows[0]!.n).toBe(0);
  });
});
