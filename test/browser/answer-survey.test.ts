import { describe, expect, it } from 'vitest';
import { axeViolations, watchForeignRequests } from '../support/browser.ts';
import { tabTo } from '../support/keyboard.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

describe('a respondent answers a survey with the keyboard only', () => {
  it('starts, answers, survives a reload, submits, and the answer is stored anonymously', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const foreign = watchForeignRequests(context, env.server.url);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/werkplek`);

    // Start page: Dutch by default, one h1, plain words on what is stored.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Werkplek (test)');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('body').textContent()).toContain('Wat we bewaren, en wat niet');
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, /^button.*Beginnen/);
    await page.keyboard.press('Enter');

    // Page 1: a rating, a choice that opens a follow-up question (skip logic), a checkbox.
    await page.locator('.peil-progress').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, /name=tevredenheid/);
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, /name=aanpassing_gevraagd.*value=ja/);
    await page.keyboard.press('Space');
    await tabTo(page, /value=software/);
    await page.keyboard.press('Space');
    await tabTo(page, /^button.*Volgende/);
    await page.keyboard.press('Enter');
    await page.getByText('Zou je deze werkplek aanbevelen?').or(page.getByText('Zou u deze werkplek aanbevelen?')).waitFor();

    // A reload keeps the progress of this tab: the page is written down before SurveyJS shows it.
    const savedPage = () =>
      page.evaluate(() => (JSON.parse(sessionStorage.getItem('peil:progress:werkplek@1.2.0') ?? '{}') as { pageNo?: number }).pageNo);
    await expect.poll(savedPage).toBe(1);
    await page.reload();
    await tabTo(page, /^button.*Verder waar je was/);
    await page.keyboard.press('Enter');
    // Polled on the page title, so a failure says which page came back instead.
    const shownPage = async () =>
      (await page.locator('.sd-page__title').first().textContent({ timeout: 1000 }).catch(() => null)) ??
      `no page title; the page says: ${(await page.locator('body').innerText()).slice(0, 300)}`;
    await expect.poll(shownPage, { timeout: 15_000 }).toBe('Tot slot');
    expect(await axeViolations(page)).toEqual([]);

    // Page 2: a yes/no switch and an optional comment, then complete.
    await tabTo(page, /name=aanbevelen|aanbevelen/i);
    await page.keyboard.press('Space');
    await tabTo(page, /^textarea/);
    await page.keyboard.type('Prima plek.');
    await tabTo(page, /^button.*Verzenden/);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('h1').textContent()).toBe('Bedankt!');
    expect(await axeViolations(page)).toEqual([]);

    const rows = (await env.server.db.client.execute('SELECT * FROM responses')).rows;
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row).sort()).toEqual(['answers', 'attributes', 'id', 'survey_id', 'survey_version', 'wave']);
    expect(row.survey_id).toBe('werkplek');
    expect(row.survey_version).toBe('1.2.0');
    expect(row.wave).toMatch(/^\d{4}-H[12]$/);
    expect(JSON.parse(String(row.answers))).toEqual({
      tevredenheid: 4,
      aanpassing_gevraagd: 'ja',
      aanpassing_soort: ['software'],
      aanbevelen: true,
      toelichting: 'Prima plek.',
    });
    // Nothing of the respondent's progress stays behind in the tab.
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('peil:progress') || k.startsWith('peil:pending')))).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('lists the surveys on the home page, accessibly', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'Werkplek (test)' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('Vragenlijsten');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('switches to English, and the survey follows', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/werkplek`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Werkplek (test)');
    await tabTo(page, /^button.*Read this page in English/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Workplace (test)');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('How satisfied are you with your workplace?').waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
