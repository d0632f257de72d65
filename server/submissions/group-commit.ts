import type { Client } from '@libsql/client';
import { claimStatement } from '../db/invitations.ts';
import type { Database } from '../db/open.ts';
import { findOutcome, submissionStatements } from '../db/responses.ts';
import { getWave } from '../db/waves.ts';
import type { BatchWriter, Rows, Statement } from '../db/writer.ts';
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
  | { kind: 'credential-spent' }
  /** Closed by hand (another instance, the command line) after the submission was checked. */
  | { kind: 'wave-closed' };

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
 * order of rows on disk does not follow the order of arrival. A group is one batch of statements
 * whose outcome per item the database decides as they run (db/responses.ts), so it goes to the
 * writer (db/writer.ts) as one request: the embedded file's writer thread, or one round trip to a
 * libSQL server. A busy database (another writer) is waited for, briefly; if a commit still fails,
 * every item in it fails (nothing acknowledged is lost; the client retries with the same key).
 *
 * Invitation claims (a token used up at the exchange) and other writes of the respondents' path go
 * through the same queue, so the respondents' path has one writer, but always in transactions of
 * their own: never a used token and an answer in one transaction.
 */
export class GroupCommitter {
  private answers: Queued<CommitItem, CommitResult>[] = [];
  private claims: Queued<ClaimItem, boolean>[] = [];
  private others: Queued<Statement[], Rows[]>[] = [];
  private flushing = false;
  private readonly client: Client;
  private readonly writer: BatchWriter;

  constructor(
    db: Pick<Database, 'client' | 'writer'>,
    private readonly maxBatch = 256,
    /** Runs after each committed group, once its submissions are acknowledged, with how many answers it stored. */
    private readonly afterCommit: (stored: number) => Promise<void> = async () => {},
  ) {
    this.client = db.client;
    this.writer = db.writer;
  }

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

  /** Runs other statements of the respondents' path (a new credential key) through the same writer, alone in their transaction. */
  alone(statements: Statement[]): Promise<Rows[]> {
    return new Promise((resolve, reject) => {
      this.others.push({ item: statements, resolve, reject });
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
      if (other) await this.settle([other], () => this.writer.write(other.item).then((rows) => [rows]));
      if (this.claims.length > 0) await this.settle(this.claims.splice(0, this.maxBatch), (items) => this.writeClaims(items));
      if (this.answers.length > 0) {
        const results = await this.settle(shuffle(this.answers.splice(0, this.maxBatch)), (items) => this.writeGroup(items));
        if (results) await this.afterCommit(results.filter((r) => r.kind === 'stored').length);
      }
    }
    this.flushing = false;
  }

  /** Writes one group and settles its items; the results, or undefined when it failed. */
  private async settle<I, R>(group: Queued<I, R>[], write: (items: I[]) => Promise<R[]>): Promise<R[] | undefined> {
    try {
      const results = await write(group.map((q) => q.item));
      group.forEach((q, i) => q.resolve(results[i]!));
      return results;
    } catch (e) {
      for (const q of group) q.reject(e);
      return undefined;
    }
  }

  /** A group of claims, one statement each (in order, so of two claims of one token the first wins). */
  private async writeClaims(items: ClaimItem[]): Promise<boolean[]> {
    const rows = await this.writer.write(items.map((i) => claimStatement(i.tokenHash, i.blindedHash)));
    return rows.map((r) => r.length === 1);
  }

  /**
   * One group of answers: each item's statements in the group's (random) order; the first of each
   * says whether it was stored. An item turned away (a retry, a second use of a credential, a wave
   * closed meanwhile: rare) is told apart afterwards, from what was committed.
   */
  private async writeGroup(items: CommitItem[]): Promise<CommitResult[]> {
    const perItem = items.map((i) => submissionStatements({ ...i, wave: i.response.wave }));
    const rows = await this.writer.write(perItem.flat());
    const results: CommitResult[] = [];
    let at = 0;
    for (const [n, item] of items.entries()) {
      const stored = rows[at]!.length === 1;
      at += perItem[n]!.length;
      results.push(stored ? { kind: 'stored' } : await this.turnedAway(item));
    }
    return results;
  }

  private async turnedAway(item: CommitItem): Promise<CommitResult> {
    const earlier = await findOutcome(this.client, item.keyHash);
    if (earlier) return { kind: 'replayed', ...earlier };
    const wave = await getWave(this.client, item.waveId);
    return !wave || wave.closed ? { kind: 'wave-closed' } : { kind: 'credential-spent' };
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
