import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import { axeViolations } from '../support/browser.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

const h1 = (page: Page) => page.locator('h1').textContent();
const PASSWORD = 'een lang genoeg wachtwoord';

/** One h1, and no WCAG 2.1 A/AA violations, on every workspace page the test visits. */
async function checkPage(page: Page, title: string, workspace = 'Werkruimte') {
  await expect.poll(() => h1(page)).toBe(title);
  expect(await page.locator('h1').count()).toBe(1);
  // The document title names the page (WCAG 2.4.2), as every respondent page does.
  await expect.poll(() => page.title()).toBe(title === workspace ? `${workspace} - Peil` : `${title} - ${workspace} - Peil`);
  expect(await axeViolations(page)).toEqual([]);
}

describe('the researcher workspace', () => {
  it('sets up the first admin, manages a wave and its invitations, shows counts only from k, and logs out', async () => {
    const token = await issueSetupToken(env.server.db.staff.client);
    const [existing] = (await env.server.db.client.execute('SELECT id FROM waves')).rows;
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();

    // Setup through the one-time link: the token leaves the address bar at once.
    await page.goto(`${env.server.url}/beheer/setup#${token}`);
    await checkPage(page, 'Eerste beheerder instellen');
    expect(page.url()).toBe(`${env.server.url}/beheer/setup`);
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill('iets anders dan dat');
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await page.getByRole('link', { name: /De twee wachtwoorden zijn niet gelijk/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await checkPage(page, 'Werkruimte');
    expect(page.url()).toBe(`${env.server.url}/beheer`);

    // Logout, a wrong password, then the right one.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await checkPage(page, 'Inloggen');
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord').fill('dit is niet het wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen mislukt' }).waitFor();
    // In Dutch, by the server's codes: never its English ("Gebruikersnaam: or password is wrong").
    expect(await page.getByRole('link', { name: 'Wachtwoord: gebruikersnaam of wachtwoord klopt niet' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(/is wrong|password/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await checkPage(page, 'Werkruimte');

    // Waves: close the open-link wave the server started with (after confirming), then create an invitation wave.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Golven' }).click();
    await checkPage(page, 'Golven');
    await page.getByRole('button', { name: `Golf ${existing!.id} sluiten` }).click();
    await page.getByRole('heading', { name: `Golf ${existing!.id} sluiten?` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, golf sluiten' }).click();
    await page.getByText(`Golf ${existing!.id} is gesloten.`).waitFor();
    // The notice comes first; the table follows when the list has been fetched again.
    await expect.poll(() => page.locator(`tr[data-wave="${existing!.id}"]`).textContent()).toContain('gesloten');

    await page.getByLabel('Vragenlijst').selectOption('werkplek');
    await page.getByLabel('Periode').fill('proef-1');
    await page.getByLabel('Sluit op').fill(amsterdamDate(new Date(Date.now() + 30 * 86_400_000)));
    await page.getByLabel('Manier van uitnodigen').selectOption('invitation');
    await page.getByRole('button', { name: 'Golf aanmaken' }).click();
    await page.getByText('Golf werkplek-proef-1 is aangemaakt.').waitFor();
    await expect.poll(() => page.locator('tr[data-wave="werkplek-proef-1"]').textContent()).toContain('uitnodiging');
    expect(await axeViolations(page)).toEqual([]);

    // Invitations: a batch of 5 with one attribute, downloaded once as CSV.
    await page.getByRole('link', { name: 'Uitnodigingen voor werkplek-proef-1' }).click();
    await checkPage(page, 'Uitnodigingen voor werkplek-proef-1');
    expect(await page.getByText('De links zie je maar één keer').count()).toBe(1);
    await page.getByLabel('Aantal links').fill('5');
    await page.getByLabel('Naam van kenmerk 1').fill('directie');
    // The value field offers the organisation list's codes, each with its label.
    await expect.poll(() => page.locator('datalist option[value="noord"]').getAttribute('label'), { timeout: 15_000 }).toBe('Stadsdeel Noord');
    await page.getByLabel('Waarde van kenmerk 1').fill('sociaal');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Links maken en downloaden' }).click()]);
    expect(download.suggestedFilename()).toBe('werkplek-proef-1-links.csv');
    const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('link');
    const links = lines.slice(1);
    expect(links).toHaveLength(5);
    for (const l of links) expect(l).toMatch(new RegExp(`^${env.server.url}/s/werkplek#t=[A-Za-z0-9_-]+$`));
    await page.getByText('5 links zijn gedownload als werkplek-proef-1-links.csv.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A respondent answers through one of the links, in a browser context of their own.
    const respondent = await (await env.browser.newContext()).newPage();
    await respondent.goto(links[0]!);
    await expect.poll(() => h1(respondent)).toBe('Werkplek (test)');
    await respondent.getByRole('button', { name: 'Beginnen' }).click();
    await respondent.locator('input[name^="tevredenheid"][value="3"]').check({ force: true });
    await respondent.getByText('Nee', { exact: true }).first().click();
    await respondent.getByRole('button', { name: 'Volgende' }).click();
    await respondent.getByRole('button', { name: 'Verzenden' }).click();
    await expect.poll(() => h1(respondent)).toBe('Bedankt!');
    await respondent.context().close();

    // Counts: one answer is below k, so the total is hidden, and no group figures while open.
    await page.getByRole('link', { name: 'Terug naar golven' }).click();
    await checkPage(page, 'Golven');
    await page.getByRole('link', { name: 'Respons van werkplek-proef-1' }).click();
    await checkPage(page, 'Respons van werkplek-proef-1');
    await expect.poll(() => page.getByTestId('answers').textContent()).toBe('te weinig antwoorden');
    expect(await page.locator('main').textContent()).toContain('Cijfers per groep verschijnen pas als de golf gesloten is.');
    expect(Number((await env.server.db.client.execute('SELECT count(*) AS n FROM responses')).rows[0]!.n)).toBe(1);

    // Accounts: create a researcher for one survey, then delete it.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Accounts' }).click();
    await checkPage(page, 'Accounts');
    await page.getByLabel('Gebruikersnaam').fill('onderzoeker');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    const scope = page.getByLabel('Werkplek (test) (werkplek)');
    await scope.focus();
    await page.keyboard.press('Space');
    expect(await scope.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Account onderzoeker is aangemaakt.').waitFor();
    expect(await page.locator('table').textContent()).toContain('werkplek');
    await page.getByRole('button', { name: 'Account onderzoeker verwijderen' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('Account onderzoeker is verwijderd.').waitFor();

    // English, once: the whole workspace follows, and the page stays accessible.
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await checkPage(page, 'Accounts', 'Workspace');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Waves' }).click();
    await checkPage(page, 'Waves', 'Workspace');
    expect(await page.getByRole('button', { name: 'Create wave' }).count()).toBe(1);

    // Logout ends the session on the server: the workspace sends us back to login.
    await page.getByRole('button', { name: 'Log out' }).click();
    await checkPage(page, 'Log in', 'Workspace');
    await page.goto(`${env.server.url}/beheer/golven`);
    await expect.poll(() => h1(page)).toBe('Log in');
    expect(page.url()).toBe(`${env.server.url}/beheer/login`);
    await context.close();
  });
});
