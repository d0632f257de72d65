import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The code of the error for transactions whose writer thread stopped before answering (worker-writer.ts). */
export const WRITER_RESTARTED = 'WRITER_RESTARTED';

/**
 * "Database is locked": another connection (another API instance on the same sqld, the command
 * line, a checkpoint) holds the write lock. The embedded binding and sqld both report it as a
 * LibsqlError whose `code` is `SQLITE_BUSY` (or `SQLITE_LOCKED`, or an extended `SQLITE_BUSY_*`);
 * sqld's may sit one `cause` deeper when the stream was closed by it. sqld also answers
 * `TRANSACTION_TIMEOUT` when it rolled a transaction back to hand its lock to a waiting writer:
 * the same contention, seen from the other side, and just as safe to run again.
 *
 * sqld reports a busy database a second way, over HTTP (docs/decisions/018): each new request
 * stream gets a new SQLite connection, whose opening runs `PRAGMA journal_mode=WAL` before it sets
 * a busy timeout (libsql-sys, Connection::open), so a checkpoint holding the WAL fails it with
 * SQLITE_BUSY. sqld then answers the whole request with HTTP 500 and `{"error": "... database is
 * locked"}`, a field the client does not read: what arrives is a LibsqlError `SERVER_ERROR` whose
 * cause has `status` 500 and no SQLite code. When its connection limit is reached sqld answers
 * 429 (`--max-concurrent-connections`). Nothing of the request ran, so both are retried as busy.
 * Over a WebSocket (`ws://`, how Peil reaches sqld) the same failure to open a connection is no
 * Hrana error sqld knows how to answer: it closes the socket, and every request then on it fails
 * with `HRANA_WEBSOCKET_ERROR` (or `HRANA_CLOSED_ERROR`) while the client opens a new one. A
 * transaction cut off so is retried whole like a busy one; should its COMMIT have gone through
 * after all, idempotency replays it (decision 003).
 *
 * WRITER_RESTARTED, too: the embedded file's writer thread stopped before it answered (worker-writer.ts).
 */
export function isDatabaseBusy(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^(SQLITE_(BUSY|LOCKED)|TRANSACTION_TIMEOUT$|WRITER_RESTARTED$|HRANA_(WEBSOCKET|CLOSED)_ERROR$)/.test(code)) return true;
    if (code === 'SERVER_ERROR' && isServerBusyStatus((e as { cause?: unknown }).cause)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** sqld's HTTP statuses for a request it could not give a connection: 500 (SQLITE_BUSY on opening one) and 429 (too many). */
function isServerBusyStatus(cause: unknown): boolean {
  const status = (cause as { status?: unknown } | undefined)?.status;
  return status === 500 || status === 429;
}

/**
 * Works around a bug of the embedded binding (libsql 0.5.29; tursodatabase/libsql-client-ts#352,
 * fix pending in tursodatabase/libsql-js#238): a statement that failed with SQLITE_BUSY is never
 * reset, so its connection stays "in a statement" and every later COMMIT on it fails with
 * `SQLITE_BUSY: cannot commit transaction - SQL statements in progress`, until the garbage
 * collector finalizes that statement. So after a busy error of the embedded binding (it carries a
 * numeric `rawCode`; sqld's do not), run a collection, at most one per 10 ms, and give the
 * finalizers a turn. Remove this once the binding resets failed statements.
 */
export async function releaseFailedStatements(error: unknown): Promise<void> {
  if (typeof (error as { rawCode?: unknown } | undefined)?.rawCode !== 'number') return;
  const now = Date.now();
  if (now - lastCollection < 10) return;
  lastCollection = now;
  collectGarbage();
  await new Promise((r) => setImmediate(r));
}

let lastCollection = 0;
let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    // The documented way to reach V8's gc() without starting Node with --expose-gc.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

export interface BusyRetryOptions {
  /** Longest total wait before the busy error is passed on (the request then gets a 503). */
  maxWaitMs?: number;
  /** First pause; each next one doubles, with jitter so competing instances do not retry in step. */
  firstDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `work` again while it fails with a busy database, for at most `maxWaitMs` (default 2 s) of
 * waiting in all, then throws the last busy error. `work` must be a whole transaction that leaves
 * nothing behind when it fails (a write transaction rolled back), so running it twice is safe.
 * Any other error is thrown at once.
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const { maxWaitMs = 2000, firstDelayMs = 5, sleep = pause } = options;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (!isDatabaseBusy(e)) throw e;
      await releaseFailedStatements(e);
      if (waited >= maxWaitMs) throw e;
      const delay = Math.min(maxWaitMs - waited, firstDelayMs * 2 ** attempt * (0.5 + Math.random()));
      await sleep(delay);
      waited += delay;
    }
  }
}
