import type { Client } from '@libsql/client';
import type { Account } from '../../db/accounts.ts';
import { insertAuditEntry, type AuditAction, type AuditDetail } from '../../db/audit.ts';

/**
 * Writes one audit entry: who (null when nobody is known, as for a failed login), in which role and
 * scope (the surveys or directorate the account was limited to), what, when.
 */
export async function recordAudit(client: Client, at: Date, who: Account | null, action: AuditAction, detail: AuditDetail = {}): Promise<void> {
  const access: AuditDetail = who === null ? {} : { asRole: who.role, asSurveys: who.surveys, asDirectorate: who.directorate };
  await insertAuditEntry(client, { at: at.toISOString(), accountId: who?.id ?? null, username: who?.username ?? null, action, detail: { ...detail, ...access } });
}
