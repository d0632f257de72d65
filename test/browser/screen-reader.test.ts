import { describe, expect, it } from 'vitest';
import { accessibilityTree } from '../support/ax-tree.ts';
import { serverAndBrowser } from '../support/suite.ts';

// A documented screen-reader pass: Chromium's accessibility tree at each step of answering a survey
// (name, role and state of every control, the page announcement, where focus is), kept as reviewed
// snapshots in test/browser/screen-reader/. A change to what a screen reader meets shows up as a diff
// to review; `npx vitest run --project browser test/browser/screen-reader.test.ts -u` accepts it.
const env = serverAndBrowser();

describe('what a screen reader meets on each step of a survey', () => {
  it('names every control with its role and state, and announces each page', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const snapshot = async (step: string) =>
      expect(await accessibilityTree(page)).toMatchFileSnapshot(`./screen-reader/werkplek-${step}.txt`);

    await page.goto(`${env.server.url}/s/werkplek`);
    await page.getByRole('button', { name: 'Beginnen', exact: true }).waitFor();
    await snapshot('1-start');

    await page.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await expect.poll(() => page.locator('.peil-progress').textContent()).toBe('Pagina 1 van 2');
    await snapshot('2-page-1');

    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.locator('.sd-question__erbox, .sd-element__erbox').first().waitFor();
    await snapshot('3-page-1-errors');

    await page.locator('label:has(input[value="4"])').click();
    await page.locator('label:has(input[value="ja"])').click();
    await page.locator('label:has(input[value="software"])').click();
    await snapshot('4-page-1-answered');

    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await expect.poll(() => page.locator('.peil-progress').textContent()).toBe('Pagina 2 van 2');
    await snapshot('5-page-2');

    await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bedankt!');
    await snapshot('6-thanks');
    await context.close();
  });

  it('says plainly when a survey or a page does not exist', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/bestaat-niet`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Vragenlijsten');
    await expect(await accessibilityTree(page)).toMatchFileSnapshot('./screen-reader/survey-missing.txt');
    await page.goto(`${env.server.url}/bestaat/niet`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Deze pagina bestaat niet');
    await expect(await accessibilityTree(page)).toMatchFileSnapshot('./screen-reader/page-not-found.txt');
    await context.close();
  });
});
