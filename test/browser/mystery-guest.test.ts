import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerQuestion, elementsOf, questionLocator, readDefinition, visibleRequiredQuestions, type QuestionJson } from '../support/answer-survey.ts';
import { axeViolations } from '../support/browser.ts';
import { tabTo } from '../support/keyboard.ts';
import { bundledSurveysDir, startGuestServer, type GuestServer } from '../support/guest-server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser(() => startGuestServer([{ reference: 'V-2026-041', directorate: 'sociaal', kind: 'vacature_extern', paired: true }]));
const guest = () => env.server as GuestServer;

const definition = readDefinition(bundledSurveysDir, 'mystery-guest');
const questions = new Map<string, QuestionJson>(definition.survey.pages.flatMap(elementsOf).map((q) => [q.name, q]));
const steps = { vacancy: 'Ik heb de vacature gelezen', applied: 'Ik heb mijn sollicitatie verstuurd' };

/** A phone: 390 x 844 CSS pixels, touch, mobile viewport handling. */
const phone = () => env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const stored = async () =>
  (await env.server.db.client.execute("SELECT answers FROM responses WHERE survey_id = 'mystery-guest'")).rows.map(
    (r) => JSON.parse(String(r.answers)) as Record<string, unknown>,
  );

/** The states shown for the observations of one step, e.g. ['Wacht op verbinding']. */
const stepStates = (page: Page, step: string) =>
  page
    .locator('section.peil-step', { has: page.getByRole('heading', { name: step, exact: true }) })
    .locator('li')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/^Waarneming \d+: /, '')));

