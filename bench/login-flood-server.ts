/**
 * The server side of the login-flood benchmark, in its own process: the real app on a fresh
 * embedded database with an admin and a researcher, the researcher signed in. Prints
 * `{ "port": N, "cookie": "peil_session=…" }` when listening.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { issueSetupToken } from '../server/auth/setup.ts';
import { loadCatalog } from '../survey-format/catalog/catalog.ts';
import { openDatabase } from '../server/db/open.ts';
import { createWave } from '../server/waves/waves.ts';

const PASSWORD = 'a benchmark password of length';
const dir = mkdtempSync(join(tmpdir(), 'peil-bench-'));
const staff = await openDatabase(`file:${join(dir, 'bench-staff.db')}`, { schema: 'staff' });
const db = await openDatabase(`file:${join(dir, 'bench.db')}`, { staff: staff.client });
const catalog = loadCatalog(new URL('../surveys/', import.meta.url).pathname);
await createWave(db.client, catalog, 'inclusie', { mode: 'invitation' }, new Date());
const app = createApp({ db, staff, catalog });

const post = (path: string, body: unknown, cookie = '', csrf = '') =>
  app.request(`/api/admin${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });
await post('/setup', { token: await issueSetupToken(staff.client), username: 'admin', password: PASSWORD });
const admin = await post('/login', { username: 'admin', password: PASSWORD });
const { csrfToken } = (await admin.json()) as { csrfToken: string };
await post('/accounts', { username: 'onderzoeker', password: PASSWORD, role: 'researcher' }, admin.headers.get('set-cookie')!.split(';')[0], csrfToken);
const researcher = await post('/login', { username: 'onderzoeker', password: PASSWORD });
const cookie = researcher.headers.get('set-cookie')!.split(';')[0];

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, cookie })}\n`);
});
process.on('SIGTERM', () => server.close(() => (db.close(), process.exit(0))));
