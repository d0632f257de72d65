import type { Rows, Statement } from './writer.ts';

/** What the embedded file's writer thread (writer-thread.ts) and its owner (worker-writer.ts) say to each other. */
export interface WriterThreadData {
  path: string;
  busyTimeoutMs: number;
  /** One Int32: the crash point (1 to CRASH_POINTS) at which the thread ends itself, as a crash would (WorkerWriter.crash); 0 for none. */
  crashAt: SharedArrayBuffer;
}

/** Where a crash may stop the thread: before a transaction, before its COMMIT, between the COMMIT and its answer, before the checkpoint. */
export const CRASH_POINTS = 4;

/** A request to the thread, answered by a {@link WriterReply} with the same id. */
export type WriterRequest = { id: number; kind: 'write'; statements: Statement[] } | { id: number; kind: 'rewrite' } | { kind: 'close' };
export type WriterReply = { id: number; rows: Rows[] } | { id: number; error: { name: string; message: string; code?: string } } | { ready: true } | { failed: string; refusal?: { key: string; values: unknown[] } };
