import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { discoverProvider } from '../../server/auth/oidc/provider.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { closeWave, createInvitations } from '../../server/waves/waves.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { axeViolations } from '../support/browser.ts';
import { answerInvitation, atUrl } from '../support/invitation.ts';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

/**
 * Signing in through a real OpenID Connect provider (oidc-provider, certified) on loopback, in
 * Chromium: a directorate manager sees their directorate and the city totals and nothing else; a
 * user in no group is refused with a clear page.
 */
const MANAGERS = 'peil-managers-sociaal';
let provider: TestProvider | undefined;
let waveId = '';

const env = serverAndBrowser(async () => {
  const server = await startServer(fixtureSurveysDir, { mode: 'invitation' }, async (url) => {
    const redirectUri = new URL('/api/admin/oidc/callback', url);
    provider = await startTestProvider(redirectUri.href, { 'manager-sociaal': ['iets-anders', MANAGERS], buitenstaander: ['iets-anders'] });
    const oidc = await discoverProvider({
      issuer: new URL(provider.issuer),
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUri,
      groupsClaim: 'groups',
      usernameClaim: 'preferred_username',
      roles: [{ group: MANAGERS, role: 'manager', directorate: 'Sociaal' }],
    });
    return { trustedProxies: [], oidc };
  });
  // A closed wave with seven answers from each of two directorates.
  waveId = String((await server.db.client.execute('SELECT id FROM waves')).rows[0]!.id);
  for (const directie of ['sociaal', 'veiligheid']) {
    const { tokens } = await createInvitations(server.db.client, waveId, 7, { directie }, new Date());
    for (const [i, token] of tokens.entries()) {
      const res = await answerInvitation(atUrl(server.url), 'werkplek', token, { answers: { tevredenheid: 1 + (i % 5), aanpassing_gevraagd: 'nee' } });
      expect(res.status).toBe(201);
    }
  }
  await closeWave(server.db.client, waveId);
  return { ...server, close: async () => (await server.close(), await provider?.close()) };
});

/** From Peil's login page through the provider's own login and consent pages, as `username`. */
async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${env.server.url}/beheer/login`);
  await page.getByRole('link', { name: 'Aanmelden met uw organisatie-account' }).click();
  await page.locator('input[name="login"]').fill(username);
  await page.locator('input[name="password"]').fill('whatever the provider asks');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('sign-in through the organisation\'s identity provider', () => {
  it('a manager of one directorate sees that directorate and the city totals, and gets 403 on every other route', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'manager-sociaal');
    await page.getByText('Ingelogd als manager-sociaal (directiemanager)').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Werkruimte' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Overzicht', 'Cijfers', 'Monitor']);

    await page.goto(`${env.server.url}/beheer/golven/${waveId}/cijfers`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('Iedereen'); // the city totals
    // By code or by label (Sociaal, Openbare Orde en Veiligheid).
    expect(text).toMatch(/sociaal/i);
    expect(text).not.toMatch(/veiligheid/i);
    expect(await axeViolations(page)).toEqual([]);

    // Every route the API registers, with this browser's session: only the published figures answer.
    const { csrfToken } = (await (await page.request.get(`${env.server.url}/api/admin/session`)).json()) as { csrfToken: string };
    const routes = createApp({ db: env.server.db, staff: env.server.db.staff, catalog: loadCatalog(fixtureSurveysDir) })
      .routes.filter((r) => r.path.startsWith('/api/admin/') && r.method !== 'ALL' && !/\/(setup|login|logout|sign-in-options|oidc\/)/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    const reached: string[] = [];
    for (const route of [...new Set(routes)]) {
      const [method, path] = route.split(' ') as [string, string];
      const url = `${env.server.url}${path.replace(':id', path.startsWith('/api/admin/accounts') ? 'someone' : path.startsWith('/api/admin/surveys') ? 'werkplek' : waveId)}`;
      const res = await page.request.fetch(`${url}${path.endsWith('/export') ? '?format=csv' : ''}`, {
        method,
        headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
        ...(method === 'GET' ? {} : { data: { surveyId: 'werkplek' } }),
      });
      if (res.status() !== 403) reached.push(route);
    }
    // A manager reads published figures: a wave's indicators, the registers' "% procedures gelukt" and
    // their directorate's page of the monitor (each within their directorate; 403 for any other).
    expect(reached.sort()).toEqual([
      'GET /api/admin/monitor/:period/directorates/:code',
      'GET /api/admin/registers',
      'GET /api/admin/registers/:id/figures',
      'GET /api/admin/session',
      'GET /api/admin/waves',
      'GET /api/admin/waves/:id/indicators',
    ]);
    const other = await page.request.get(`${env.server.url}/api/admin/waves/${waveId}/indicators?directorate=Veiligheid`);
    expect(other.status()).toBe(403);
    await context.close();
  });

  it('a user in no group is refused with a clear page in Dutch and English', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const refused = page.waitForResponse((r) => r.url().includes('/api/admin/oidc/callback'));
    await signIn(page, 'buitenstaander');
    expect((await refused).status()).toBe(403);
    await page.getByRole('heading', { level: 1, name: 'U hebt geen toegang tot Peil' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'You have no access to Peil' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect((await page.request.get(`${env.server.url}/api/admin/session`)).status()).toBe(401);
    await context.close();
  });
});
