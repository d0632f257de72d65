import type { Client } from '@libsql/client';
import { ACCOUNT_COLUMNS, toAccount, type Account } from './accounts.ts';

/** A stored session: times in epoch seconds, with the account it belongs to. */
export interface StoredSession {
  account: Account;
  createdAt: number;
  lastSeenAt: number;
}

const accountColumns = ACCOUNT_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ');

export async function insertSession(client: Client, tokenHash: string, accountId: string, at: number): Promise<void> {
  await client.execute({
    sql: 'INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
    args: [tokenHash, accountId, at, at],
  });
}

/** The session with this hash and its account, in one query. */
export async function findSession(client: Client, tokenHash: string): Promise<StoredSession | undefined> {
  const rs = await client.execute({
    sql: `SELECT s.created_at, s.last_seen_at, ${accountColumns} FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?`,
    args: [tokenHash],
  });
  const r = rs.rows[0];
  return r ? { account: toAccount(r), createdAt: Number(r.created_at), lastSeenAt: Number(r.last_seen_at) } : undefined;
}

export async function touchSession(client: Client, tokenHash: string, at: number): Promise<void> {
  await client.execute({ sql: 'UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?', args: [at, tokenHash] });
}

export async function deleteSession(client: Client, tokenHash: string): Promise<void> {
  await client.execute({ sql: 'DELETE FROM sessions WHERE token_hash = ?', args: [tokenHash] });
}

/** Deletes sessions idle since before `idleBefore` or started before `startedBefore`. */
export async function deleteExpiredSessions(client: Client, idleBefore: number, startedBefore: number): Promise<void> {
  await client.execute({
    sql: 'DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?',
    args: [idleBefore, startedBefore],
  });
}
