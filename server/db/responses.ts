import type { Client, InStatement } from '@libsql/client';
import type { AnonymousResponse } from '../submissions/anonymise.ts';

/** The first outcome recorded for an idempotency key. */
export interface RecordedOutcome {
  bodyHash: string;
  status: number;
  body: unknown;
}

export async function findOutcome(client: Client, keyHash: string): Promise<RecordedOutcome | undefined> {
  const rs = await client.execute({
    sql: 'SELECT body_hash, status, body FROM idempotency_keys WHERE key_hash = ?',
    args: [keyHash],
  });
  const row = rs.rows[0];
  if (!row) return undefined;
  return { bodyHash: String(row.body_hash), status: Number(row.status), body: JSON.parse(String(row.body)) };
}

/** The statements that store one answer with its key's outcome; run them in one write transaction. */
export function insertResponseStatements(
  response: AnonymousResponse,
  keyHash: string,
  bodyHash: string,
  outcome: { status: number; body: unknown },
): InStatement[] {
  return [
    {
      sql: 'INSERT INTO idempotency_keys (key_hash, body_hash, status, body, wave) VALUES (?, ?, ?, ?, ?)',
      args: [keyHash, bodyHash, outcome.status, JSON.stringify(outcome.body), response.wave],
    },
    {
      sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers) VALUES (?, ?, ?, ?, ?)',
      args: [response.id, response.surveyId, response.surveyVersion, response.wave, JSON.stringify(response.answers)],
    },
  ];
}

/** True when a write failed because the idempotency key was recorded meanwhile by a concurrent request. */
export function isDuplicateKey(e: unknown): boolean {
  const msg = String((e as { message?: unknown })?.message ?? '');
  return /UNIQUE constraint failed: idempotency_keys\.key_hash|PRIMARY KEY/i.test(msg);
}
