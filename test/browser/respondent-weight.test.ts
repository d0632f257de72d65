import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

describe('what a respondent downloads', () => {
  it('gets the start page without SurveyJS, compressed, and SurveyJS once the survey starts', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const scripts: { url: string; encoding: string | undefined }[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push({ url: r.url(), encoding: r.headers()['content-encoding'] });
    });
    await page.goto(`${env.server.url}/s/werkplek`);
    const begin = page.getByRole('button', { name: 'Beginnen', exact: true });
    await begin.waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.encoding === 'br'), JSON.stringify(scripts)).toBe(true);
    const before = scripts.length;
    await begin.click();
    await page.locator('.sd-question').first().waitFor();
    expect(scripts.length).toBeGreaterThan(before);
    await context.close();
  });

  it('answers an unknown path with status 404 and a page that says so', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${env.server.url}/bestaat/niet`);
    expect(res?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Deze pagina bestaat niet');
    await page.getByRole('link', { name: 'Vragenlijsten' }).waitFor();
    await context.close();
  });
});
