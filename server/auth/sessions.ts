import type { Client } from '@libsql/client';
import type { Account } from '../db/accounts.ts';
import { deleteExpiredSessions, deleteSession, findSession, insertSession, touchSession } from '../db/sessions.ts';
import { OIDC_SESSION_ABSOLUTE_SECONDS, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from './policy.ts';
import { newSecret, secretHash } from './secrets.ts';

/** A live session: its secret (the cookie value, never stored) and its account. */
export interface Session {
  secret: string;
  account: Account;
  /** When the session ends if nothing else happens: the earlier of the idle and absolute timeouts. */
  expiresAt: Date;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
/** When a session ends: idle timeout, or its absolute one (shorter for an account of the identity provider). */
const expiry = (account: Account, createdAt: number, lastSeenAt: number) => {
  const absolute = account.signIn === 'oidc' ? OIDC_SESSION_ABSOLUTE_SECONDS : SESSION_ABSOLUTE_SECONDS;
  return new Date(Math.min(lastSeenAt + SESSION_IDLE_SECONDS, createdAt + absolute) * 1000);
};

/**
 * Starts a session for an account that just proved its password. Always a new secret (so a secret
 * planted before login is worthless), and the session the browser had before, if any, is ended.
 * Expired sessions of anyone are cleared out here too.
 */
export async function startSession(client: Client, account: Account, now: Date, previousSecret?: string): Promise<Session> {
  const at = seconds(now);
  if (previousSecret) await deleteSession(client, secretHash('session', previousSecret));
  await deleteExpiredSessions(client, at - SESSION_IDLE_SECONDS, at - SESSION_ABSOLUTE_SECONDS);
  const secret = newSecret();
  await insertSession(client, secretHash('session', secret), account.id, at);
  return { secret, account, expiresAt: expiry(account, at, at) };
}

/** The session a secret belongs to, if it has not timed out; using it postpones the idle timeout. */
export async function resumeSession(client: Client, secret: string, now: Date): Promise<Session | undefined> {
  const hash = secretHash('session', secret);
  const stored = await findSession(client, hash);
  if (!stored) return undefined;
  const at = seconds(now);
  if (at >= expiry(stored.account, stored.createdAt, stored.lastSeenAt).getTime() / 1000) {
    await deleteSession(client, hash);
    return undefined;
  }
  await touchSession(client, hash, at);
  return { secret, account: stored.account, expiresAt: expiry(stored.account, stored.createdAt, at) };
}

/** Ends a session on the server: the cookie's secret is worthless afterwards. */
export async function endSession(client: Client, secret: string): Promise<void> {
  await deleteSession(client, secretHash('session', secret));
}
