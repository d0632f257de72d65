import type { Client } from '@libsql/client';
import type { Account } from '../../db/accounts.ts';
import { insertAuditEntry, type AuditAction, type AuditDetail } from '../../db/audit.ts';

/** Writes one audit entry: who (null when nobody is known, as for a failed login), what, when. */
export async function recordAudit(client: Client, at: Date, who: Account | null, action: AuditAction, detail: AuditDetail = {}): Promise<void> {
  await insertAuditEntry(client, { at: at.toISOString(), accountId: who?.id ?? null, username: who?.username ?? null, action, detail });
}
