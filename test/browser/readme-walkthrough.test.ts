import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { NEGATIVE_ALPHA_NOTE } from '../../analysis/report/alpha-note.ts';
import { createApp } from '../../server/app.ts';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { listen } from '../../server/http-server.ts';
import { answerGenerator } from '../../server/seed/answers.ts';
import { DIRECTORATES, PLANS } from '../../server/seed/model.ts';
import { Random } from '../../server/seed/random.ts';
import { halfYearWave } from '../../survey-format/calendar.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import type { JsonObject } from '../../survey-format/validation/survey-json.ts';
import { axeViolations, launchBrowser } from '../support/browser.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { answerInvitation, atUrl } from '../support/invitation.ts';
import { clientDir } from '../support/server.ts';

/**
 * README "From npm start to the first figures", click by click, for the accounts it names: the
 * bundled surveys on a fresh database with no wave and no account, as `npm start` begins.
 */
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const PASSWORD = 'een lang genoeg wachtwoord';
let db: TestDatabase;
let url: string;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  db = await freshDatabase();
  const catalog = loadCatalog(surveysDir);
  const server = await new Promise<ReturnType<typeof listen>>((resolve) => {
    const s = listen((req, env) => app.fetch(req, env), { port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const app = createApp({ db, staff: db.staff, catalog, clientDir });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  close = async () => {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
    await db.destroy();
  };
});
afterAll(async () => close());

const h1 = (page: Page) => page.locator('h1').textContent();
async function at(page: Page, title: string) {
  await expect.poll(() => h1(page), { timeout: 30_000 }).toBe(title);
  expect(await axeViolations(page)).toEqual([]);
}
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Werkruimte' }).getByRole('link', { name, exact: true }).click();

async function logIn(page: Page, username: string) {
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await at(page, 'Werkruimte');
}

describe('README: from npm start to the first figures', () => {
  it('works click by click: the admin makes a researcher, who fields a wave, closes it, reads the figures and downloads the CSV', { timeout: 300_000 }, async () => {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const wave = `inclusie-${halfYearWave(new Date())}`;

    // 1. The setup link npm start prints; the first admin.
    await page.goto(`${url}/beheer/setup#${await issueSetupToken(db.staff.client)}`);
    await at(page, 'Eerste beheerder instellen');
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
    await at(page, 'Werkruimte');

    // 2. Accounts -> a researcher; log out, log in as the researcher.
    await nav(page, 'Accounts');
    await at(page, 'Accounts');
    await page.getByLabel('Gebruikersnaam').fill('onderzoeker');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByLabel('Rol').selectOption('researcher');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Account onderzoeker is aangemaakt.').waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await at(page, 'Inloggen');
    await logIn(page, 'onderzoeker');

    // 3. Golven -> Nieuwe golf: the survey, the defaults.
    await nav(page, 'Golven');
    await at(page, 'Golven');
    await page.getByLabel('Vragenlijst').selectOption('inclusie');
    await page.getByRole('button', { name: 'Golf aanmaken' }).click();
    await page.getByText(`Golf ${wave} is aangemaakt.`).waitFor();

    // 4. Uitnodigingen: 250 links with directie = sociaal (the organisation list's code), as a CSV.
    await page.getByRole('link', { name: `Uitnodigingen voor ${wave}` }).click();
    await at(page, `Uitnodigingen voor ${wave}`);
    await page.getByLabel('Aantal links').fill('250');
    await page.getByLabel('Naam van kenmerk 1').fill('directie');
    await page.getByLabel('Waarde van kenmerk 1').fill('sociaal');
    const [links] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Links maken en downloaden' }).click()]);
    const tokens = (await readFile((await links.path())!, 'utf8')).trim().split('\n').slice(1).map((l) => l.split('#t=')[1]!);
    expect(tokens).toHaveLength(250);

    // 5. Respondents answer (ten, through their links: inclusie asks about origin and disability, so
    // its row-level CSV needs k = 10); Respons shows the count once k answered.
    const definition = loadCatalog(surveysDir).get('inclusie')!.definition as unknown as JsonObject;
    const answer = answerGenerator(definition, PLANS.find((p) => p.survey === 'inclusie')!, new Random(16));
    // Their social-safety items disagree (two go up as the other two go down), so that scale's
    // Cronbach's alpha is negative and the figures page has to explain it.
    const [v, w] = [[1, 2, 3, 4, 5, 1, 2, 3, 4, 5], [3, 1, 4, 2, 5, 5, 3, 1, 4, 2]];
    for (const [i, token] of tokens.slice(0, 10).entries()) {
      const answers = {
        ...answer({ directorate: DIRECTORATES[0]!, waveIndex: 0 }),
        veil_fouten: v[i],
        veil_lastige_onderwerpen: 6 - v[i]!,
        veil_aanspreken: w[i],
        veil_leidinggevende_treedt_op: w[i]! < 3 ? 5 : 1,
      };
      const res = await answerInvitation(atUrl(url), 'inclusie', token, { answers });
      expect(res.status).toBe(201);
    }
    await page.getByRole('link', { name: 'Terug naar golven' }).click();
    await at(page, 'Golven');
    await page.getByRole('link', { name: `Respons van ${wave}` }).click();
    await at(page, `Respons van ${wave}`);
    await expect.poll(() => page.getByTestId('answers').textContent()).toBe('10');

    // 6. Close the wave; Cijfers per group; Respons -> Exports -> the CSV.
    await nav(page, 'Golven');
    await page.getByRole('button', { name: `Golf ${wave} sluiten` }).click();
    await page.getByRole('button', { name: 'Ja, golf sluiten' }).click();
    await page.getByText(`Golf ${wave} is gesloten.`).waitFor();
    await page.getByRole('link', { name: `Cijfers van ${wave}` }).click();
    await at(page, `Cijfers van ${wave}`);
    expect(await page.locator('main').textContent()).toContain('Sociaal');
    // Labels, never codes: every group is named by the survey's choice text ("12 of hoger", not 12_plus).
    const groups = await page.locator('tr[data-group] th').allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.filter((g) => /^[a-z0-9]+(_[a-z0-9]+)+$/.test(g))).toEqual([]);
    expect(await page.getByTestId('alpha-note-sociale_veiligheid').textContent()).toBe(NEGATIVE_ALPHA_NOTE.nl);
    await page.goto(`${url}/beheer/golven/${wave}/respons`);
    await at(page, `Respons van ${wave}`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV met codes' }).click()]);
    expect(csv.suggestedFilename()).toBe(`${wave}.csv`);
    expect((await readFile((await csv.path())!, 'utf8')).trim().split('\r\n')).toHaveLength(11);

    // The admin is offered only what the role may do: the codebook and scripts, no CSV per respondent.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await at(page, 'Inloggen');
    await logIn(page, 'beheerder');
    await page.goto(`${url}/beheer/golven/${wave}/respons`);
    await page.getByRole('button', { name: 'Codeboek (JSON)' }).waitFor();
    expect(await page.getByRole('button', { name: /CSV|Excel/ }).count()).toBe(0);
    await page.context().close();
  });
});
