import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashPassword } from '../../server/auth/password.ts';
import { insertAccount } from '../../server/db/accounts.ts';
import { closeWave, createInvitations } from '../../server/waves/waves.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';
import { answerInvitation, atUrl } from '../support/invitation.ts';

const PASSWORD = 'een lang genoeg wachtwoord';
const env = serverAndBrowser(() => startServer(undefined, { mode: 'invitation' }));
let waveId: string;

beforeAll(async () => {
  waveId = String((await env.server.db.client.execute('SELECT id FROM waves')).rows[0]!.id);
  const account = { id: crypto.randomUUID(), username: 'onderzoeker', role: 'researcher' as const, surveys: ['werkplek'], directorate: null, signIn: 'password' as const, createdOn: '2026-01-01' };
  await insertAccount(env.server.db.staff.client, account, await hashPassword(PASSWORD));
});

/** Six invitees of one batch answer through the API, as their browsers would. */
async function sixAnswers() {
  const { tokens } = await createInvitations(env.server.db.client, waveId, 10, { directie: 'sociaal' }, new Date());
  for (const [i, token] of tokens.slice(0, 6).entries()) {
    const answers = { tevredenheid: 1 + (i % 5), aanpassing_gevraagd: 'nee', toelichting: `mail mij op persoon${i}@voorbeeld.nl` };
    const res = await answerInvitation(atUrl(env.server.url), 'werkplek', token, { answers });
    expect(res.status).toBe(201);
  }
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('a researcher takes a wave out for R or SPSS', () => {
  it('sees the count once k have answered, and downloads every export of the closed wave', async () => {
    await sixAnswers();
    const page = await (await env.browser.newContext({ acceptDownloads: true })).newPage();
    await page.goto(`${env.server.url}/beheer/login`);
    await page.getByLabel('Gebruikersnaam').fill('onderzoeker');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    await page.goto(`${env.server.url}/beheer/golven/${waveId}/respons`);
    await expect.poll(() => page.getByTestId('answers').textContent()).toBe('6');

    await closeWave(env.server.db.client, waveId);
    await page.reload();
    await page.getByRole('button', { name: 'CSV met codes' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const csv = await download(page, 'CSV met codes');
    expect(csv.name).toBe(`${waveId}.csv`);
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header!.split(',')).toEqual(expect.arrayContaining(['tevredenheid', 'aanpassing_gevraagd', 'toelichting', 'batch_directie']));
    expect(rows).toHaveLength(6);
    expect(csv.text).not.toContain('@voorbeeld.nl');

    expect(csv.text.startsWith('\uFEFF')).toBe(false);
    const labelled = await download(page, 'CSV met labels');
    expect(labelled.text).toContain('Zeer ontevreden');
    const excel = await download(page, 'Voor Excel, met labels');
    expect(excel.name).toBe(`${waveId}-nl-excel.csv`);
    expect(excel.text.startsWith('\uFEFF')).toBe(true);
    expect(excel.text.slice(1).split('\r\n')[0]!.split(';')).toEqual(expect.arrayContaining(['tevredenheid', 'batch_directie']));

    const codebook = JSON.parse((await download(page, 'Codeboek (JSON)')).text) as { variables: { name: string }[] };
    expect(codebook.variables.map((v) => v.name)).toEqual(expect.arrayContaining(['tevredenheid', 'toelichting']));

    const spss = await download(page, 'SPSS-syntaxis');
    expect(spss.text).toContain('VARIABLE LABELS');
    expect(spss.text).toContain('VALUE LABELS');
    const r = await download(page, 'R-script');
    expect(r.text).toContain('read.csv');
    expect(r.text).toContain('factor(');

    const audit = (await env.server.db.staff.client.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'export-made'")).rows[0]!;
    expect(Number(audit.n)).toBe(6);
  });
});
