import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createInvitations } from '../../server/waves/waves.ts';
import { axeViolations } from '../support/browser.ts';
import { startServer } from '../support/server.ts';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser(() => startServer(undefined, { mode: 'invitation' }));
let tokens: string[];
beforeAll(async () => {
  const [wave] = (await env.server.db.client.execute('SELECT id FROM waves')).rows;
  tokens = (await createInvitations(env.server.db.client, String(wave!.id), 5, { directie: 'sociaal' }, new Date())).tokens;
});

const h1 = (page: Page) => page.locator('h1').textContent();

async function answerWerkplek(page: Page) {
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.locator('input[name^="tevredenheid"][value="3"]').check({ force: true });
  await page.getByText('Nee', { exact: true }).first().click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Verzenden' }).click();
  await expect.poll(() => h1(page)).toBe('Bedankt!');
}

describe('an invitation link', () => {
  it('is taken out of the address bar, answers once, and is refused the second time with a friendly page', async () => {
    const link = `${env.server.url}/s/werkplek#t=${tokens[0]}`;
    const browser = await env.browser.newContext();
    const first = await browser.newPage();
    await first.goto(link);
    await expect.poll(() => h1(first)).toBe('Werkplek (test)');
    expect(first.url()).toBe(`${env.server.url}/s/werkplek`);
    expect(await first.evaluate(() => window.location.hash)).toBe('');
    // Opening the link exchanged the token for a credential: the browser keeps that, not the token.
    const stored = () => first.evaluate(() => [...Object.values(localStorage), ...Object.values(sessionStorage)].join('\n'));
    expect(await stored()).toContain('"credential"');
    expect(await stored()).not.toContain(tokens[0]);
    expect(Number((await env.server.db.client.execute('SELECT count(*) AS n FROM invitations WHERE used = 1')).rows[0]!.n)).toBe(1);

    // Another browser cannot open it any more; this browser can, and goes on with its credential.
    const elsewhere = await (await env.browser.newContext()).newPage();
    await elsewhere.goto(link);
    await expect.poll(() => h1(elsewhere)).toBe('Deze link is al gebruikt');
    expect(await elsewhere.getByText('in een andere browser of op een ander apparaat').count()).toBe(1);
    const again = await browser.newPage();
    await again.goto(link);
    await expect.poll(() => h1(again)).toBe('Werkplek (test)');
    await answerWerkplek(again);

    const rows = (await env.server.db.client.execute('SELECT attributes FROM responses')).rows;
    expect(rows.map((r) => JSON.parse(String(r.attributes)))).toEqual([{ directie: 'sociaal' }]);
    expect(await stored()).not.toContain('"credential"');

    const later = await (await env.browser.newContext()).newPage();
    await later.goto(link);
    await expect.poll(() => h1(later)).toBe('Deze link is al gebruikt');
    expect(await later.getByRole('button', { name: 'Beginnen' }).count()).toBe(0);
    expect(await axeViolations(later)).toEqual([]);
  });

  it('gets its credential after a lost response to the exchange, by sending the same blinded message again', async () => {
    const page = await (await env.browser.newContext()).newPage();
    let lost = 0;
    await page.route('**/api/invitations/exchange', async (route) => {
      if (lost++ > 0) return route.continue();
      await route.fetch(); // the server signs and uses the link up; the answer never arrives
      await route.abort('connectionreset');
    });
    await page.goto(`${env.server.url}/s/werkplek#t=${tokens[1]}`);
    await expect.poll(() => page.getByText('De vragenlijst kon niet worden geladen').count()).toBe(1);
    await page.reload();
    await expect.poll(() => h1(page)).toBe('Werkplek (test)');
    expect(lost).toBe(2);
    await answerWerkplek(page);
    expect(Number((await env.server.db.client.execute('SELECT count(*) AS n FROM invitations WHERE used = 1')).rows[0]!.n)).toBe(2);
    expect(Number((await env.server.db.client.execute('SELECT count(*) AS n FROM responses')).rows[0]!.n)).toBe(2);
  });

  it('says plainly when the survey needs a personal link, or the link is wrong', async () => {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/s/werkplek`);
    await expect.poll(() => h1(page)).toBe('Alleen met een persoonlijke uitnodiging');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${env.server.url}/s/werkplek#t=ditIsGeenGeldigeLink123`);
    await page.reload();
    await expect.poll(() => h1(page)).toBe('Deze link werkt niet');
  });
});
