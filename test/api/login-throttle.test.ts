import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { PASSWORD } from './admin-client.ts';

/**
 * The login throttle against real sockets: every address in 127.0.0.0/8 is this machine, so a
 * request sent from 127.0.0.2 arrives with that peer address, as from another computer.
 */
let db: TestDatabase;
let server: ReturnType<typeof serve>;
let port: number;

function post(from: string, path: string, body: unknown, cookie?: string): Promise<{ status: number; body: string; cookie?: string }> {
  const data = JSON.stringify(body);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(data)) };
  if (cookie) headers.Cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, localAddress: from, method: 'POST', path: `/api/admin${path}`, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: text, cookie: res.headers['set-cookie']?.[0]?.split(';')[0] }));
    });
    req.on('error', reject);
    req.end(data);
  });
}
const login = (from: string, username: string, password: string) => post(from, '/login', { username, password });

/** Sends `n` requests, `parallel` at a time; the statuses, counted. */
async function flood(n: number, parallel: number, send: (i: number) => Promise<{ status: number }>): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (let i = 0; i < n; i += parallel) {
    const batch = await Promise.all(Array.from({ length: Math.min(parallel, n - i) }, (_, j) => send(i + j)));
    for (const r of batch) counts[r.status] = (counts[r.status] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  db = await freshDatabase();
  const app = createApp({ db, staff: db.staff, catalog: loadCatalog(fixtureSurveysDir) });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
  const token = (await issueSetupToken(db.staff.client))!;
  expect((await post('127.0.0.1', '/setup', { token, username: 'admin', password: PASSWORD })).status).toBe(201);
  const admin = await login('127.0.0.1', 'admin', PASSWORD);
  const csrf = (JSON.parse(admin.body) as { csrfToken: string }).csrfToken;
  const created = await new Promise<number>((resolve, reject) => {
    const data = JSON.stringify({ username: 'onderzoeker', password: PASSWORD, role: 'researcher', surveys: null });
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/admin/accounts', headers: { 'Content-Type': 'application/json', Cookie: admin.cookie!, 'X-CSRF-Token': csrf } },
      (res) => (res.resume(), resolve(res.statusCode!)),
    );
    req.on('error', reject);
    req.end(data);
  });
  expect(created).toBe(201);
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await db.destroy();
});

describe('login throttling without lockout', () => {
  it('1,000 wrong logins with distinct usernames and 200 at one account leave the real researcher signing in at once from another address', async () => {
    // Each refusal is held back up to a second, so they go out 500 at a time.
    const spray = await flood(1000, 500, (i) => login('127.0.0.2', `medewerker${i}`, 'Welkom2026!'));
    const aimed = await flood(200, 200, () => login('127.0.0.3', 'onderzoeker', 'Welkom2026!'));
    // Almost all of them were held up by the growing delay, and none got in.
    expect(spray[401]).toBeLessThan(20);
    expect(aimed[401]).toBeLessThan(10);
    expect(Object.keys(spray).concat(Object.keys(aimed)).sort()).toEqual(['401', '401', '429', '429']);
    const started = performance.now();
    const real = await login('127.0.0.4', 'onderzoeker', PASSWORD);
    expect(real.status, real.body).toBe(200);
    expect(performance.now() - started).toBeLessThan(2000); // one scrypt, no waiting
  }, 60_000);

  it('stores and logs no address: the audit log of the failures names none', async () => {
    const rows = (await db.staff.client.execute('SELECT detail FROM audit_log')).rows.map((r) => String(r.detail));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.join('\n')).not.toMatch(/127\.0\.0\./);
  });
});
