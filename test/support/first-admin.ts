import type { Page } from 'playwright-core';
import type { Client } from '@libsql/client';
import { issueSetupToken } from '../../server/auth/setup.ts';

/** The password the browser tests give the first admin. */
export const FIRST_ADMIN_PASSWORD = 'een lang genoeg wachtwoord';

/** Opens a one-time setup link in `page` and creates the first admin `beheerder`, which is then signed in. */
export async function signInFirstAdmin(page: Page, url: string, staff: Client): Promise<void> {
  const token = await issueSetupToken(staff);
  await page.goto(`${url}/beheer/setup#${token}`);
  await page.getByLabel('Gebruikersnaam').fill('beheerder');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(FIRST_ADMIN_PASSWORD);
  await page.getByLabel('Wachtwoord nog een keer').fill(FIRST_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
}
