import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serverAndBrowser } from '../support/suite.ts';

const env = serverAndBrowser();

const responses = async () => (await env.server.db.client.execute('SELECT answers FROM responses')).rows.map((r) => JSON.parse(String(r.answers)));
const h1 = (page: Page) => page.locator('h1').textContent();

async function answerAndSubmit(page: Page, rating: string) {
  await page.goto(`${env.server.url}/s/werkplek`);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.locator(`input[name^="tevredenheid"][value="${rating}"]`).check({ force: true });
  await page.getByText('Nee', { exact: true }).first().click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Verzenden' }).click();
}

describe('sending an answer over a bad connection', () => {
  it('retries through network errors and a lost acknowledgement, and the answer is stored once', async () => {
    await env.server.db.client.execute('DELETE FROM responses');
    const page = await (await env.browser.newContext()).newPage();
    let attempts = 0;
    await page.route('**/api/surveys/werkplek/responses', async (route) => {
      attempts++;
      if (attempts === 1) return route.abort('internetdisconnected');
      if (attempts === 2) {
        // The server stores the answer, but its 201 never reaches the env.browser.
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await answerAndSubmit(page, '2');
    await expect.poll(() => h1(page), { timeout: 20_000 }).toBe('Bedankt!');
    expect(attempts).toBe(3);
    expect(await responses()).toEqual([{ tevredenheid: 2, aanpassing_gevraagd: 'nee' }]);
  });

  it('keeps a finished answer through a reload while offline, and sends it once when back', async () => {
    await env.server.db.client.execute('DELETE FROM responses');
    const context = await env.browser.newContext();
    const page = await context.newPage();
    let online = false;
    await page.route('**/api/surveys/werkplek/responses', (route) => (online ? route.continue() : route.abort('internetdisconnected')));
    await answerAndSubmit(page, '5');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Geen verbinding');
    await page.reload();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Geen verbinding');
    expect(await responses()).toEqual([]);
    online = true;
    await expect.poll(() => h1(page), { timeout: 40_000 }).toBe('Bedankt!');
    expect(await responses()).toEqual([{ tevredenheid: 5, aanpassing_gevraagd: 'nee' }]);
    await context.close();
  });

  it('says in Dutch why the server refused, and stores nothing, when the survey closed while it was being answered', async () => {
    await env.server.db.client.execute('DELETE FROM responses');
    const page = await (await env.browser.newContext()).newPage();
    // The wave closes between the last page and the answer reaching the server.
    await page.route('**/api/surveys/werkplek/responses', async (route) => {
      await env.server.db.client.execute("UPDATE waves SET closed = 1 WHERE survey_id = 'werkplek'");
      return route.continue();
    });
    await answerAndSubmit(page, '4');
    await expect.poll(() => h1(page)).toBe('Je antwoorden konden niet worden opgeslagen');
    expect(await page.locator('main').textContent()).toContain('De vragenlijst is intussen gesloten.');
    expect(await page.locator('body').textContent()).not.toMatch(/Wave .* is closed/);
    expect(await responses()).toEqual([]);
    await env.server.db.client.execute("UPDATE waves SET closed = 0 WHERE survey_id = 'werkplek'");
  });
});
