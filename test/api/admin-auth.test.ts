import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { LOGIN_FREE_ATTEMPTS_PER_ACCOUNT, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from '../../server/auth/policy.ts';
import { adminTestApp, PASSWORD, problemType, type AdminTestApp } from './admin-client.ts';

let t: AdminTestApp;
beforeEach(async () => {
  t = await adminTestApp();
});
afterEach(async () => {
  await t.db.destroy();
});

describe('first admin', () => {
  it('is made once with the setup token; the token and any other one are refused afterwards', async () => {
    const token = (await issueSetupToken(t.db.staff.client))!;
    const other = (await issueSetupToken(t.db.staff.client))!;
    const a = t.agent();
    const wrong = await a.request('POST', '/setup', { token: 'x'.repeat(43), username: 'eerste', password: PASSWORD });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('token');
    expect((await a.request('POST', '/setup', { token, username: 'eerste', password: PASSWORD })).status).toBe(201);
    for (const again of [token, other]) {
      const res = await a.request('POST', '/setup', { token: again, username: 'tweede', password: PASSWORD });
      expect(res.status).toBe(403);
      expect(await problemType(res)).toBe('setup-token-invalid');
    }
    expect(await t.rows('setup_tokens')).toEqual([]);
    expect(await issueSetupToken(t.db.staff.client)).toBeUndefined();
    const accounts = await t.rows('accounts');
    expect(accounts.map((r) => [r.username, r.role, r.created_on])).toEqual([['eerste', 'admin', '2026-09-15']]);
    expect(String(accounts[0]!.password_hash)).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
  });

  it('refuses a short password, naming the field', async () => {
    const token = (await issueSetupToken(t.db.staff.client))!;
    const res = await t.agent().request('POST', '/setup', { token, username: 'eerste', password: 'kort' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(['password']);
  });
});

describe('login and logout', () => {
  it('a wrong password or unknown user gets 401; a right one a session cookie and a CSRF token', async () => {
    await t.admin();
    const a = t.agent();
    const wrong = await a.login('admin', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await a.login('nobody')).status).toBe(401);
    const ok = await a.login('ADMIN ');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/^peil_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const session = (await (await a.request('GET', '/session')).json()) as { account: { username: string }; csrfToken: string; expiresAt: string };
    expect(session.account.username).toBe('admin');
    expect(session.csrfToken).toBe(a.csrf);
    expect(session.expiresAt).toBe('2026-09-15T10:30:00.000Z');
  });

  it('over TLS (here: behind a proxy saying so) the cookie is __Host-peil_session and Secure', async () => {
    await t.admin();
    const res = await t.app.request('/api/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https', Origin: 'https://localhost' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-peil_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    const secret = res.headers.get('set-cookie')!.split(';')[0]!.split('=')[1];
    const over = (proto: string) => t.app.request('/api/admin/session', { headers: { Cookie: `__Host-peil_session=${secret}`, 'X-Forwarded-Proto': proto } });
    expect((await over('https')).status).toBe(200);
    // The unprefixed name is the only one read over plain http.
    expect((await over('http')).status).toBe(401);
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const a = await t.admin();
    const cookie = a.cookie!;
    const out = await a.request('POST', '/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^peil_session=; Max-Age=0/);
    const replay = await t.app.request('/api/admin/session', { headers: { Cookie: cookie } });
    expect(replay.status).toBe(401);
    expect(await problemType(replay)).toBe('unauthenticated');
    expect(await t.rows('sessions')).toEqual([]);
  });

  it('login rotates the session: a new secret, and the one the browser had is ended', async () => {
    const a = await t.admin();
    const before = a.cookie!;
    const planted = t.agent();
    planted.cookie = 'peil_session=planted-by-someone-else';
    expect((await planted.login('admin')).status).toBe(200);
    expect(planted.cookie).not.toBe('peil_session=planted-by-someone-else');
    expect((await a.login('admin')).status).toBe(200);
    expect(a.cookie).not.toBe(before);
    expect((await t.app.request('/api/admin/session', { headers: { Cookie: before } })).status).toBe(401);
    expect((await a.request('GET', '/session')).status).toBe(200);
    // Stored: hashes only, never the secret in the cookie.
    const stored = (await t.rows('sessions')).map((r) => String(r.token_hash));
    expect(stored).toHaveLength(2);
    expect(stored).not.toContain(a.cookie!.split('=')[1]);
  });
});

describe('session timeouts', () => {
  it('end a session idle for 30 minutes', async () => {
    const a = await t.admin();
    t.advance(SESSION_IDLE_SECONDS - 1);
    expect((await a.request('GET', '/session')).status).toBe(200);
    t.advance(SESSION_IDLE_SECONDS - 1);
    expect((await a.request('GET', '/session')).status).toBe(200);
    t.advance(SESSION_IDLE_SECONDS);
    expect((await a.request('GET', '/session')).status).toBe(401);
    expect(await t.rows('sessions')).toEqual([]);
  });

  it('end a busy session 8 hours after login', async () => {
    const a = await t.admin();
    const step = 20 * 60;
    for (let i = 1; i < SESSION_ABSOLUTE_SECONDS / step; i++) {
      t.advance(step);
      expect((await a.request('GET', '/session')).status).toBe(200);
    }
    t.advance(step);
    expect((await a.request('GET', '/session')).status).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state-changing request without the session CSRF token, or with a foreign Origin', async () => {
    const a = await t.admin();
    const body = { surveyId: 'werkplek', mode: 'invitation' };
    const none = await a.request('POST', '/waves', body, { 'X-CSRF-Token': '' });
    expect(none.status).toBe(403);
    expect(await problemType(none)).toBe('csrf');
    expect(((await none.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('X-CSRF-Token');
    const other = t.agent();
    await other.login('admin');
    expect((await a.request('POST', '/waves', body, { 'X-CSRF-Token': other.csrf! })).status).toBe(403);
    const foreign = await a.request('POST', '/waves', body, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await problemType(foreign)).toBe('cross-origin');
    const login = await t.app.request('/api/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(login.status).toBe(403);
    const form = await t.app.request('/api/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `username=admin&password=${PASSWORD}`,
    });
    expect(form.status).toBe(415);
    expect(await t.rows('waves')).toEqual([]);
    expect((await a.request('POST', '/waves', body, { Origin: 'http://localhost' })).status).toBe(201);
  });
});

describe('login throttle', () => {
  it('delays an account after a few failures from one client, without locking it: the right password works once the delay has passed', async () => {
    await t.admin();
    const a = t.agent();
    const failures = await Promise.all(Array.from({ length: LOGIN_FREE_ATTEMPTS_PER_ACCOUNT + 3 }, () => a.login('admin', 'wrong password guess')));
    expect(failures.map((r) => r.status).sort()).toEqual([...Array(LOGIN_FREE_ATTEMPTS_PER_ACCOUNT + 1).fill(401), 429, 429]);
    const waiting = await a.login('admin');
    expect(waiting.status).toBe(429);
    expect(await problemType(waiting)).toBe('too-many-logins');
    expect(((await waiting.json()) as { detail: string }).detail).toBe('Too many login attempts; try again in 1 second.');
    t.advance(1);
    expect((await a.login('admin')).status).toBe(200);
  });
});
