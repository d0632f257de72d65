import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../server/auth/password.ts';
import { insertAccount } from '../../server/db/accounts.ts';
import { storeRecords } from '../../server/db/procedure-records.ts';
import { RegisterForm } from '../../server/procedures/register-form.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const PASSWORD = 'een lang genoeg wachtwoord';
const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const env = serverAndBrowser(() => startServer(surveysDir));

beforeAll(async () => {
  // P&O (the recruiter) enters records and reads no figures; a researcher reads the figures.
  const recruiter = { id: crypto.randomUUID(), username: 'recruiter', role: 'po' as const, surveys: null, directorate: null, signIn: 'password' as const, createdOn: '2026-01-01' };
  const researcher = { ...recruiter, id: crypto.randomUUID(), username: 'onderzoeker', role: 'researcher' as const };
  await insertAccount(env.server.db.staff.client, recruiter, await hashPassword(PASSWORD));
  await insertAccount(env.server.db.staff.client, researcher, await hashPassword(PASSWORD));
  // Imported earlier: Sociaal BIWS 9 of 12, Rooney 6 of 10 (2 nvt); Veiligheid and Dienstverlening besides.
  const form = new RegisterForm(loadCatalog(surveysDir).get('procedures')!.definition);
  const plan: [string, string, string][] = [
    ...Array.from({ length: 6 }, (): [string, string, string] => ['sociaal', 'ja', 'ja']),
    ...Array.from({ length: 3 }, (): [string, string, string] => ['sociaal', 'ja', 'nee']),
    ...Array.from({ length: 1 }, (): [string, string, string] => ['sociaal', 'nee', 'nee']),
    ...Array.from({ length: 2 }, (): [string, string, string] => ['sociaal', 'nee', 'nvt']),
    ...Array.from({ length: 3 }, (): [string, string, string] => ['veiligheid', 'ja', 'ja']),
    ...Array.from({ length: 3 }, (): [string, string, string] => ['veiligheid', 'ja', 'nee']),
    ...Array.from({ length: 2 }, (): [string, string, string] => ['veiligheid', 'nee', 'nee']),
    ...Array.from({ length: 2 }, (): [string, string, string] => ['dienstverlening', 'ja', 'ja']),
    ...Array.from({ length: 3 }, (): [string, string, string] => ['dienstverlening', 'ja', 'nee']),
    ...Array.from({ length: 2 }, (): [string, string, string] => ['dienstverlening', 'ja', 'nvt']),
  ];
  const records = plan.map(([directie, biws, rooney], i) => {
    const checked = form.check({ procedure_ref: `V2026-${100 + i}`, directie, schaalgroep: '12_plus', werving: 'extern', jaar: 2026, halfjaar: 'h2', biws_gevolgd: biws, rooney_rule: rooney });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    return checked.record;
  });
  await storeRecords(env.server.db.client, form.id, form.version, records);
  // A half-year that is over, for a directorate manager of Sociaal: Sociaal Rooney 4 of 6, Veiligheid 6 records.
  const manager = { ...recruiter, id: crypto.randomUUID(), username: 'manager-sociaal', role: 'manager' as const, directorate: 'sociaal' };
  await insertAccount(env.server.db.staff.client, manager, await hashPassword(PASSWORD));
  const earlier = ['sociaal', 'veiligheid'].flatMap((directie) =>
    Array.from({ length: 6 }, (_, i) => {
      const checked = form.check({ procedure_ref: `V2026-${directie.slice(0, 3)}${i}`, directie, schaalgroep: '12_plus', werving: 'extern', jaar: 2026, halfjaar: 'h1', biws_gevolgd: 'ja', rooney_rule: i < 4 ? 'ja' : 'nee' });
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      return checked.record;
    }),
  );
  await storeRecords(env.server.db.client, form.id, form.version, earlier);
});

