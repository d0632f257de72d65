import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../server/auth/password.ts';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import { insertAccount } from '../../server/db/accounts.ts';
import { closeWave } from '../../server/waves/waves.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const PASSWORD = 'een lang genoeg wachtwoord';
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const env = serverAndBrowser(() => startServer(surveysDir));

beforeAll(async () => {
  // The server starts with an open-link pilot wave of every survey; the field work gets its own wave.
  const { rows } = await env.server.db.client.execute("SELECT id FROM waves WHERE survey_id = 'mystery-guest'");
  await closeWave(env.server.db.client, String(rows[0]!.id));
  const account = { id: crypto.randomUUID(), username: 'onderzoeker', role: 'researcher' as const, surveys: ['mystery-guest'], directorate: null, signIn: 'password' as const, createdOn: '2026-01-01' };
  await insertAccount(env.server.db.staff.client, account, await hashPassword(PASSWORD));
});

async function checkPage(page: Page, title: string) {
  await expect.poll(() => page.locator('h1').textContent()).toBe(title);
  expect(await axeViolations(page)).toEqual([]);
}

describe('a researcher hands out mystery-guest assignments', () => {
  it('creates an assignment wave, enters targets in the table and as pasted CSV, downloads the links once and follows progress', async () => {
    const page = await (await env.browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${env.server.url}/beheer/login`);
    await page.getByLabel('Gebruikersnaam').fill('onderzoeker');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    // A wave of the observation survey that takes observations through assignments.
    await page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name: 'Golven' }).click();
    await checkPage(page, 'Golven');
    await page.getByLabel('Vragenlijst').selectOption('mystery-guest');
    await page.getByLabel('Periode').fill('veld-1');
    await page.getByLabel('Sluit op').fill(amsterdamDate(new Date(Date.now() + 30 * 86_400_000)));
    await page.getByLabel('Manier van uitnodigen').selectOption('assignment');
    await page.getByRole('button', { name: 'Golf aanmaken' }).click();
    await expect.poll(() => page.locator('tr[data-wave="mystery-guest-veld-1"]').textContent()).toContain('opdrachten (mystery guests)');

    await page.getByRole('link', { name: 'Opdrachten voor mystery-guest-veld-1' }).click();
    await checkPage(page, 'Opdrachten voor mystery-guest-veld-1');
    await page.getByText('Er zijn nog geen opdrachten.').waitFor();

    // One paired vacancy in the table, one service-point visit pasted as CSV.
    await page.getByLabel('Vacaturenummer of kenmerk 1').fill('V-2026-0417');
    await page.getByLabel('Soort opdracht 1').selectOption('vacature_extern');
    await page.getByLabel('Of plak doelen als CSV').fill('reference,directorate,kind,paired\nSP-Noord,dienstverlening,servicepunt,nee\n');
    await page.getByRole('button', { name: 'CSV overnemen' }).click();
    await page.getByText('1 doel overgenomen.').waitFor();
    expect(await page.getByLabel('Vacaturenummer of kenmerk 2').inputValue()).toBe('SP-Noord');
    expect(await page.getByLabel('Gepaarde test 2 (twee testers)').isChecked()).toBe(false);

    // The directorate of the first line is missing: the server names it, and the summary links to it.
    await page.getByRole('button', { name: 'Opdrachten maken en links downloaden' }).click();
    await page.getByRole('link', { name: 'Directie 1: is verplicht' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^target-directorate-/);
    expect(await axeViolations(page)).toEqual([]);
    expect(Number((await env.server.db.client.execute('SELECT count(*) AS n FROM assignments')).rows[0]!.n)).toBe(0);

    await page.getByLabel('Directie 1').selectOption('sociaal');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Opdrachten maken en links downloaden' }).click()]);
    expect(download.suggestedFilename()).toBe('mystery-guest-veld-1-opdrachten.csv');
    const [header, ...rows] = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toBe('pair_id,profile,order,reference,directorate,kind,link');
    expect(rows).toHaveLength(3);
    const links = rows.map((r) => r.split(',').at(-1)!);
    for (const l of links) expect(l).toMatch(new RegExp(`^${env.server.url}/opdracht/#t=[A-Za-z0-9_-]{24}$`));
    await page.getByText('3 opdrachtlinks zijn gedownload als mystery-guest-veld-1-opdrachten.csv.').waitFor();
    await expect.poll(() => page.locator('tr[data-assignment]').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    // A guest logs an observation through their link; the list shows it after a reload.
    const token = links[0]!.split('#t=')[1]!;
    const res = await fetch(`${env.server.url}/api/surveys/mystery-guest/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        token,
        answers: { vacature_schaalgroep: '9_11', stap: 'vacature_gelezen', vac_taal_inclusief: 'ja', vac_onnodige_eisen: 'nee', vac_drempels: ['none'], vac_toegankelijkheid: 'ja', vac_diversiteit: 'ja' },
      }),
    });
    expect(res.status).toBe(201);
    await page.reload();
    const first = page.locator('tr[data-assignment]').first();
    await expect.poll(() => first.textContent()).toContain('Ik heb de vacature gelezen');
    expect(await first.textContent()).toContain('Sociaal'); // the label of the organisation list, not the code sociaal
    expect(await axeViolations(page)).toEqual([]);
  });
});
