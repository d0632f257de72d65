/**
 * The thread behind read-thread.ts: runs the read queries it is sent on its own connection to an
 * embedded database file and posts each result's rows back as arrays. Started through
 * server/threads/ts-worker.ts, like the writer thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, type InValue } from '@libsql/client';

const { url } = (workerData as { data: { url: string } }).data;
const client = createClient({ url });
parentPort!.on('message', async ({ id, sql, args }: { id: number; sql: string; args: unknown[] }) => {
  try {
    const rs = await client.execute({ sql, args: args as InValue[] });
    parentPort!.postMessage({ id, rows: rs.rows.map((row) => Array.from(row)) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
