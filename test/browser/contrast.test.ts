import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { belowRequired, contrastOf, focusRingOf, type ContrastFinding } from '../support/contrast.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

/** Tabs through the whole page once, reading the focus ring of every stop. */
async function focusRings(page: Page): Promise<ContrastFinding[]> {
  const rings: ContrastFinding[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRingOf(page);
    if (!ring) break;
    rings.push(ring);
    if (/Volgende|Verzenden/.test(ring.element)) break;
  }
  return rings;
}

describe('contrast of what a respondent sees, read from computed colours', () => {
  it('meets 3:1 for every control, error state and focus ring and 4.5:1 for text, on each page of a survey', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/werkplek`);
    await page.getByRole('button', { name: 'Beginnen', exact: true }).waitFor();
    const problems: string[] = belowRequired(await contrastOf(page));

    await page.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await page.locator('.sd-rating__item').first().waitFor();
    const firstPage = await contrastOf(page);
    // The page has the controls this test is about: a scale, radio buttons and the next button.
    expect(firstPage.filter((f) => f.what === 'control edge').map((f) => f.element.split(' ')[0])).toEqual(
      expect.arrayContaining(['label.sd-rating__item.sd-rating__item--allowhover', 'span.sd-item__decorator.sd-radio__decorator']),
    );
    problems.push(...belowRequired(firstPage), ...belowRequired(await focusRings(page)));

    // The error state: "Volgende" without answers shows the required-question errors.
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.locator('.sd-question__erbox, .sd-element__erbox').first().waitFor();
    problems.push(...belowRequired(await contrastOf(page)));

    // Answered and selected states, then the second page (a yes/no switch and a text box).
    await page.locator('.sd-rating__item').nth(3).click();
    await page.locator('label:has(input[value="ja"])').click();
    problems.push(...belowRequired(await contrastOf(page)));
    await page.locator('label:has(input[value="software"])').click({ timeout: 5000 });
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.getByRole('button', { name: 'Verzenden', exact: true }).waitFor();
    problems.push(...belowRequired(await contrastOf(page)), ...belowRequired(await focusRings(page)));

    expect(problems).toEqual([]);
    await context.close();
  });
});
