import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutProblems } from '../support/layout.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const env = serverAndBrowser(() => startServer(surveysDir));

describe('scales reflow (WCAG 1.4.10)', () => {
  it('keeps the 5-point agreement scale whole and in order at 320, 390 and 1280 px', async () => {
    for (const width of [320, 390, 1280]) {
      const context = await env.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${env.server.url}/s/inclusie`);
      await page.getByRole('button', { name: 'Beginnen', exact: true }).click();
      await page.locator('.sd-rating__item').first().waitFor();
      expect(await page.locator('.sd-rating').count()).toBeGreaterThan(0);
      expect(await layoutProblems(page), `at ${width} px`).toEqual([]);
      await context.close();
    }
  });
});
