import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { axeViolations } from '../support/browser.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

const PASSWORD = 'een lang genoeg wachtwoord';
const broken = readFileSync(new URL('../fixtures/broken-surveys/unknown-type.json', import.meta.url), 'utf8');

async function checkPage(page: Page, title: string) {
  await expect.poll(() => page.locator('h1').textContent()).toBe(title);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
}

describe('surveys in the workspace', () => {
  it('lists the surveys, previews one in English without sending, and checks pasted JSON in the scratch pad', async () => {
    const token = await issueSetupToken(env.server.db.staff.client);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/beheer/setup#${token}`);
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await checkPage(page, 'Werkruimte');

    // The list: id, version, kind and the checker's verdict.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Vragenlijsten' }).click();
    await checkPage(page, 'Vragenlijsten');
    const row = page.locator('tr[data-survey="werkplek"]');
    expect(await row.textContent()).toMatch(/werkplek.*1\.2\.0.*vragenlijst.*in orde/);

    // The preview, switched to English; nothing is posted while answering.
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await row.getByRole('link', { name: 'Voorbeeld van Werkplek (test)' }).click();
    await checkPage(page, 'Voorbeeld: Werkplek (test)');
    await page.getByText('Hoe tevreden bent u over uw werkplek?').first().waitFor();
    await page.locator('label', { hasText: 'Engels' }).click();
    expect(await page.getByRole('radio', { name: 'Engels' }).isChecked()).toBe(true);
    await page.getByText('How satisfied are you with your workplace?').first().waitFor();
    expect(await page.getByText('Hoe tevreden bent u over uw werkplek?').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(posts).toEqual([]);

    // The scratch pad: a broken definition gets the checker's messages in the workspace's language
    // (json-path: message), announced in a status region.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Kladblok' }).click();
    await checkPage(page, 'Kladblok');
    await page.getByLabel('JSON van de vragenlijst').fill(broken);
    const status = page.locator('.peil-check-result[role="status"]');
    const problems = () => page.locator('.peil-check-problems li').allTextContents();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('De controle vond 2 problemen');
    expect((await problems())[0]).toMatch(/^\$\.survey\.pages\[1\]\.elements\[0\]\.type: onbekend vraagtype "yesno" \(Peil neemt aan: /);
    expect(await status.textContent()).not.toContain('unknown question type');
    expect(await axeViolations(page)).toEqual([]);

    // The same problems in English when the workspace is read in English.
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('The check found 2 problems');
    expect((await problems())[0]).toMatch(/^\$\.survey\.pages\[1\]\.elements\[0\]\.type: unknown question type "yesno" \(Peil accepts: /);
    expect(await status.textContent()).not.toContain('onbekend vraagtype');

    // Not JSON: said so, where, and no survey is drawn; in Dutch again after switching back.
    await page.getByRole('button', { name: 'Lees deze pagina in het Nederlands' }).click();
    await page.getByLabel('JSON van de vragenlijst').fill('{"id": 1,\n  x');
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('$: geen geldige JSON op regel 2, kolom 3; JSON.parse meldt: ');
    await page.getByText('De vragenlijst verschijnt hier zodra de JSON klopt.').waitFor();
    await context.close();
  });
});