/** A new browser page signed in to the workspace as `username`. */
async function signedIn(username: string): Promise<Page> {
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.server.url}/beheer/login`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return page;
}

/** The Registers page with the register of vacancy procedures chosen (the onboarding audit comes first). */
async function openProcedures(page: Page): Promise<void> {
  await page.goto(`${env.server.url}/beheer/registers`);
  await page.getByLabel('Register', { exact: true }).selectOption('procedures');
}

/** Presses Tab until the element with `id` has focus. */
async function tabToId(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

describe('a recruiter enters a register record', () => {
  it('fills in the form with the keyboard only, and the record is stored', async () => {
    const page = await signedIn('recruiter');
    await openProcedures(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Registers van procedures');
    expect(await axeViolations(page)).toEqual([]);
    // P&O enters records and reads no figures: the page offers none, and the server refuses them.
    expect(await page.getByRole('button', { name: 'Cijfers tonen' }).count()).toBe(0);
    expect((await page.request.get(`${env.server.url}/api/admin/registers/procedures/figures?period=2026-H2`)).status()).toBe(403);

    await tabToId(page, 'record-procedure_ref');
    await page.keyboard.type('V2026-0999');
    await page.keyboard.press('Tab'); // directie (a select): typing picks the option
    await page.keyboard.type('Bedrijf');
    await page.keyboard.press('Tab'); // schaalgroep: t/m 8, 9-11, 12+
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // werving: intern, extern
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // jaar
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab'); // halfjaar: h1, h2
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab'); // biws_gevolgd: ja
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // opdracht_vertaald: ja
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // vacaturetekst_inclusief: ja
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // rooney_rule: ja, nee
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Record opslaan');
    await page.keyboard.press('Enter');
    await page.getByText('Record V2026-0999 opgeslagen in 2026-H2.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const { rows } = await env.server.db.client.execute("SELECT reference, directorate, period, answers FROM procedure_records WHERE register_id = 'procedures'");
    const row = rows.find((r) => r.reference === 'V2026-0999')!;
    expect({ ...row }).toMatchObject({ reference: 'V2026-0999', directorate: 'bedrijfsvoering', period: '2026-H2' });
    expect(JSON.parse(String(row.answers))).toMatchObject({ schaalgroep: '12_plus', werving: 'extern', biws_gevolgd: 'ja', opdracht_vertaald: 'ja', vacaturetekst_inclusief: 'ja', rooney_rule: 'nee' });
  });

  it('finds a record and corrects it', async () => {
    const page = await signedIn('recruiter');
    await openProcedures(page);
    await page.getByLabel('Kenmerk van het record').fill('V2026-0999');
    await page.getByLabel('Periode van het record').fill('2026-H2');
    await page.getByRole('button', { name: 'Record opzoeken' }).click();
    await page.getByRole('heading', { name: 'Record V2026-0999 corrigeren' }).waitFor();
    expect(await page.getByLabel('Kenmerk van de procedure').inputValue()).toBe('V2026-0999');
    await page.getByRole('group', { name: 'Is de BIWS-procedure gevolgd?' }).getByText('Nee', { exact: true }).click();
    expect(await page.getByRole('group', { name: 'Is de BIWS-procedure gevolgd?' }).getByLabel('Nee').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText('Record V2026-0999 in 2026-H2 gecorrigeerd.').waitFor();
    const { rows } = await env.server.db.client.execute("SELECT answers FROM procedure_records WHERE reference = 'V2026-0999'");
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]!.answers))).toMatchObject({ biws_gevolgd: 'nee', rooney_rule: 'nee', schaalgroep: '12_plus' });
    const audit = await env.server.db.staff.client.execute("SELECT action FROM audit_log WHERE action LIKE 'procedure-record-%'");
    expect(audit.rows.map((r) => r.action)).toEqual(['procedure-record-entered', 'procedure-record-corrected']);
  });

  it('names the field at fault when a name is given as the reference', async () => {
    const page = await signedIn('recruiter');
    await openProcedures(page);
    await page.getByLabel('Kenmerk van de procedure').fill('Jansen');
    await page.getByRole('button', { name: 'Record opslaan' }).click();
    await page.getByText('heeft geen cijfer en lijkt een naam; gebruik het vacaturenummer').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the directorates\' BIWS and Rooney figures, counted per procedure', async () => {
    const page = await signedIn('onderzoeker');
    await openProcedures(page);
    await page.getByLabel('Periode', { exact: true }).fill('2026-H2');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    // A researcher reads the figures but enters nothing.
    expect(await page.getByRole('button', { name: 'Record opslaan' }).count()).toBe(0);
    const sociaal = (table: RegExp) => page.getByRole('table', { name: table }).getByRole('row', { name: /^Sociaal/ });
    await expect.poll(() => sociaal(/^BIWS-procedure gevolgd/).textContent()).toContain('75%');
    expect(await sociaal(/^BIWS-procedure gevolgd/).textContent()).toContain('12');
    expect(await sociaal(/^Rooney Rule/).textContent()).toContain('60%');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a directorate manager their directorate\'s agreements and targets on the Cijfers page, no other directorate', async () => {
    const page = await signedIn('manager-sociaal');
    await page.getByRole('navigation').getByRole('link', { name: 'Cijfers' }).click();
    await page.getByRole('heading', { name: 'Prestatieafspraken: aandeel procedures gelukt' }).waitFor();
    const procedures = page.getByRole('region', { name: 'Register van vacatureprocedures' });
    await procedures.getByRole('button', { name: 'Cijfers tonen' }).click();
    const rooney = page.getByRole('table', { name: /^Rooney Rule.*2026-H1$/ });
    await expect.poll(() => rooney.getByRole('row', { name: /^Sociaal/ }).textContent(), { timeout: 60_000 }).toContain('66,7%');
    expect(await page.getByRole('row', { name: /^Veiligheid/ }).count()).toBe(0);
    const targets = page.getByRole('table', { name: /^Afgesproken doelen: Rooney Rule/ });
    const sociaal = await targets.getByRole('row', { name: /^Sociaal/ }).textContent();
    expect(sociaal).toContain('minstens 60% in 2026');
    // Six of six procedures known: the share is exact, 66.7% >= 60%.
    expect(sociaal).toContain('gehaald');
    expect(sociaal).not.toContain('niet gehaald');
    expect(await targets.getByRole('row', { name: /^Alle directies/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets an applicant register their origin from the vacancy\'s link, and the researcher sees only a verdict', async () => {
    const applicant = await (await env.browser.newContext()).newPage();
    await applicant.goto(`${env.server.url}/s/sollicitant-herkomst#v=V2026-0999`);
    await expect.poll(() => applicant.locator('h1').textContent()).toBe('Vrijwillige registratie van herkomst');
    // The vacancy number leaves the address bar at once, as an invitation token does.
    expect(new URL(applicant.url()).hash).toBe('');
    expect(await axeViolations(applicant)).toEqual([]);
    await applicant.getByRole('button', { name: 'Beginnen' }).click();
    await applicant.getByText('Herkomst is een bijzonder persoonsgegeven', { exact: false }).waitFor();
    expect(await applicant.locator('input[aria-label="Vacaturenummer"], input[readonly]').first().inputValue()).toBe('V2026-0999');
    await applicant.getByText('Ik of een van mijn ouders is geboren in een land buiten Europa').click();
    expect(await axeViolations(applicant)).toEqual([]);
    await applicant.getByRole('button', { name: 'Verzenden' }).click();
    await expect.poll(() => applicant.locator('h1').textContent()).toBe('Bedankt!');

    const { rows } = await env.server.db.client.execute("SELECT answers FROM responses WHERE survey_id = 'sollicitant-herkomst'");
    expect(rows.map((r) => JSON.parse(String(r.answers)))).toEqual([{ procedure_ref: 'V2026-0999', herkomst: 'buiten_europa' }]);

    const researcher = await signedIn('onderzoeker');
    const res = await researcher.request.get(`${env.server.url}/api/admin/registers/procedures/rooney/V2026-0999`);
    expect(await res.json()).toEqual({ register: 'procedures', reference: 'V2026-0999', verdict: 'too_few' });
  });
});
