import type { Client, Transaction } from '@libsql/client';
import type { AnonymousResponse } from './anonymise.ts';

/** One validated submission waiting for its transaction. */
export interface CommitItem {
  keyHash: string;
  bodyHash: string;
  /** Hash of the invitation token to consume, or undefined for an open link. */
  tokenHash: string | undefined;
  waveId: string;
  response: AnonymousResponse;
  outcome: { status: number; body: unknown };
}

export type CommitResult =
  | { kind: 'stored' }
  | { kind: 'replayed'; bodyHash: string; status: number; body: unknown }
  | { kind: 'invitation-used' };

interface Queued {
  item: CommitItem;
  resolve(r: CommitResult): void;
  reject(e: unknown): void;
}

/**
 * Group commit: submissions that arrive while a transaction is being written wait for the next one,
 * and each is acknowledged only after the transaction holding it has committed (WAL, synchronous=FULL:
 * one fsync for many answers). Within a transaction the items are written in random order, so the
 * order of rows on disk does not follow the order of arrival. If a commit fails, every item in it
 * fails (nothing acknowledged is lost; the client retries with the same key).
 */
export class GroupCommitter {
  private queue: Queued[] = [];
  private flushing = false;

  constructor(
    private readonly client: Client,
    private readonly maxBatch = 256,
  ) {}

  submit(item: CommitItem): Promise<CommitResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let the requests that are already waiting on the socket join this transaction.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const group = shuffle(this.queue.splice(0, this.maxBatch));
      try {
        const results = await this.writeGroup(group.map((q) => q.item));
        group.forEach((q, i) => q.resolve(results[i]!));
      } catch (e) {
        for (const q of group) q.reject(e);
      }
    }
    this.flushing = false;
  }

  private async writeGroup(items: CommitItem[]): Promise<CommitResult[]> {
    const tx = await this.client.transaction('write');
    try {
      const results: CommitResult[] = [];
      for (const item of items) results.push(await writeOne(tx, item));
      await tx.commit();
      return results;
    } finally {
      tx.close();
    }
  }
}

/**
 * Everything one submission writes, decided inside the transaction so concurrent retries cannot both
 * win. The happy path is three statements; a key or token seen before costs one more read.
 */
async function writeOne(tx: Transaction, item: CommitItem): Promise<CommitResult> {
  const r = item.response;
  if (item.tokenHash) {
    const consumed = await tx.execute({ sql: 'UPDATE invitations SET used = 1 WHERE token_hash = ? AND used = 0', args: [item.tokenHash] });
    // Used before: by this very submission (a retry: replay it) or by another (refuse).
    if (consumed.rowsAffected !== 1) return (await earlierOutcome(tx, item.keyHash)) ?? { kind: 'invitation-used' };
  }
  const recorded = await tx.execute({
    sql: 'INSERT INTO idempotency_keys (key_hash, body_hash, status, body, wave, wave_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key_hash) DO NOTHING',
    args: [item.keyHash, item.bodyHash, item.outcome.status, JSON.stringify(item.outcome.body), r.wave, item.waveId],
  });
  if (recorded.rowsAffected !== 1) {
    const earlier = await earlierOutcome(tx, item.keyHash);
    if (!earlier) throw new Error('idempotency key vanished inside a write transaction');
    // A token consumed above for a replayed key would be a second use; undo it with the transaction.
    if (item.tokenHash) await tx.execute({ sql: 'UPDATE invitations SET used = 0 WHERE token_hash = ?', args: [item.tokenHash] });
    return earlier;
  }
  await tx.execute({
    sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, ?, ?, ?, ?, ?)',
    args: [r.id, r.surveyId, r.surveyVersion, r.wave, JSON.stringify(r.answers), JSON.stringify(r.attributes)],
  });
  return { kind: 'stored' };
}

async function earlierOutcome(tx: Transaction, keyHash: string): Promise<CommitResult | undefined> {
  const seen = await tx.execute({ sql: 'SELECT body_hash, status, body FROM idempotency_keys WHERE key_hash = ?', args: [keyHash] });
  const row = seen.rows[0];
  return row ? { kind: 'replayed', bodyHash: String(row.body_hash), status: Number(row.status), body: JSON.parse(String(row.body)) } : undefined;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
