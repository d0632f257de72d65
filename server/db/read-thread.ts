import type { Worker } from 'node:worker_threads';
import type { Client, InStatement, InValue } from '@libsql/client';
import { startTsWorker } from '../threads/ts-worker.ts';
import type { ColumnsPage, PageStart } from './answer-page-row.ts';

/**
 * Long reads of an embedded database file on a thread of their own. The libSQL binding runs a query
 * synchronously on the calling thread, so a reader that asks for the next page of answers before it
 * tallies the current one still waits for it; on another thread the query runs while the page is
 * tallied (answer-pages.ts). A libSQL server is read over the network, which does not block the
 * thread anyway: its queries go through the client.
 *
 * A page of answers can be split and reduced to the fields a tally reads there as well
 * ({@link readColumns}), so that parsing it overlaps the tally of the page before.
 *
 * One thread per database file, started on first use (read-worker.ts: its own connection, so it
 * reads committed data as any other connection does) and ended after a second without queries.
 */

/** The file behind each embedded client opened by openDatabase (open.ts). */
const files = new WeakMap<Client, string>();

/** Records that `client` is the embedded database at `url` (`file:…`), so its long reads may go to a thread. */
export function registerFile(client: Client, url: string): void {
  files.set(client, url);
}

/** Rows as arrays of column values. */
export type RawRows = unknown[][];

/** What the read thread is asked: a query, and for a page of answers to reduce there, where it starts and the fields to keep. */
export interface ReadRequest {
  id: number;
  sql: string;
  args: InValue[];
  columns?: { start: PageStart; fields: readonly string[] };
}

/** A page as the read thread hands it over: as read, or reduced there; with the milliseconds it took there. */
export type ThreadPage = { rows: RawRows; readMs: number } | { columns: ColumnsPage; readMs: number; reduceMs: number };

/** What it answers: the rows or the reduced page, or why it failed. */
export type ReadReply = ({ id: number } & ThreadPage) | { id: number; error: string };

const IDLE_MS = 1000;

interface Reader {
  worker: Worker;
  waiting: Map<number, { resolve: (reply: ReadReply) => void; reject: (e: Error) => void }>;
  nextId: number;
  idle?: NodeJS.Timeout;
}

const readers = new Map<string, Reader>();

/** Runs one read query of `client`: on the file's read thread for a registered embedded file, else through the client. */
export async function readRows(client: Client, statement: { sql: string; args: InValue[] }): Promise<RawRows> {
  if (!files.has(client)) return (await client.execute(statement as InStatement)).rows.map((row) => Array.from(row));
  const reply = await ask(client, statement);
  return 'rows' in reply ? reply.rows : [];
}

/**
 * Reads the page of answers `statement` selects (answer-page-row.ts): for a registered embedded file
 * on its read thread, and there split and reduced to `reduce.fields` when asked; else through the
 * client, as read.
 */
export async function readAnswerPage(client: Client, statement: { sql: string; args: InValue[] }, reduce?: { start: PageStart; fields: readonly string[] }): Promise<ThreadPage> {
  if (!files.has(client)) {
    const started = performance.now();
    const rows = (await client.execute(statement as InStatement)).rows.map((row) => Array.from(row));
    return { rows, readMs: performance.now() - started };
  }
  const reply = await ask(client, { ...statement, columns: reduce });
  if ('error' in reply) throw new Error(reply.error);
  return reply;
}

async function ask(client: Client, request: Omit<ReadRequest, 'id'>): Promise<ReadReply> {
  if (client.closed) throw new Error('The database client is closed.');
  const url = files.get(client)!;
  const reader = readerFor(url);
  clearTimeout(reader.idle);
  const id = reader.nextId++;
  reader.worker.ref();
  try {
    return await new Promise<ReadReply>((resolve, reject) => {
      reader.waiting.set(id, { resolve, reject });
      reader.worker.postMessage({ id, ...request } satisfies ReadRequest);
    });
  } finally {
    if (reader.waiting.size === 0) {
      reader.worker.unref();
      reader.idle = setTimeout(() => void stopReader(url), IDLE_MS).unref();
    }
  }
}

function readerFor(url: string): Reader {
  const existing = readers.get(url);
  if (existing) return existing;
  const worker = startTsWorker(new URL('./read-worker.ts', import.meta.url), { url });
  const reader: Reader = { worker, waiting: new Map(), nextId: 0 };
  worker.on('message', (reply: ReadReply) => {
    const waiting = reader.waiting.get(reply.id);
    reader.waiting.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply);
  });
  const fail = (e: Error) => {
    readers.delete(url);
    for (const w of reader.waiting.values()) w.reject(e);
    reader.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('The database read thread stopped.')));
  readers.set(url, reader);
  return reader;
}

async function stopReader(url: string): Promise<void> {
  const reader = readers.get(url);
  if (!reader || reader.waiting.size > 0) return;
  readers.delete(url);
  await reader.worker.terminate();
}
