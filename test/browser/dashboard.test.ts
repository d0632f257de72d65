import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import { clearDatabase, seedDatabase } from '../../server/seed/seed.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';
import { answerInvitation, atUrl } from '../support/invitation.ts';

const env = serverAndBrowser();

const PASSWORD = 'een lang genoeg wachtwoord';
const h1 = (page: Page) => page.locator('h1').textContent();

async function checkPage(page: Page, title: string) {
  await expect.poll(() => h1(page), { timeout: 60_000 }).toBe(title);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
}

/** A respondent's submission, straight to the public API as the survey client sends it. */
async function submit(tevredenheid: number, token?: string) {
  const answers = { tevredenheid, aanpassing_gevraagd: 'nee' };
  const res = token
    ? await answerInvitation(atUrl(env.server.url), 'werkplek', token, { answers })
    : await fetch(`${env.server.url}/api/surveys/werkplek/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ answers }),
      });
  expect(res.status).toBe(201);
}

describe('the indicators dashboard', () => {
  it('shows the API figures of a closed wave, hides small groups, and passes axe in Dutch and English', async () => {
    const token = await issueSetupToken(env.server.db.staff.client);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/beheer/setup#${token}`);
    await checkPage(page, 'Eerste beheerder instellen');
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await checkPage(page, 'Werkruimte');

    // The admin API through the logged-in browser context (its cookie), with the session's CSRF token.
    const { csrfToken } = (await (await page.request.get(`${env.server.url}/api/admin/session`)).json()) as { csrfToken: string };
    const admin = (path: string, data?: unknown) =>
      page.request.post(`${env.server.url}/api/admin${path}`, { data: data ?? {}, headers: { 'X-CSRF-Token': csrfToken } });

    // The previous wave: the open link the server started with, six answers, then closed.
    const previous = (await env.server.db.client.execute('SELECT id FROM waves')).rows.map((r) => String(r.id)).find((id) => id.startsWith('werkplek-'))!;
    for (const score of [2, 3, 3, 2, 4, 3]) await submit(score);
    expect((await admin(`/waves/${previous}/close`)).status()).toBe(200);

    // This wave: three invited groups, of which weesp has a single answer.
    const created = await admin('/waves', { surveyId: 'werkplek', period: 'proef-2', mode: 'invitation', closesOn: amsterdamDate(new Date(Date.now() + 30 * 86_400_000)) });
    expect(created.status()).toBe(201);
    const waveId = 'werkplek-proef-2';
    const invite = async (count: number, directie: string) => {
      const res = await admin(`/waves/${waveId}/invitations`, { count, attributes: { directie } });
      expect(res.status()).toBe(201);
      return (await res.text()).trim().split('\n').slice(1).map((l) => l.split('#t=')[1]!);
    };
    const groups = { sociaal: [await invite(10, 'sociaal'), [5, 4, 4, 5, 3, 4, 5, 4]], zuid: [await invite(10, 'zuid'), [3, 4, 2, 3, 4, 3, 5]], weesp: [await invite(5, 'weesp'), [1]] } as const;
    for (const [tokens, scores] of Object.values(groups)) for (const [i, score] of scores.entries()) await submit(score, tokens[i]);
    expect((await admin(`/waves/${waveId}/close`)).status()).toBe(200);

    const report = (await (await page.request.get(`${env.server.url}/api/admin/waves/${waveId}/indicators`)).json()) as SurveyReport;
    const total = report.rows.find((r) => r.indicator === 'tevredenheid' && r.breakdown === null)!;
    expect(total.shown).toBe(true);
    const klein = report.rows.find((r) => r.indicator === 'tevredenheid' && r.group === 'weesp')!;
    expect(klein).toMatchObject({ shown: false, reason: 'te weinig antwoorden' });
    const sociaal = report.rows.find((r) => r.indicator === 'tevredenheid' && r.group === 'sociaal')!;

    // From the navigation: choose the wave with the keyboard.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Cijfers' }).click();
    await checkPage(page, 'Cijfers');
    await page.getByLabel('Golf').selectOption(waveId);
    await page.getByRole('button', { name: 'Cijfers tonen' }).focus();
    await page.keyboard.press('Enter');
    await checkPage(page, `Cijfers van ${waveId}`);
    expect(page.url()).toBe(`${env.server.url}/beheer/golven/${waveId}/cijfers`);

    // The headline is the API's overall row, in Dutch notation; the change against the previous wave is there.
    const nl2 = (x: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
    const section = page.locator('section[data-indicator="tevredenheid"]');
    expect(await page.getByTestId('headline-tevredenheid').textContent()).toBe(nl2(total.value!));
    expect(await section.textContent()).toContain(`${nl2(total.lower!)} tot ${nl2(total.upper!)}`);
    expect(total.change).not.toBeNull();
    expect(await section.textContent()).toContain('Verandering');
    expect(await section.locator('tr[data-group="sociaal"]').textContent()).toContain(sociaal.shown ? nl2(sociaal.value!) : 'te weinig antwoorden');
    expect(await section.locator('tr[data-group="weesp"]').textContent()).toContain('te weinig antwoorden');
    expect(await section.locator('tr[data-group="weesp"] .peil-bar--hidden').count()).toBe(1);
    expect(await page.locator('section[data-indicator="response_rate"]').count()).toBe(1);

    // A summary first, one row per indicator linking to its section; each section's groups on demand.
    expect(await page.locator('[data-summary]').count()).toBe(await page.locator('section[data-indicator]').count());
    expect(await page.locator('[data-summary="tevredenheid"] a').getAttribute('href')).toBe('#indicator-tevredenheid');
    const details = section.locator('details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await section.locator('tr[data-group="weesp"]').isVisible()).toBe(false);
    await section.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await section.locator('tr[data-group="weesp"]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // The change, an arrow and a few words, stays on one line in the summary and in the groups.
    for (const change of await page.locator('.peil-change').all()) {
      if (await change.isVisible()) expect(await change.evaluate((e) => e.getClientRects().length)).toBe(1);
    }
    expect(await page.locator('[data-summary="tevredenheid"] .peil-change').textContent()).toMatch(/^(▲ hoger|▼ lager|geen verschil) \(/);

    // From the waves page, and in English.
    await page.getByRole('link', { name: 'Terug naar golven' }).click();
    await checkPage(page, 'Golven');
    await page.getByRole('link', { name: `Cijfers van ${waveId}` }).click();
    await checkPage(page, `Cijfers van ${waveId}`);
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await checkPage(page, `Figures of ${waveId}`);
    expect(await section.locator('tr[data-group="weesp"]').textContent()).toContain('too few answers');
    const en2 = (x: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
    expect(await page.getByTestId('headline-tevredenheid').textContent()).toBe(en2(total.value!));
    await context.close();
  });
});

describe('the indicators dashboard with targets and paired tests', () => {
  it('shows the programme target and the paired-testing table of seeded waves, in Dutch and English, and passes axe', async () => {
    const surveys = fileURLToPath(new URL('../../surveys/', import.meta.url));
    const server = await startServer(surveys);
    try {
      // startServer opens a wave of every survey today; the seed wants an empty database.
      await clearDatabase(server.db.client);
      await seedDatabase(server.db.client, loadCatalog(surveys), { scale: 0.1, seed: 3, surveys: ['inclusie', 'mystery-guest'] });
      const token = await issueSetupToken(server.db.staff.client);
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/beheer/setup#${token}`);
      await checkPage(page, 'Eerste beheerder instellen');
      await page.getByLabel('Gebruikersnaam').fill('beheerder');
      await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
      await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
      await checkPage(page, 'Werkruimte');

      // The target: the same figures as the API's target row, with the verdict in words.
      const inclusie = 'inclusie-2026-H2';
      const report = (await (await page.request.get(`${server.url}/api/admin/waves/${inclusie}/indicators`)).json()) as SurveyReport;
      const id = 'doel_culturele_diversiteit_12_plus';
      const row = report.rows.find((r) => r.indicator === id)!;
      expect(row).toMatchObject({ kind: 'target', breakdown: 'schaalgroep', group: '12_plus', shown: true });
      // The baseline the seed entered as a researcher would (server/seed/seed.ts), with its source.
      expect(row.target).toMatchObject({ baseline: 0.14, expectedProgress: 1, baselineSource: expect.stringMatching(/^Fictief cijfer/) });
      await page.goto(`${server.url}/beheer/golven/${inclusie}/cijfers`);
      await checkPage(page, `Cijfers van ${inclusie}`);
      const section = page.locator(`section[data-indicator="${id}"]`);
      const nl0 = (x: number) => `${x < 0 ? '−' : ''}${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Math.abs(x) * 100)}%`;
      expect(await page.getByTestId(`progress-${id}`).textContent()).toBe(nl0(row.target!.progress!));
      const verdicts = { reached: 'doel gehaald', not_reached: 'doel niet gehaald', undetermined: 'nog niet te zeggen' } as Record<string, string>;
      expect(await page.getByTestId(`status-${id}`).textContent()).toBe(verdicts[row.target!.status!]);
      expect(await section.textContent()).toContain('14,0% in 2024 (bron: Fictief cijfer van npm run seed');
      expect(await section.locator('.peil-bar__fill').count()).toBe(1);

      // Paired testing on the mystery-guest wave: one row per directorate, hidden ones marked.
      const mg = 'mystery-guest-2026-H2';
      const paired = ((await (await page.request.get(`${server.url}/api/admin/waves/${mg}/indicators`)).json()) as SurveyReport).paired!;
      await page.goto(`${server.url}/beheer/golven/${mg}/cijfers`);
      await checkPage(page, `Cijfers van ${mg}`);
      const table = page.locator('section[data-indicator="netto_discriminatie"]');
      // The dashboard shows the directorate table; the splits by scale band and internal/external are in the JSON.
      const shownRows = paired.rows.filter((r) => r.breakdown === null || r.breakdown === 'opdracht_directie');
      expect(await table.locator('tbody tr').count()).toBe(shownRows.length);
      const total = table.locator('tr[data-group="total"]');
      expect(await total.locator('th').textContent()).toBe('Alle paren');
      expect(await total.locator('td').first().textContent()).toBe(String(paired.rows[0]!.n));
      const hidden = shownRows.filter((r) => !r.shown).length;
      expect(hidden).toBeGreaterThan(0);
      expect(await table.locator('tr.peil-breakdown__hidden').count()).toBe(hidden);

      await page.getByRole('button', { name: 'Read this page in English' }).click();
      await checkPage(page, `Figures of ${mg}`);
      expect(await total.locator('th').textContent()).toBe('All pairs');
      await page.goto(`${server.url}/beheer/golven/${inclusie}/cijfers`);
      await checkPage(page, `Figures of ${inclusie}`);
      const english = { reached: 'target reached', not_reached: 'target not reached', undetermined: 'too early to say' } as Record<string, string>;
      expect(await page.getByTestId(`status-${id}`).textContent()).toBe(english[row.target!.status!]);
      await context.close();
    } finally {
      await server.close();
    }
  }, 120_000);
});
