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
    /** Runs after each committed group, once its submissions are acknowledged, with how many answers it stored. */
    private readonly afterCommit: (stored: number) => Promise<void> = async () => {},
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
        await this.afterCommit(results.filter((r) => r.kind === 'stored').length);
      } catch (e) {
        for (const q of group) q.reject(e);
      }
    }
    this.flushing = false;
  }

  private async writeGroup(items: CommitItem[]): Promise<CommitResult[]> {
    const tx = await this.client.transaction('write');
    try {
      const results = await writeGroup(tx, items);
      await tx.commit();
      return results;
    } finally {
      tx.close();
    }
  }
}

const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');

/**
 * Everything a group writes, decided inside its transaction so concurrent retries cannot both win:
 * one UPDATE consumes the group's tokens, one INSERT records its keys, one INSERT stores its answers.
 * Statements per group, not per answer, is where the speed comes from. A key or token seen before
 * (a retry, or a second use of a link) costs one more read for that item.
 */
async function writeGroup(tx: Transaction, items: CommitItem[]): Promise<CommitResult[]> {
  const results: (CommitResult | undefined)[] = new Array(items.length);
  const consumedByItem = new Set<number>();

  // 1. Tokens: each can be consumed once, by the first item of the group that carries it.
  const tokenHashes = [...new Set(items.flatMap((i) => (i.tokenHash ? [i.tokenHash] : [])))];
  if (tokenHashes.length > 0) {
    const rs = await tx.execute({
      sql: `UPDATE invitations SET used = 1 WHERE used = 0 AND token_hash IN (${tokenHashes.map(() => '?').join(', ')}) RETURNING token_hash`,
      args: tokenHashes,
    });
    const free = new Set(rs.rows.map((r) => String(r.token_hash)));
    items.forEach((item, n) => {
      if (!item.tokenHash) return;
      if (free.delete(item.tokenHash)) consumedByItem.add(n);
      else results[n] = { kind: 'invitation-used' }; // or a retry of this very item: resolved in step 4
    });
  }

  // 2. Keys: each is recorded once, by the first item that carries it.
  const going = items.map((item, n) => ({ item, n })).filter(({ n }) => !results[n]);
  if (going.length > 0) {
    const rs = await tx.execute({
      sql: `INSERT INTO idempotency_keys (key_hash, body_hash, status, body, wave, wave_id) VALUES ${placeholders(going.length, 6)}
            ON CONFLICT (key_hash) DO NOTHING RETURNING key_hash`,
      args: going.flatMap(({ item: i }) => [i.keyHash, i.bodyHash, i.outcome.status, JSON.stringify(i.outcome.body), i.response.wave, i.waveId]),
    });
    const recorded = new Set(rs.rows.map((r) => String(r.key_hash)));
    for (const { item, n } of going) {
      if (recorded.delete(item.keyHash)) continue;
      results[n] = { kind: 'invitation-used' }; // resolved in step 4 as a replay
      // A token consumed for an item whose key was seen before would be a second use: give it back.
      if (consumedByItem.delete(n)) {
        await tx.execute({ sql: 'UPDATE invitations SET used = 0 WHERE token_hash = ?', args: [item.tokenHash!] });
      }
    }
  }

  // 3. Answers of every item that got this far.
  const storing = items.filter((_, n) => !results[n]);
  if (storing.length > 0) {
    await tx.execute({
      sql: `INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES ${placeholders(storing.length, 6)}`,
      args: storing.flatMap(({ response: r }) => [r.id, r.surveyId, r.surveyVersion, r.wave, JSON.stringify(r.answers), JSON.stringify(r.attributes)]),
    });
  }

  // 4. Items turned away above: a key recorded earlier (or earlier in this group) makes them a replay.
  for (const [n, item] of items.entries()) {
    if (!results[n]) results[n] = { kind: 'stored' };
    else results[n] = (await earlierOutcome(tx, item.keyHash)) ?? results[n];
  }
  return results as CommitResult[];
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
