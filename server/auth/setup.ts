import type { Client } from '@libsql/client';
import { countAccounts, insertSetupToken } from '../db/accounts.ts';
import { newSecret, secretHash } from './secrets.ts';

/**
 * When no account exists yet, stores a new one-time setup token and returns it, to be printed once
 * at start-up; otherwise returns undefined. Tokens from earlier starts stay valid until the first
 * admin exists (several instances may start at once), and then all are deleted.
 */
export async function issueSetupToken(client: Client): Promise<string | undefined> {
  if ((await countAccounts(client)) > 0) return undefined;
  const token = newSecret();
  await insertSetupToken(client, secretHash('setup', token));
  return token;
}

/** The link that opens the workspace's setup page with the token in the fragment, which browsers never send to a server. */
export function setupLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/beheer/setup#${token}`;
}
