import type { Client, InValue } from '@libsql/client';
import { retryWhileBusy } from './busy-retry.ts';

/** One SQL statement with its arguments, as the writer takes it. */
export interface Statement {
  sql: string;
  args: InValue[];
  /**
   * For a statement that may insert one row into a table whose pages are kept canonical
   * (page-keeper.ts): the table, and the columns whose values are the statement's first arguments,
   * in this order. The writer finds the row's pages by them.
   */
  inserts?: { table: string; columns: string[] };
}

/** The rows a statement returned (RETURNING or SELECT), by column name; empty for the others. */
export type Rows = Record<string, unknown>[];

/**
 * Where the respondents' path writes: a list of statements in one write transaction, in order,
 * each statement's rows read back, all in one round trip. For an embedded file that is a worker
 * thread owning a connection (worker-writer.ts), so the commit, its fsync and the checkpoint never
 * run on the event loop; for a libSQL server it is one `batch()` request (clientWriter).
 */
export interface BatchWriter {
  /** Starts the writer (the thread, and its connection's check: file-settings.ts) now instead of on the first write; throws what is wrong. */
  open(): Promise<void>;
  /**
   * Runs `statements` in one write transaction and resolves, once it has committed durably, with
   * each statement's rows. On failure nothing of it was written, and it is run again while the
   * database is busy (busy-retry.ts), so the statements must give the same outcome when run twice.
   */
  write(statements: Statement[]): Promise<Rows[]>;
  /** Rewrites the answers' tables (rewrite.ts) on the writer's connection; false where the files are a server's. */
  rewriteAnswers(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The writer through the client's `batch()`: for a libSQL server one HTTP request per transaction
 * (BEGIN ... COMMIT on the server). On an embedded file it would run on the event loop.
 */
export function clientWriter(client: Client): BatchWriter {
  return {
    open: async () => {},
    write: (statements) => retryWhileBusy(async () => (await client.batch(statements, 'write')).map((rs) => rs.rows as unknown as Rows)),
    rewriteAnswers: async () => false,
    close: async () => {},
  };
}
