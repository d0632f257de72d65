/**
 * The thread behind read-thread.ts: runs the read queries it is sent on its own connection to an
 * embedded database file and posts each result's rows back as arrays, or a page of answers split and
 * reduced to the fields asked for, its arrays moved rather than copied. Started through
 * server/threads/ts-worker.ts, like the writer thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';
import { columnsOf } from './answer-page-row.ts';
import type { ReadReply, ReadRequest } from './read-thread.ts';

const { url } = (workerData as { data: { url: string } }).data;
const client = createClient({ url });
parentPort!.on('message', async ({ id, sql, args, columns }: ReadRequest) => {
  try {
    const started = performance.now();
    const rows = (await client.execute({ sql, args })).rows.map((row) => Array.from(row));
    const readMs = performance.now() - started;
    if (columns === undefined) {
      parentPort!.postMessage({ id, rows, readMs } satisfies ReadReply);
      return;
    }
    const page = columnsOf(rows, columns.start, columns.fields);
    const reply: ReadReply = { id, columns: page, readMs, reduceMs: performance.now() - started - readMs };
    parentPort!.postMessage(reply, [page.item.codes.buffer, page.item.attributeCodes.buffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies ReadReply);
  }
});
