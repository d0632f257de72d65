import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Monitor } from '../../analysis/monitor/model.ts';
import { renderIntegralMonitor } from '../../analysis/monitor/report.ts';
import { seedHrFigures } from '../../server/seed/hr.ts';
import { clearDatabase, seedDatabase } from '../../server/seed/seed.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { unitLabel } from '../../survey-format/organisation/organisation.ts';
import { axeViolations } from '../support/browser.ts';
import { signInFirstAdmin } from '../support/first-admin.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const surveys = fileURLToPath(new URL('../../surveys/', import.meta.url));
const env = serverAndBrowser(() => startServer(surveys));
const PERIOD = '2026-H2';
const SLOW = { timeout: 120_000, interval: 500 };

async function checkPage(page: Page, title: string) {
  await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(title);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
}

/** Codes as the organisation list and the surveys write them (`werk_en_inkomen`, `12_plus`, `hr:absence`): never shown to a reader. */
const CODE = /\b[a-z0-9]+_[a-z0-9_]+\b|\b(?:hr|survey|register):[a-z]/;

describe('the integral monitor in the workspace', () => {
  it('walks from signing in to the city overview and a directorate page: labels, hidden cells with their reason, axe, 320 px', async () => {
    // Seeded waves of inclusie and HR figures for every directorate and half-year.
    await clearDatabase(env.server.db.client);
    await seedDatabase(env.server.db.client, loadCatalog(surveys), { scale: 0.1, seed: 3, surveys: ['inclusie'] });
    await seedHrFigures(env.server.db.client, 3);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await signInFirstAdmin(page, env.server.url, env.server.db.staff.client);
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('Werkruimte');

    // From the navigation to the overview, for the seed's last half-year.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Monitor' }).click();
    await page.getByLabel('Periode').fill(PERIOD);
    await page.getByRole('button', { name: 'Tonen' }).click();
    await checkPage(page, `Integrale monitor ${PERIOD}: alle directies`);
    const table = page.locator('table.peil-monitor-overview');
    await expect.poll(() => table.count(), SLOW).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The same directorates as the API, by their labels, never their codes.
    const { monitor } = (await (await page.request.get(`${env.server.url}/api/admin/monitor/${PERIOD}`)).json()) as { monitor: Monitor };
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Cijfer', 'Hele stad', ...monitor.directorates.map((c) => unitLabel(c, 'nl'))]);
    expect(headers).toContain('Werk en Inkomen');
    const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(main).not.toMatch(CODE);
    // The region the table scrolls in is named by its caption.
    const region = page.getByRole('region', { name: `Kerncijfers per directie, ${PERIOD}. Verborgen cijfers staan erbij met de reden.` });
    expect(await region.count()).toBe(1);

    // A hidden cell says so, with its reason, exactly where the API hides it.
    const sanctions = monitor.lines.find((l) => l.key === 'hr:sanctions')!;
    const hiddenCode = monitor.directorates.find((c) => sanctions.byDirectorate[c]!.status === 'hidden')!;
    expect(hiddenCode).toBeDefined();
    const hiddenCell = table.locator(`tr[data-line="hr:sanctions"] td[data-directorate="${hiddenCode}"]`);
    expect((await hiddenCell.innerText()).trim()).toBe('verborgen: te weinig antwoorden');
    expect(await table.locator('[data-status="hidden"]').count()).toBe(monitor.lines.reduce((s, l) => s + [l.city, ...Object.values(l.byDirectorate)].filter((c) => c.status === 'hidden').length, 0));
    // A change is said in words beside its arrow.
    expect(main).toMatch(/[↑↓→] (gestegen|gedaald|geen duidelijke verandering)/);

    // At 320 px the page does not scroll sideways: the table scrolls in its own region.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // On to a directorate's page from its link.
    await page.getByRole('link', { name: 'Pagina van Openbare Orde en Veiligheid' }).click();
    await checkPage(page, `Integrale monitor ${PERIOD}: Openbare Orde en Veiligheid`);
    expect(page.url()).toBe(`${env.server.url}/beheer/monitor/veiligheid?periode=${PERIOD}`);
    expect(await page.getByRole('heading', { name: 'Samenvatting', level: 2 }).count()).toBe(1);
    const pageText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(pageText).not.toMatch(CODE);
    // Each trend is a picture with its values as text.
    const trend = page.locator('svg.peil-sparkline').first();
    expect(await trend.getAttribute('aria-label')).toMatch(/^Verloop: 2025-H1 .*, 2026-H2 /);
    const cell = page.locator('tr[data-line="survey:inclusie:inclusie"] td[data-directorate="veiligheid"]');
    const line = monitor.lines.find((l) => l.key === 'survey:inclusie:inclusie')!.byDirectorate.veiligheid!;
    const nl1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(line.value!);
    expect(await cell.innerText()).toContain(nl1);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth + 1)).toBe(true);

    // In English: the unit's English label, hidden cells and changes in English words.
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await checkPage(page, `Integral monitor ${PERIOD}: Public Order and Safety`);
    const english = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(english).not.toMatch(CODE);
    expect(english).not.toMatch(/verborgen|gestegen|gedaald|Verloop/);
    expect(english).toMatch(/Summary/);

    // The same monitor as the HTML file npm run analyse writes: axe finds nothing, and it reflows too.
    await page.setContent(renderIntegralMonitor(monitor));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect((await page.locator('main').innerText()).replace(/\s+/g, ' ')).not.toMatch(CODE);
    await context.close();
  });
});
