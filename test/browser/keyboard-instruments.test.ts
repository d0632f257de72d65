import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDefinition } from '../support/answer-survey.ts';
import { tabTo } from '../support/keyboard.ts';
import { answerPageByKeyboard, pageArrival, type PageArrival } from '../support/keyboard-survey.ts';
import { layoutProblems } from '../support/layout.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

// Every bundled instrument, answered with the keyboard only at a small phone, a phone and a laptop
// width: on each page change focus is on the new page's heading, the live region announces
// "Pagina n van N", the document title names page, survey and Peil, and no scale is cut off or
// out of order. Browser Back returns to the previous page, Forward goes on.
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const instruments = ['toegankelijkheid', 'inclusie', 'onboarding', 'exit', 'mystery-guest'];
const widths = [320, 390, 1280];

const env = serverAndBrowser(() => startServer(surveysDir));

/** Waits until the page change has settled on page `n`, and returns what it left behind. */
async function arrivedAt(page: Page, n: number, surveyTitle: string): Promise<PageArrival> {
  let last: PageArrival | undefined;
  await expect
    .poll(async () => {
      last = await pageArrival(page);
      return last.focusedTag.startsWith('h2.') && last.announced.startsWith(`Pagina ${n} van `);
    }, { timeout: 10_000, message: `page ${n}: ${JSON.stringify(last)}` })
    .toBe(true);
  expect(last!.announced).toMatch(/^Pagina \d+ van \d+$/);
  expect(last!.title).toBe(`${last!.announced} - ${surveyTitle} - Peil`);
  return last!;
}

for (const id of instruments) {
  describe(`instrument ${id} by keyboard`, () => {
    const def = readDefinition(surveysDir, id);
    const surveyTitle = def.survey.title.default;
    for (const width of widths) {
      it(`is completed at ${width} px with focus, announcement and title on every page change`, async () => {
        const context = await env.browser.newContext({ viewport: { width, height: 800 } });
        try {
          const page = await context.newPage();
          await page.goto(`${env.server.url}/s/${id}`);
          await expect.poll(() => page.title()).toBe(`${surveyTitle} - Peil`);
          await tabTo(page, /^button.*Beginnen/, 60);
          await page.keyboard.press('Enter');

          const answered = new Set<string>();
          for (let n = 1; ; n++) {
            const arrival = await arrivedAt(page, n, surveyTitle);
            expect(await layoutProblems(page), `${id} page ${n} at ${width} px`).toEqual([]);
            if (n === 2) {
              // Back goes to the previous page of the survey, Forward returns.
              await page.goBack();
              await arrivedAt(page, 1, surveyTitle);
              await page.goForward();
              expect((await arrivedAt(page, 2, surveyTitle)).focused).toBe(arrival.focused);
            }
            const [, shown, total] = /^Pagina (\d+) van (\d+)$/.exec(arrival.announced)!;
            const last = shown === total;
            await answerPageByKeyboard(page, last ? /^Verzenden$/ : /^Volgende$/, answered);
            if (last) break;
          }

          // "Je antwoorden worden verstuurd…" first, then the survey's own closing text; each takes focus and names the page.
          await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).not.toMatch(/verstuurd…$/);
          await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('H1');
          const [thanks, title] = await page.evaluate(() => [document.querySelector('h1')!.textContent, document.title]);
          expect(title).toBe(`${thanks} - ${surveyTitle} - Peil`);
        } finally {
          await context.close();
        }
      });
    }
  });
}
