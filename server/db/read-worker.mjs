// The thread behind read-thread.ts: runs the read queries it is sent on its own connection to an
// embedded database file and posts each result's rows back as arrays. Plain JavaScript, so that it
// starts under any loader (tsx, vitest) without one.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '@libsql/client';

const client = createClient({ url: workerData.url });
parentPort.on('message', async ({ id, sql, args }) => {
  try {
    const rs = await client.execute({ sql, args });
    parentPort.postMessage({ id, rows: rs.rows.map((row) => Array.from(row)) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
