import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorReport, reportFileName } from '../../analysis/report/index.ts';
import { WAVES } from '../../server/seed/model.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { axeViolations, launchBrowser, watchForeignRequests } from '../support/browser.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';

// The monitor report of the latest seeded wave, opened from a file as a reader would open it: charts
// for every indicator, hidden groups marked, nothing fetched from anywhere, no axe violations.
// PEIL_UPDATE_SCREENSHOT=1 (or a missing file) also writes docs/report-screenshot.png.
const root = fileURLToPath(new URL('../../', import.meta.url));
const docsShot = join(root, 'docs/report-screenshot.png');
const latest = WAVES.at(-1)!.period;

let db: TestDatabase;
let dir: string;
let file: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];
let requested: string[];

beforeAll(async () => {
  db = await freshDatabase();
  // A tenth of the default size: about 1,000 answers per wave, enough for small groups to be hidden.
  await seedDatabase(db.client, loadCatalog(join(root, 'surveys')), { scale: 0.1, seed: 7 });
  dir = mkdtempSync(join(tmpdir(), 'peil-report-'));
  file = join(dir, reportFileName(latest));
  writeFileSync(file, await monitorReport(databaseAnswerSource(db.client), latest));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  foreign = watchForeignRequests(context, 'file://');
  requested = [];
  context.on('request', (r) => requested.push(r.url()));
  page = await context.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await db?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`monitor report of ${latest} in the browser`, () => {
  it('opens as a Dutch page with one h1 and a reading guide', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').count()).toBe(1);
    await expect(page.locator('h2#leeswijzer').textContent()).resolves.toBe('Zo lees je dit rapport');
    expect(await page.locator('section.survey').count()).toBe(5);
  });

  it('draws a trend chart and a breakdown chart for every indicator, each with its tables', async () => {
    // Reasons lists and crossings are tables only (ranked shares, rows x columns).
    expect(await page.locator('section.indicator.reasons table caption').count()).toBeGreaterThan(0);
    expect(await page.locator('section.indicator.crossing h3').count()).toBeGreaterThan(0);
    const sections = page.locator('section.indicator:not(.reasons):not(.crossing)');
    const count = await sections.count();
    expect(count).toBeGreaterThanOrEqual(5 * 3);
    const perSection = await sections.evaluateAll((els) =>
      els.map((el) => ({
        charts: el.querySelectorAll('figure svg[role="img"]').length,
        drawn: [...el.querySelectorAll('figure svg')].map((svg) => svg.querySelectorAll('path').length),
        named: [...el.querySelectorAll('figure svg')].every((svg) => document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent),
        tables: el.querySelectorAll('table caption').length,
      })),
    );
    for (const s of perSection) {
      expect(s).toMatchObject({ charts: 2, named: true, tables: 2 });
      for (const paths of s.drawn) expect(paths).toBeGreaterThan(5);
    }
    // The charts are really laid out, not empty boxes.
    const box = await page.locator('section.indicator figure.bars svg').first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(100);
  });

  it('marks suppressed groups "te weinig antwoorden" in the charts and in the tables', async () => {
    expect(await page.locator('figure svg text', { hasText: 'te weinig antwoorden' }).count()).toBeGreaterThan(0);
    const cells = page.locator('td.hidden-cell');
    expect(await cells.count()).toBeGreaterThan(0);
    expect(await cells.first().textContent()).toBe('te weinig antwoorden');
  });

  it('has a mystery-guest section: compliance per item and directorate, and the paired tests with numbers', async () => {
    const mystery = page.locator('section.mystery');
    expect(await mystery.count()).toBe(1);
    await expect(mystery.locator('h3').textContent()).resolves.toBe('Mystery guests: naleving en gelijke behandeling');
    const charts = mystery.locator('figure svg[role="img"]');
    expect(await charts.count()).toBe(2);
    for (const svg of await charts.all()) expect(await svg.locator('path').count()).toBeGreaterThan(5);
    // One row per checklist item (the compliance indicators of the protocol), a column per directorate.
    const items = mystery.locator('table.compliance tbody tr');
    expect(await items.count()).toBe(13);
    // Item, everyone, the units of the organisation list and anders (opdracht_directie), and the unknown group.
    expect(await mystery.locator('table.compliance thead th').count()).toBe(2 + ORGANISATION_UNITS.length + 1 + 1);
    expect(await mystery.locator('table.compliance td.hidden-cell').count()).toBeGreaterThan(0);
    // Paired testing: everyone first, with the four counts adding up to the pairs, and hidden directorates marked.
    const rows = mystery.locator('table.paired tbody tr');
    expect(await rows.count()).toBe(1 + ORGANISATION_UNITS.length + 1);
    const overall = (await rows.first().locator('th, td').allTextContents()).map((t) => t.trim());
    expect(overall[0]).toBe('Alle paren');
    const [pairs, ...counts] = overall.slice(1, 6).map(Number);
    expect(pairs).toBeGreaterThan(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(pairs);
    expect(overall[6]).toMatch(/procentpunt/);
    expect(overall[7]).toMatch(/^p [=<] /);
    expect(await mystery.locator('table.paired td.hidden-cell').count()).toBeGreaterThan(0);
    expect(await mystery.locator('.reading').textContent()).toContain('netto discriminatie');
    expect(await mystery.locator('figure.paired svg text', { hasText: 'te weinig antwoorden' }).count()).toBeGreaterThan(0);
  });

  it('shows the programme target: progress towards the goal with a verdict, baseline and goal in the charts', async () => {
    // The programme's target from scale 12, the under-35 one and one per directorate.
    expect(await page.locator('section.indicator.target').count()).toBe(10);
    const target = page.locator('section.indicator.target', { has: page.locator('h3', { hasText: 'Buiten-Europese herkomst vanaf schaal 12' }) });
    expect(await target.count()).toBe(1);
    const key = (await target.locator('.key').textContent())!;
    expect(key).toMatch(/van de weg naar het doel|te weinig antwoorden/i);
    expect(await target.locator('.target-what').textContent()).toContain('Uitgangswaarde: 14,0% in 2024 (bron: Fictief cijfer van npm run seed');
    const progress = target.locator('figure.progress svg');
    expect(await progress.locator('text', { hasText: 'start 2024: 14,0%' }).count()).toBe(1);
    expect(await progress.locator('text', { hasText: 'doel 2026: 17,5%' }).count()).toBe(1);
    expect(await target.locator('figure.trend svg text', { hasText: 'doel 2026' }).count()).toBe(1);
    await target.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const latestRow = (await target.locator('table').first().locator('tbody tr').last().locator('th, td').allTextContents()).map((t) => t.trim());
    expect(latestRow[0]).toBe(latest);
    expect(latestRow.at(-1)).toMatch(/doel gehaald|doel niet gehaald|nog niet te zeggen|te weinig antwoorden/);
    await target.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = false));
  });

  it('makes no request to another host: only the file itself', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(200);
    expect(foreign).toEqual([]);
    expect(requested).toEqual([pathToFileURL(file).href]);
  });

  it('passes axe (WCAG 2.1 AA), tables included', async () => {
    // Open every table too: axe skips what is not rendered.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('takes a screenshot of a report page', async () => {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    // The first indicator whose breakdown chart shows a few hidden groups near its top, so the
    // picture has a trend band, error bars and a suppressed cell.
    const target = await page.locator('section.indicator').evaluateAll((sections) => {
      const near = (s: Element) => {
        const svg = s.querySelector('figure.bars svg');
        const hidden = [...(svg?.querySelectorAll('text') ?? [])].filter((t) => t.textContent === 'te weinig antwoorden');
        const groups = s.querySelectorAll('table:last-of-type tbody tr:not(:first-child)').length;
        if (!svg || hidden.length === 0 || hidden.length > groups / 4) return false;
        return hidden[0]!.getBoundingClientRect().top - svg.getBoundingClientRect().top < 600;
      };
      return (sections.find(near) ?? sections[0])!.querySelector('h3')!.id;
    });
    await page.locator(`[id="${target}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -16));
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    if (process.env.PEIL_UPDATE_SCREENSHOT === '1' || !existsSync(docsShot)) copyFileSync(shot, docsShot);
    // The mystery-guest section and the target, for a look by hand (PEIL_KEEP_SCREENSHOTS=dir keeps them).
    for (const [selector, name] of [['section.mystery', 'mystery'], ['section.indicator.target', 'target']] as const) {
      await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const file = join(process.env.PEIL_KEEP_SCREENSHOTS ?? dir, `report-${name}.png`);
      await page.screenshot({ path: file });
      expect(statSync(file).size).toBeGreaterThan(20_000);
    }
  });
});
