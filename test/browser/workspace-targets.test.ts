import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password.ts';
import { insertAccount } from '../../server/db/accounts.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const PASSWORD = 'een lang genoeg wachtwoord';
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const env = serverAndBrowser(() => startServer(surveysDir));

beforeAll(async () => {
  const researcher = { id: crypto.randomUUID(), username: 'onderzoeker', role: 'researcher' as const, surveys: null, directorate: null, signIn: 'password' as const, createdOn: '2026-01-01' };
  await insertAccount(env.server.db.staff.client, researcher, await hashPassword(PASSWORD));
});

describe('a researcher enters a target\'s baseline', () => {
  it('is refused without a source, the field named in Dutch; then saves it with the keyboard, and it is stored', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/beheer/login`);
    await page.getByLabel('Gebruikersnaam').fill('onderzoeker');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').getByRole('link', { name: 'Doelen' }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 60_000 }).toBe('Doelen en uitgangswaarden');
    const target = page.getByRole('region', { name: /^Doel: Buiten-Europese herkomst vanaf schaal 12/ });
    expect(await target.getByTestId('baseline-inclusie-doel_culturele_diversiteit_12_plus').textContent()).toBe('nog niet ingevoerd: geen oordeel');
    expect(await axeViolations(page)).toEqual([]);

    await target.getByLabel('Uitgangswaarde over 2024').fill('14');
    await target.getByRole('button', { name: 'Uitgangswaarde opslaan' }).click();
    await expect.poll(() => target.locator('#inclusie-doel_culturele_diversiteit_12_plus-source-error').textContent(), { timeout: 30_000 }).toContain('vermeld waar het cijfer vandaan komt');
    expect((await env.server.db.client.execute('SELECT * FROM target_baselines')).rows).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await target.getByLabel('Bron van de uitgangswaarde').focus();
    await page.keyboard.type('Personeelsregistratie 31-12-2024');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => target.getByTestId('baseline-inclusie-doel_culturele_diversiteit_12_plus').textContent(), { timeout: 30_000 })
      .toBe('14% (bron: Personeelsregistratie 31-12-2024)');
    const { rows } = await env.server.db.client.execute('SELECT survey_id, target_id, value, source FROM target_baselines');
    expect(rows.map((r) => ({ ...r }))).toEqual([{ survey_id: 'inclusie', target_id: 'doel_culturele_diversiteit_12_plus', value: 0.14, source: 'Personeelsregistratie 31-12-2024' }]);
  });
});