/** Answers every unanswered required question shown on each page with its first choice, then completes the form. */
async function fillAndComplete(page: Page): Promise<void> {
  for (let pages = 0; pages < 10; pages++) {
    await page.locator('.sd-page').first().waitFor();
    for (const name of await visibleRequiredQuestions(page)) {
      const q = questions.get(name);
      if (!q) throw new Error(`the form shows ${name}, which the definition does not have`);
      if ((await questionLocator(page, name).locator('input:checked').count()) > 0) continue;
      const first = q.choices?.[0];
      const value = typeof first === 'object' ? first.value : first;
      await answerQuestion(page, q, q.type === 'checkbox' ? [value] : q.type === 'text' ? '3' : value);
    }
    const complete = page.getByRole('button', { name: 'Verzenden' });
    if (await complete.isVisible()) return complete.click();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  throw new Error('the form did not end within 10 pages');
}

async function startObservation(page: Page, step: string): Promise<void> {
  await page.locator('section.peil-step', { has: page.getByRole('heading', { name: step, exact: true }) }).getByRole('button', { name: 'Waarneming vastleggen' }).click();
  await expect.poll(() => page.locator('.peil-observation-step').textContent()).toContain(step);
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

describe('a mystery guest on a phone with a weak connection', () => {
  it('logs two observations offline, keeps them through a reload, and the server stores each once', async () => {
    const context: BrowserContext = await phone();
    const page = await context.newPage();
    const [assignment] = guest().assignments;
    // Every answer the server gave to an observation, by idempotency key: each key once, never a replay.
    const answered: { key: string; status: number; replayed: boolean }[] = [];
    context.on('response', async (res) => {
      if (!res.url().endsWith('/api/surveys/mystery-guest/responses')) return;
      const key = (await res.request().allHeaders())['idempotency-key'] ?? '';
      answered.push({ key, status: res.status(), replayed: res.headers()['idempotent-replayed'] === 'true' });
    });

    // Opening the link: the token leaves the address bar, the assignment gets a local id.
    await page.goto(guest().link(assignment!));
    await expect.poll(() => page.url()).toMatch(/\/opdracht\/[A-Za-z0-9_-]{16,}$/);
    expect(page.url()).not.toContain(assignment!.token);
    const assignmentUrl = page.url();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Opdracht V-2026-041');
    await expect.poll(() => page.getByText(/^Sociaal$/).count()).toBe(1);
    await expectNoAxeViolations(page, 'assignment page');

    // The service worker controls the page once it has precached the app.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

    await context.setOffline(true);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Offline');

    // First observation: the vacancy, started from the keyboard.
    await tabTo(page, /^button.*Waarneming vastleggen/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.peil-observation-step').textContent()).toContain(steps.vacancy);
    await expectNoAxeViolations(page, 'observation form');
    await fillAndComplete(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Opdracht V-2026-041');
    await expect.poll(() => stepStates(page, steps.vacancy)).toEqual(['Wacht op verbinding']);

    // Second observation, started here; a second tab on the same draft may not edit it.
    await startObservation(page, steps.applied);
    await answerQuestion(page, questions.get('vacature_schaalgroep')!, '9_11');
    await expect.poll(() => page.locator('.peil-saved').textContent()).toBe('Opgeslagen op dit apparaat');
    const draftUrl = page.url();
    const tab = await context.newPage();
    await tab.goto(draftUrl);
    await expect.poll(() => tab.locator('h1').textContent()).toBe('Open in een ander tabblad');
    expect(await tab.locator('.sd-root-modern').count()).toBe(0);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoAxeViolations(tab, 'draft open in another tab');
    await tab.goto(assignmentUrl);
    await expect.poll(() => stepStates(tab, steps.applied)).toEqual(['Opgeslagen op dit apparaat — Verder met concept']);

    // Back to the first tab (a background tab gets no animation frames, which the form helpers wait for).
    await page.bringToFront();
    await fillAndComplete(page);
    await expect.poll(() => stepStates(page, steps.applied)).toEqual(['Wacht op verbinding']);
    await expect.poll(() => stepStates(tab, steps.applied)).toEqual(['Wacht op verbinding']);

    // A reload with no connection: the service worker serves the app, IndexedDB the outbox.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Opdracht V-2026-041');
    await expect.poll(() => stepStates(page, steps.vacancy)).toEqual(['Wacht op verbinding']);
    await expect.poll(() => stepStates(page, steps.applied)).toEqual(['Wacht op verbinding']);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('2 waarnemingen wachten op verbinding');
    await page.screenshot({ path: join(tmpdir(), 'peil-mystery-guest-offline.png'), fullPage: true });
    expect(await stored()).toEqual([]);

    // Back online, both tabs try to sync; the server gets each observation exactly once.
    await context.setOffline(false);
    await expect.poll(() => stepStates(page, steps.vacancy), { timeout: 20_000 }).toEqual(['Verstuurd']);
    await expect.poll(() => stepStates(page, steps.applied), { timeout: 20_000 }).toEqual(['Verstuurd']);
    await expect.poll(() => stepStates(tab, steps.applied), { timeout: 20_000 }).toEqual(['Verstuurd']);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Alles is verstuurd');
    await page.screenshot({ path: join(tmpdir(), 'peil-mystery-guest-sent.png'), fullPage: true });

    await expect.poll(() => answered.length).toBe(2);
    expect(new Set(answered.map((a) => a.key)).size).toBe(2);
    expect(answered.every((a) => a.status === 201 && !a.replayed && /^[A-Za-z0-9_-]{16,128}$/.test(a.key))).toBe(true);
    const rows = await stored();
    expect(rows.map((r) => r.stap).sort()).toEqual(['sollicitatie_verstuurd', 'vacature_gelezen']);
    for (const r of rows) {
      expect(r).toMatchObject({ procedure_ref: 'V-2026-041', opdracht_directie: 'sociaal', opdracht_soort: 'vacature_extern', paar_id: assignment!.pairId });
    }
    expect(rows.find((r) => r.stap === 'sollicitatie_verstuurd')).toMatchObject({ vacature_schaalgroep: '9_11' });

    // The list of assignments on this device.
    await page.goto(`${guest().url}/opdracht/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn opdrachten');
    await expect.poll(() => page.getByRole('link', { name: 'Opdracht V-2026-041' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'assignment list');
    await context.close();
  });

  it('says so when a new link is opened offline and opens it once back, opens a known one offline, and speaks English', async () => {
    const context = await phone();
    const page = await context.newPage();
    const [first, second] = guest().assignments;
    await page.goto(guest().link(first!));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Opdracht V-2026-041');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    const firstUrl = page.url();

    await context.setOffline(true);
    await page.goto(guest().link(second!));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Geen verbinding');
    expect(page.url()).toBe(`${guest().url}/opdracht/`);
    await expectNoAxeViolations(page, 'link opened offline');
    await context.setOffline(false);
    await expect.poll(() => page.url()).toMatch(/\/opdracht\/[A-Za-z0-9_-]{16,}$/);
    expect(page.url()).not.toBe(firstUrl);
    await expect.poll(() => page.getByText('Profiel B', { exact: true }).count()).toBe(1);

    // A link this device has opened before works offline, and is the same assignment, not a copy.
    await context.setOffline(true);
    await page.goto(guest().link(first!));
    await expect.poll(() => page.url()).toBe(firstUrl);
    await expect.poll(() => page.getByText('Profiel A', { exact: true }).count()).toBe(1);
    await page.goto(`${guest().url}/opdracht/`);
    await expect.poll(() => page.getByRole('link', { name: 'Opdracht V-2026-041' }).count()).toBe(2);
    await context.setOffline(false);

    await page.goto(firstUrl);
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Assignment V-2026-041');
    await expect.poll(() => page.getByText('Tester profile', { exact: true }).count()).toBe(1);

    // The worker's scope is /opdracht/: a respondent's pages on the same device are never its to serve.
    await page.goto(`${guest().url}/`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await context.close();
  });

  it('serves the service worker fresh, lets it run under the CSP, and the app at every /opdracht/ path', async () => {
    const sw = await fetch(`${guest().url}/sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toContain('javascript');
    expect(sw.headers.get('content-security-policy')).toContain("worker-src 'self'");
    const deep = await fetch(`${guest().url}/opdracht/abcdefghijklmnop/qrstuvwxyz012345`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
  });

  it('says plainly when a link is unknown', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${guest().url}/opdracht/#t=${'x'.repeat(24)}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Deze link werkt niet');
    expect(page.url()).toBe(`${guest().url}/opdracht/`);
    await context.close();
  });
  it('sends someone who opens the form as an ordinary survey to their assignment link, before any question', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${guest().url}/s/mystery-guest`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alleen met een opdrachtlink');
    expect(await page.locator('.sd-question').count()).toBe(0);
    await expectNoAxeViolations(page, 'assignment-only page');
    await context.close();
  });
});
