import type { Client, Transaction } from '@libsql/client';
import { retryWhileBusy } from '../db/busy-retry.ts';
import { claimInvitation } from '../db/invitations.ts';
import type { AnonymousResponse } from './anonymise.ts';

/** One validated submission waiting for its transaction. */
export interface CommitItem {
  keyHash: string;
  bodyHash: string;
  /** Hash of the invitation credential to spend, or undefined for an open link or an assignment. */
  credentialHash: string | undefined;
  waveId: string;
  response: AnonymousResponse;
  outcome: { status: number; body: unknown };
}

export type CommitResult =
  | { kind: 'stored' }
  | { kind: 'replayed'; bodyHash: string; status: number; body: unknown }
  | { kind: 'credential-spent' };

/** An invitation token to use up for the blinded message it is exchanged for (credentials/exchange.ts). */
export interface ClaimItem {
  tokenHash: string;
  blindedHash: string;
}

interface Queued<I, R> {
  item: I;
  resolve(r: R): void;
  reject(e: unknown): void;
}

/**
 * Group commit: submissions that arrive while a transaction is being written wait for the next one,
 * and each is acknowledged only after the transaction holding it has committed (WAL, synchronous=FULL:
 * one fsync for many answers). Within a transaction the items are written in random order, so the
 * order of rows on disk does not follow the order of arrival. A busy database (another writer) is
 * waited for, briefly; if a commit still fails, every item in it fails (nothing acknowledged is
 * lost; the client retries with the same key).
 *
 * Invitation claims (a token used up at the exchange) and other writes of the respondents' path go
 * through the same queue, so the database has one writer (a second one would wait for the lock inside
 * the synchronous binding, stalling the event loop until the busy timeout), but always in transactions
 * of their own: never a used token and an answer in one transaction.
 */
export class GroupCommitter {
  private answers: Queued<CommitItem, CommitResult>[] = [];
  private claims: Queued<ClaimItem, boolean>[] = [];
  private others: Queued<(tx: Transaction) => Promise<unknown>, unknown>[] = [];
  private flushing = false;

  constructor(
    private readonly client: Client,
    private readonly maxBatch = 256,
    /** Runs after each committed group, once its submissions are acknowledged, with how many answers it stored. */
    private readonly afterCommit: (stored: number) => Promise<void> = async () => {},
  ) {}

  submit(item: CommitItem): Promise<CommitResult> {
    return new Promise((resolve, reject) => {
      this.answers.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Uses a token up for a blinded message: true when it was free, or already used for this very message. */
  claim(item: ClaimItem): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.claims.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Runs another write of the respondents' path (a new credential key) through the same writer, alone in its transaction. */
  alone<R>(write: (tx: Transaction) => Promise<R>): Promise<R> {
    return new Promise((resolve, reject) => {
      this.others.push({ item: write, resolve: resolve as (r: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushing) return;
    this.flushing = true;
    // Let the requests that are already waiting on the socket join this transaction.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    while (this.answers.length > 0 || this.claims.length > 0 || this.others.length > 0) {
      const other = this.others.shift();
      if (other) await this.write([other], async (tx, [write]) => [await write!(tx)]);
      if (this.claims.length > 0) await this.write(this.claims.splice(0, this.maxBatch), writeClaims);
      if (this.answers.length > 0) {
        const results = await this.write(shuffle(this.answers.splice(0, this.maxBatch)), writeGroup);
        if (results) await this.afterCommit(results.filter((r) => r.kind === 'stored').length);
      }
    }
    this.flushing = false;
  }

  /** Writes one group in its own transaction and settles its items; the results, or undefined when it failed. */
  private async write<I, R>(group: Queued<I, R>[], write: (tx: Transaction, items: I[]) => Promise<R[]>): Promise<R[] | undefined> {
    try {
      // A group is one transaction, rolled back when the database is busy, so it is retried whole.
      const results = await retryWhileBusy(async () => {
        const tx = await this.client.transaction('write');
        try {
          const written = await write(tx, group.map((q) => q.item));
          await tx.commit();
          return written;
        } finally {
          tx.close();
        }
      });
      group.forEach((q, i) => q.resolve(results[i]!));
      return results;
    } catch (e) {
      for (const q of group) q.reject(e);
      return undefined;
    }
  }
}

/** A group of claims, one statement each (in order, so of two claims of one token the first wins). */
async function writeClaims(tx: Transaction, items: ClaimItem[]): Promise<boolean[]> {
  const results: boolean[] = [];
  for (const item of items) results.push(await claimInvitation(tx, item.tokenHash, item.blindedHash));
  return results;
}

const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${Array.from({ length: columns }, () => '?').join(', ')})`).join(', ');

/**
 * Everything a group writes, decided inside its transaction so concurrent retries cannot both win:
 * one INSERT spends the group's credentials, one INSERT records its keys, one INSERT stores its
 * answers. Statements per group, not per answer, is where the speed comes from. A key or credential
 * seen before (a retry, or a second use of an invitation) costs one more read for that item.
 * Invitation tokens are never written here: they were used up at the exchange, in transactions of
 * their own, so no transaction holds both a used token and an answer (docs/decisions/009).
 */
async function writeGroup(tx: Transaction, items: CommitItem[]): Promise<CommitResult[]> {
  const results: (CommitResult | undefined)[] = new Array(items.length);
  const spentByItem = new Set<number>();

  // 1. Credentials: each can be spent once, by the first item of the group that carries it.
  const spending = items.flatMap((i) => (i.credentialHash ? [i] : []));
  if (spending.length > 0) {
    const rs = await tx.execute({
      sql: `INSERT INTO spent_credentials (credential_hash, wave_id) VALUES ${placeholders(spending.length, 2)}
            ON CONFLICT (credential_hash) DO NOTHING RETURNING credential_hash`,
      args: spending.flatMap((i) => [i.credentialHash!, i.waveId]),
    });
    const fresh = new Set(rs.rows.map((r) => String(r.credential_hash)));
    items.forEach((item, n) => {
      if (!item.credentialHash) return;
      if (fresh.delete(item.credentialHash)) spentByItem.add(n);
      else results[n] = { kind: 'credential-spent' }; // or a retry of this very item: resolved in step 4
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
      results[n] = { kind: 'credential-spent' }; // resolved in step 4 as a replay
      // A credential spent for an item whose key was seen before would be a second use: give it back.
      if (spentByItem.delete(n)) {
        await tx.execute({ sql: 'DELETE FROM spent_credentials WHERE credential_hash = ?', args: [item.credentialHash!] });
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
