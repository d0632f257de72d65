import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import { clearDatabase, seedDatabase } from '../../server/seed/seed.ts';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const surveys = fileURLToPath(new URL('../../surveys/', import.meta.url));
const env = serverAndBrowser(() => startServer(surveys));
const PASSWORD = 'een lang genoeg wachtwoord';
// A code as the survey files write them (`ruimte_en_economie`, `12_plus`): never what a reader sees.
const CODE = /^[a-z0-9]+(_[a-z0-9]+)+$/;

async function checkPage(page: Page, title: string) {
  await expect.poll(() => page.locator('h1').textContent(), { timeout: 60_000 }).toBe(title);
  expect(await axeViolations(page)).toEqual([]);
}

/** Opens every <details> on the page, as a reader asking for all details would. */
const openAll = (page: Page) => page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
/** Whether the page itself scrolls sideways (the tables may, inside their own regions). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the figures page: reasons for leaving and crossed breakdowns', () => {
  it('shows each reasons list as one ranked section with labels, and the onboarding crossing with hidden cells marked, axe-clean and without sideways scrolling at 320 px', async () => {
    // startServer opens a wave of every survey today; the seed wants an empty database.
    await clearDatabase(env.server.db.client);
    await seedDatabase(env.server.db.client, loadCatalog(surveys), { scale: 0.3, seed: 3, surveys: ['exit', 'onboarding'] });
    const token = await issueSetupToken(env.server.db.staff.client);
    const context = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/beheer/setup#${token}`);
    await checkPage(page, 'Eerste beheerder instellen');
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await checkPage(page, 'Werkruimte');

    // Exit: 12 reasons to leave and 6 that pulled elsewhere, as two ranked sections, not 18.
    const exit = 'exit-2026-H2';
    const report = (await (await page.request.get(`${env.server.url}/api/admin/waves/${exit}/indicators`)).json()) as SurveyReport;
    await page.goto(`${env.server.url}/beheer/golven/${exit}/cijfers`);
    await checkPage(page, `Cijfers van ${exit}`);
    expect(await page.locator('section[data-indicator*="."]').count()).toBe(0);
    expect(await page.locator('[data-summary*="."]').count()).toBe(0);
    expect(await page.locator('[data-summary]').count()).toBe(await page.locator('section[data-indicator]').count());
    for (const [list, count] of [['vertrekredenen_weg', 12], ['vertrekredenen_trek', 6]] as const) {
      const section = page.locator(`section[data-indicator="${list}"]`);
      const reasons = report.indicators.filter((i) => i.list?.id === list);
      expect(reasons).toHaveLength(count);
      expect(await section.locator('h2').textContent()).toBe(reasons[0]!.list!.title);
      const rows = section.locator('table.peil-reasons tbody tr');
      expect(await rows.count()).toBe(count);
      // Labelled by the survey's choice texts, ranked as the API ranks them, in Dutch notation.
      const names = await rows.locator('th').allTextContents();
      expect(names.sort()).toEqual(reasons.map((i) => i.title!).sort());
      for (const name of names) expect(reasons.map((i) => i.id.split('.')[1])).not.toContain(name);
      const top = report.rows.find((r) => r.indicator.startsWith(`${list}.`) && r.breakdown === null && r.rank === 1)!;
      const share = `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(top.value! * 100)}%`;
      expect(await rows.first().locator('td').first().textContent()).toBe('1');
      expect(await rows.first().textContent()).toContain(share);
      expect(await page.locator(`[data-summary="${list}"]`).textContent()).toContain(`vaakst genoemd: `);
      // Per group on demand: a table per breakdown, groups by their labels.
      const details = section.locator('details');
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await section.locator('summary').click();
      const headers = await section.locator('details thead th').allTextContents();
      expect(headers.length).toBeGreaterThan(2);
      for (const h of headers) expect(h).not.toMatch(CODE);
    }
    await openAll(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await sideways(page)).toBe(false);

    // Onboarding: directie × schaalgroep, a table per indicator on demand, hidden cells marked in words.
    const onboarding = 'onboarding-2026-H2';
    await page.goto(`${env.server.url}/beheer/golven/${onboarding}/cijfers`);
    await checkPage(page, `Cijfers van ${onboarding}`);
    const crossing = page.locator('section[data-crossing="directie×schaalgroep"]');
    expect(await crossing.locator('h2').textContent()).toBe('Gekruist: Directie (eigen antwoord) × Schaalgroep');
    await crossing.locator('summary').click();
    const table = crossing.locator('[data-crossed="welkomstprogramma_aangeboden"]');
    expect(await table.getAttribute('role')).toBe('region');
    expect(await table.getAttribute('aria-label')).toMatch(/^Aandeel .*: per directie \(eigen antwoord\) en schaalgroep/);
    for (const h of await table.locator('th').allTextContents()) expect(h).not.toMatch(CODE);
    expect(await table.locator('td[data-hidden]').count()).toBeGreaterThan(0);
    expect(await table.locator('td[data-hidden]').first().textContent()).toBe('te weinig antwoorden');
    expect(await table.locator('td:not([data-hidden])').first().textContent()).toMatch(/^\d+,\d%/);
    await openAll(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await sideways(page)).toBe(false);

    // In English, the same tables with the English words.
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await checkPage(page, `Figures of ${onboarding}`);
    expect(await crossing.locator('h2').textContent()).toMatch(/^Crossed: /);
    expect(await table.locator('td[data-hidden]').first().textContent()).toBe('too few answers');
    // And exit's reasons by their English choice texts, the list by its English title.
    await page.goto(`${env.server.url}/beheer/golven/${exit}/cijfers`);
    await checkPage(page, `Figures of ${exit}`);
    const weg = page.locator('section[data-indicator="vertrekredenen_weg"]');
    expect(await weg.locator('h2').textContent()).toBe('Reasons to leave: share naming each reason');
    expect(await weg.locator('table.peil-reasons tbody th').allTextContents()).toContain('Too much pressure of work');
    await context.close();
  }, 240_000);
});
