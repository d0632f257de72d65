import type { Client, InValue } from '@libsql/client';
import type { Statement } from './writer.ts';

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

/** What one submission writes, in its group's transaction (submissions/group-commit.ts). */
export interface SubmissionRows {
  keyHash: string;
  bodyHash: string;
  /** The spent credential's hash, for an invitation's answer. */
  credentialHash: string | undefined;
  waveId: string;
  wave: string;
  outcome: { status: number; body: unknown };
  response: { id: string; surveyId: string; surveyVersion: string; answers: unknown; attributes: unknown };
}

/** The wave takes answers, and the key and the credential were not used before: the same test for each row. */
const FREE = `EXISTS (SELECT 1 FROM waves WHERE id = ? AND closed = 0)
  AND NOT EXISTS (SELECT 1 FROM idempotency_keys WHERE key_hash = ?)
  AND NOT EXISTS (SELECT 1 FROM spent_credentials WHERE credential_hash = ?)`;

/**
 * The statements of one submission, decided by the database as they run, so that a group of them
 * is one batch (one round trip to a libSQL server) and running it again after a lost answer gives
 * the same outcome: the answer, then its key record, each only while the wave is open (not closed
 * since the caller looked) and neither its key nor its credential was seen before; then the
 * credential is spent, when this very submission's key record exists. The first statement returns
 * a row exactly when the answer was stored. Nothing links the three rows but their transaction.
 */
export function submissionStatements(s: SubmissionRows): Statement[] {
  const free = [s.waveId, s.keyHash, s.credentialHash ?? null];
  const r = s.response;
  const statements: Statement[] = [
    insert('responses', { id: r.id, survey_id: r.surveyId, survey_version: r.surveyVersion, wave: s.wave, answers: JSON.stringify(r.answers), attributes: JSON.stringify(r.attributes) }, ` WHERE ${FREE} RETURNING 1 AS stored`, free),
    insert('idempotency_keys', { key_hash: s.keyHash, body_hash: s.bodyHash, status: s.outcome.status, body: JSON.stringify(s.outcome.body), wave: s.wave, wave_id: s.waveId }, ` WHERE ${FREE}`, free),
  ];
  if (s.credentialHash) {
    statements.push(
      insert('spent_credentials', { credential_hash: s.credentialHash, wave_id: s.waveId }, ' WHERE EXISTS (SELECT 1 FROM idempotency_keys WHERE key_hash = ? AND body_hash = ?) ON CONFLICT (credential_hash) DO NOTHING', [s.keyHash, s.bodyHash]),
    );
  }
  return statements;
}

/** `INSERT INTO table (columns) SELECT values` followed by `rest` and its arguments, naming the row's columns for the writer (page-keeper.ts). */
function insert(table: string, row: Record<string, InValue>, rest: string, restArgs: InValue[]): Statement {
  const columns = Object.keys(row);
  return {
    sql: `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.map(() => '?').join(', ')}${rest}`,
    args: [...Object.values(row), ...restArgs],
    inserts: { table, columns },
  };
}
