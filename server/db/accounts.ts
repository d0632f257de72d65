import type { Client, Row } from '@libsql/client';
import { ROLES, type Role } from '../auth/permissions.ts';

export type { Role };

/** A workspace account as the server uses it; the password hash stays in this module's queries. */
export interface Account {
  id: string;
  username: string;
  role: Role;
  /** Survey ids a researcher may work on; null for every survey (always null for an admin). */
  surveys: string[] | null;
  /** The directorate a directorate manager sees; null for every other role. */
  directorate: string | null;
  /** How the account signs in: its own password, or the organisation's identity provider (OpenID Connect). */
  signIn: 'password' | 'oidc';
  /** The day the account was made (YYYY-MM-DD). */
  createdOn: string;
}

/** Columns of `accounts` that make an Account, for queries that join it. */
export const ACCOUNT_COLUMNS = 'id, username, role, surveys, directorate, subject, created_on';

/** An account from a row holding ACCOUNT_COLUMNS. */
export function toAccount(r: Row): Account {
  return {
    id: String(r.id),
    username: String(r.username),
    role: ROLES.find((role) => role === r.role) ?? 'reader',
    surveys: r.surveys === null ? null : (JSON.parse(String(r.surveys)) as string[]),
    directorate: r.directorate === null ? null : String(r.directorate),
    signIn: r.subject === null ? 'password' : 'oidc',
    createdOn: String(r.created_on),
  };
}

/** Values for (id, username, password_hash, role, surveys, directorate, created_on). */
const accountArgs = (a: Account, passwordHash: string) => [
  a.id,
  a.username,
  passwordHash,
  a.role,
  a.surveys === null ? null : JSON.stringify(a.surveys),
  a.directorate,
  a.createdOn,
];
const INSERT_COLUMNS = 'id, username, password_hash, role, surveys, directorate, created_on';

export async function countAccounts(client: Client): Promise<number> {
  return Number((await client.execute('SELECT count(*) AS n FROM accounts')).rows[0]?.n ?? 0);
}

export async function listAccounts(client: Client): Promise<Account[]> {
  return (await client.execute(`SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY username`)).rows.map(toAccount);
}

export async function getAccount(client: Client, id: string): Promise<Account | undefined> {
  const rs = await client.execute({ sql: `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = ?`, args: [id] });
  return rs.rows[0] ? toAccount(rs.rows[0]) : undefined;
}

/** The account with this (lower-case) username and its password hash, for logging in; not an account of the identity provider, which has none. */
export async function findLogin(client: Client, username: string): Promise<{ account: Account; passwordHash: string } | undefined> {
  const rs = await client.execute({
    sql: `SELECT ${ACCOUNT_COLUMNS}, password_hash FROM accounts WHERE username = ? AND password_hash IS NOT NULL`,
    args: [username],
  });
  const r = rs.rows[0];
  return r ? { account: toAccount(r), passwordHash: String(r.password_hash) } : undefined;
}

/**
 * Creates or updates the account of an identity provider's user (`subject`: "<issuer> <sub>") with
 * the role and scope its groups give now, and returns it; undefined when `username` belongs to
 * another account. The id and creation day of an existing account stay.
 */
export async function upsertOidcAccount(client: Client, subject: string, a: Account): Promise<Account | undefined> {
  try {
    const rs = await client.execute({
      sql: `INSERT INTO accounts (id, username, password_hash, role, surveys, directorate, subject, created_on) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)
            ON CONFLICT (subject) DO UPDATE SET username = excluded.username, role = excluded.role, surveys = excluded.surveys, directorate = excluded.directorate
            RETURNING ${ACCOUNT_COLUMNS}`,
      args: [a.id, a.username, a.role, a.surveys === null ? null : JSON.stringify(a.surveys), a.directorate, subject, a.createdOn],
    });
    return rs.rows[0] ? toAccount(rs.rows[0]) : undefined;
  } catch (e) {
    if (/UNIQUE constraint failed: accounts\.username/.test(String((e as Error).message))) return undefined;
    throw e;
  }
}

/** Inserts an account; false when the username is taken. */
export async function insertAccount(client: Client, a: Account, passwordHash: string): Promise<boolean> {
  const rs = await client.execute({
    sql: `INSERT INTO accounts (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`,
    args: accountArgs(a, passwordHash),
  });
  return rs.rowsAffected === 1;
}

export async function updateAccess(client: Client, id: string, role: Role, surveys: string[] | null, directorate: string | null): Promise<void> {
  await client.execute({
    sql: 'UPDATE accounts SET role = ?, surveys = ?, directorate = ? WHERE id = ?',
    args: [role, surveys === null ? null : JSON.stringify(surveys), directorate, id],
  });
}

/** Sets a new password hash and ends the account's sessions, but for the one that made the change. */
export async function replacePassword(client: Client, id: string, passwordHash: string, keepSessionHash: string): Promise<void> {
  await client.batch(
    [
      { sql: 'UPDATE accounts SET password_hash = ? WHERE id = ?', args: [passwordHash, id] },
      { sql: 'DELETE FROM sessions WHERE account_id = ? AND token_hash <> ?', args: [id, keepSessionHash] },
    ],
    'write',
  );
}

/** The account of an identity provider's user ("<issuer> <sub>"), if it ever signed in. */
export async function findOidcAccount(client: Client, subject: string): Promise<Account | undefined> {
  const rs = await client.execute({ sql: `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE subject = ?`, args: [subject] });
  return rs.rows[0] ? toAccount(rs.rows[0]) : undefined;
}

/** Deletes an account with its sessions. */
export async function deleteAccount(client: Client, id: string): Promise<void> {
  await client.batch(
    [
      { sql: 'DELETE FROM sessions WHERE account_id = ?', args: [id] },
      { sql: 'DELETE FROM accounts WHERE id = ?', args: [id] },
    ],
    'write',
  );
}

export async function insertSetupToken(client: Client, tokenHash: string): Promise<void> {
  await client.execute({ sql: 'INSERT INTO setup_tokens (token_hash) VALUES (?)', args: [tokenHash] });
}

/** Whether a setup token is still usable: it exists and no account does yet. */
export async function setupTokenUsable(client: Client, tokenHash: string): Promise<boolean> {
  const rs = await client.execute({
    sql: 'SELECT EXISTS (SELECT 1 FROM setup_tokens WHERE token_hash = ?) AND NOT EXISTS (SELECT 1 FROM accounts) AS ok',
    args: [tokenHash],
  });
  return Number(rs.rows[0]?.ok) === 1;
}

/**
 * Creates the first admin if the token exists and no account does, and then deletes every setup
 * token, in one write transaction: of two simultaneous uses, exactly one succeeds.
 */
export async function insertFirstAdmin(client: Client, tokenHash: string, a: Account, passwordHash: string): Promise<boolean> {
  const [inserted] = await client.batch(
    [
      {
        sql: `INSERT INTO accounts (${INSERT_COLUMNS})
              SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM setup_tokens WHERE token_hash = ?) AND NOT EXISTS (SELECT 1 FROM accounts)`,
        args: [...accountArgs(a, passwordHash), tokenHash],
      },
      'DELETE FROM setup_tokens WHERE EXISTS (SELECT 1 FROM accounts)',
    ],
    'write',
  );
  return inserted!.rowsAffected === 1;
}
