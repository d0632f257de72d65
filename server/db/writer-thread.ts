/**
 * The writer thread of an embedded answers file (started by worker-writer.ts): it owns one
 * connection and runs the respondents' path's write transactions on it, one at a time, so that
 * neither the statements, nor the COMMIT with its fsync, nor the checkpoint after it ever run on
 * the event loop. A transaction's rows are posted back only once its COMMIT has returned
 * (synchronous=FULL: on disk); the WAL is checkpointed right after, before the next transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { InValue } from '@libsql/client';
import Database from 'libsql';
import { releaseFailedStatements } from './busy-retry.ts';
import { DatabaseRefusal } from './refusal.ts';
import { checkFileSettings, WRITER_SETTINGS } from './file-settings.ts';
import { PageKeeper, preparedPageStore } from './page-keeper.ts';
import { rewriteTables, type StatementRunner } from './rewrite.ts';
import type { WriterReply, WriterRequest, WriterThreadData } from './writer-protocol.ts';
import type { Rows, Statement } from './writer.ts';

type Prepared = Database.Statement<unknown[]>;

const { path, busyTimeoutMs, crashAt } = (workerData as { data: WriterThreadData }).data;
const crash = new Int32Array(crashAt);

/** Ends the thread here if a crash was asked for at this point (from JavaScript: stopping it from outside mid-call aborts the binding). */
function crashPoint(point: number): void {
  if (Atomics.compareExchange(crash, 0, point, 0) === point) process.exit(70);
}

const db = new Database(path, { timeout: busyTimeoutMs });
/** Prepared once, run many times: the respondents' path uses a handful of statements. */
const prepared = new Map<string, Prepared>();
const MAX_PREPARED = 64;

function statement(sql: string): Prepared {
  let s = prepared.get(sql);
  if (!s) {
    if (prepared.size >= MAX_PREPARED) prepared.clear();
    s = db.prepare(sql);
    prepared.set(sql, s);
  }
  return s;
}

function run(sql: string, args: InValue[]): Rows {
  const s = statement(sql);
  try {
    if (s.reader) return s.all(args) as Rows;
    s.run(args);
    return [];
  } catch (e) {
    // A statement that failed may stay unreset (busy-retry.ts): never run it again.
    prepared.delete(sql);
    throw e;
  }
}

/** The same connection, as the async runner that rewrite.ts and file-settings.ts take. */
const runner: StatementRunner = {
  execute: async (stmt) => ({ rows: typeof stmt === 'string' ? run(stmt, []) : run(stmt.sql, stmt.args) }),
};

/** Keeps the answers' pages canonical at every commit (docs/decisions/024). */
const pages = new PageKeeper(runner, preparedPageStore((sql) => db.prepare(sql)));

/** Runs `work` in one write transaction (BEGIN IMMEDIATE: the lock is taken first, or SQLITE_BUSY before anything ran). */
async function inTransaction<T>(work: () => Promise<T> | T): Promise<T> {
  crashPoint(1);
  if (walInUse) {
    checkpoint();
    if (walInUse) console.error('A reader kept the WAL in use past the busy timeout: it holds more than the latest transaction until the next checkpoint.');
  }
  db.exec('BEGIN IMMEDIATE');
  try {
    await pages.begin();
    const result = await work();
    crashPoint(2);
    db.exec('COMMIT');
    crashPoint(3);
    return result;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    pages.forget();
    throw e;
  }
}

/** A group's statements, then its pages made canonical; if a page did not add up, the tables are rewritten instead, in the same transaction. */
async function write(statements: Statement[]): Promise<Rows[]> {
  const rows = statements.map((s) => run(s.sql, s.args));
  if (!(await pages.keep(statements))) await rewriteTables(runner);
  return rows;
}

async function handle(request: Exclude<WriterRequest, { kind: 'close' }>): Promise<void> {
  try {
    const rows =
      request.kind === 'write'
        ? await inTransaction(() => write(request.statements))
        : await inTransaction(async () => {
            await rewriteTables(runner);
            pages.forget();
            return [];
          });
    parentPort!.postMessage({ id: request.id, rows } satisfies WriterReply);
  } catch (e) {
    await releaseFailedStatements(e);
    const { name, message, code } = e as Error & { code?: unknown };
    parentPort!.postMessage({ id: request.id, error: { name, message, code: typeof code === 'string' ? code : undefined } } satisfies WriterReply);
    return;
  }
  // Acknowledged first, checkpointed after: the WAL holds no more than the latest transaction (file-settings.ts).
  crashPoint(4);
  checkpoint();
}

/** Whether the last checkpoint left the WAL in use by a reader (busy): the next transaction checkpoints again first. */
let walInUse = false;

/**
 * Copies the WAL into the main file and waits, up to the busy timeout, until no reader still reads
 * from it (RESTART), so that the next transaction starts the WAL over instead of appending to it.
 * A PASSIVE checkpoint skipped the frames a reader on an older snapshot still needed, and the next
 * transaction then wrote after them: the WAL held two transactions in commit order (the forensics
 * test caught it, once, with the workspace reading). Readers here run one statement at a time, so
 * the wait is that statement's; one that outlasts the timeout is logged (no data) and the WAL is
 * checkpointed again before the next write.
 */
function checkpoint(): void {
  const { busy } = checkpointStatement.get([]) as { busy: number };
  walInUse = busy !== 0;
}
const checkpointStatement = db.prepare('PRAGMA wal_checkpoint(RESTART)');

async function start(): Promise<void> {
  for (const sql of WRITER_SETTINGS) db.exec(sql);
  await checkFileSettings(runner, `file:${path}`, { checkpointsByHand: true });
}

// One request at a time, in the order they came.
let queue = start().then(
  () => parentPort!.postMessage({ ready: true } satisfies WriterReply),
  // A refusal a person can set right goes back as its key and values, to be worded in the command's language.
  (e: Error) => parentPort!.postMessage({ failed: e.message, refusal: e instanceof DatabaseRefusal ? { key: e.key, values: [...e.values] } : undefined } satisfies WriterReply),
);
parentPort!.on('message', (request: WriterRequest) => {
  // Closing waits for what was sent before it; the thread then ends by itself.
  queue = queue.then(() => (request.kind === 'close' ? closeConnection() : handle(request)));
});

function closeConnection(): void {
  db.close();
  parentPort!.close();
}
