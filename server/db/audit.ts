import type { Client } from '@libsql/client';

/** Researcher actions that are logged. */
export type AuditAction =
  | 'setup'
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'wave-created'
  | 'wave-closed'
  | 'invitations-created'
  | 'assignments-created'
  | 'account-created'
  | 'account-changed'
  | 'password-reset'
  | 'account-deleted'
  | 'export-made'
  | 'figures-viewed'
  | 'sign-in-refused'
  | 'procedure-record-entered'
  | 'procedure-record-corrected'
  | 'procedures-imported'
  | 'hr-figures-imported'
  | 'target-baseline-entered';

/** Detail values are ids, counts, roles and batch attributes: never answers, passwords or tokens. */
export type AuditDetail = Record<string, string | number | boolean | null | string[] | Record<string, string>>;

export interface AuditEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  accountId: string | null;
  username: string | null;
  action: AuditAction;
  detail: AuditDetail;
}

export async function insertAuditEntry(client: Client, e: Omit<AuditEntry, 'id'>): Promise<void> {
  await client.execute({
    sql: 'INSERT INTO audit_log (at, account_id, username, action, detail) VALUES (?, ?, ?, ?, ?)',
    args: [e.at, e.accountId, e.username, e.action, JSON.stringify(e.detail)],
  });
}

/** Entries newest first, `limit` of them, older than entry `before` when given. */
export async function listAuditEntries(client: Client, limit: number, before?: number): Promise<AuditEntry[]> {
  const rs = await client.execute({
    sql: `SELECT id, at, account_id, username, action, detail FROM audit_log ${before === undefined ? '' : 'WHERE id < ?'} ORDER BY id DESC LIMIT ?`,
    args: before === undefined ? [limit] : [before, limit],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    at: String(r.at),
    accountId: r.account_id === null ? null : String(r.account_id),
    username: r.username === null ? null : String(r.username),
    action: String(r.action) as AuditAction,
    detail: JSON.parse(String(r.detail)) as AuditDetail,
  }));
}
