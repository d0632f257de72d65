import type { Client } from '@libsql/client';

/** The first outcome recorded for an idempotency key. */
export interface RecordedOutcome {
  bodyHash: string;
  status: number;
  body: unknown;
}

/** Looks up a key's first outcome outside a transaction: the cheap path for retries. */
export async function findOutcome(client: Client, keyHash: string): Promise<RecordedOutcome | undefined> {
  const rs = await client.execute({
    sql: 'SELECT body_hash, status, body FROM idempotency_keys WHERE key_hash = ?',
    args: [keyHash],
  });
  const row = rs.rows[0];
  if (!row) return undefined;
  return { bodyHash: String(row.body_hash), status: Number(row.status), body: JSON.parse(String(row.body)) };
}
