import { describe, expect, it } from 'vitest';
import { organisation } from '../../client/organisation.ts';
import { axeViolations } from '../support/browser.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

describe("the respondent's pages around a survey", () => {
  it('follow an English browser on the first visit, in full: the last button says Send', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/werkplek`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Workplace (test)');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('label:has(input[value="4"])').click();
    await page.locator('label:has(input[value="nee"])').click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Complete' }).count()).toBe(0);
    expect(await page.title()).toBe('Page 2 of 2 - Workplace (test) - Peil');
    await context.close();
  });

  it('link every page to the contact address, the privacy statement and the accessibility statement, in Dutch and English', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/werkplek`);
    const footer = page.getByRole('navigation', { name: 'Contact en verklaringen' });
    await footer.waitFor();
    expect(await footer.getByRole('link', { name: `Contact: ${organisation.contactEmail}` }).getAttribute('href')).toBe(`mailto:${organisation.contactEmail}`);

    await footer.getByRole('link', { name: 'Privacyverklaring' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Privacyverklaring');
    expect(await page.title()).toBe('Privacyverklaring - Peil');
    const privacy = await page.locator('main').innerText();
    for (const part of ['Wie is verantwoordelijk', 'Wat we bewaren', 'Wat we niet bewaren', 'Hoe lang', 'Je rechten', organisation.privacyOfficerEmail]) {
      expect(privacy).toContain(part);
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Contact en verklaringen' }).getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Toegankelijkheidsverklaring');
    const statement = await page.locator('main').innerText();
    expect(statement).toContain(`Status ${organisation.accessibility.status}: eerste maatregelen genomen`);
    for (const part of ['Hoe dit is onderzocht', 'Wat nog niet goed is', 'Contact en klachten', organisation.accessibility.ombudsman.nl]) {
      expect(statement).toContain(part);
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Accessibility statement');
    expect(await page.title()).toBe('Accessibility statement - Peil');
    expect(await page.getByRole('navigation', { name: 'Contact and statements' }).getByRole('link', { name: 'Privacy statement' }).count()).toBe(1);
    await context.close();
  });
});
