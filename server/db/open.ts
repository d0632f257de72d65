import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { migrate } from './migrate.ts';

/** How many connections the embedded database pool holds; each one is checked at start-up. */
const POOL_SIZE = 4;

export interface Database {
  client: Client;
  /** True for an embedded file; false when a libSQL server (sqld) keeps the data and its durability. */
  embedded: boolean;
  close(): void;
}

/**
 * Opens the database named by `url` (an embedded `file:` path, or a libSQL server over
 * http/ws/libsql), applies pending migrations, and for an embedded file makes sure every pooled
 * connection writes durably (WAL, synchronous=FULL). Refuses to return otherwise. `busyTimeoutMs`
 * is how long an embedded connection waits for another writer's lock inside SQLite before it
 * answers SQLITE_BUSY (see busy-retry.ts for what happens then).
 */
export async function openDatabase(url: string, { busyTimeoutMs = 5000 }: { busyTimeoutMs?: number } = {}): Promise<Database> {
  const embedded = url.startsWith('file:');
  if (embedded) {
    const path = url.slice('file:'.length);
    mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, concurrency: POOL_SIZE, timeout: busyTimeoutMs });
  try {
    if (embedded) {
      await client.execute('PRAGMA journal_mode=WAL');
      await checkDurability(client);
    }
    await migrate(client);
  } catch (e) {
    client.close();
    throw e;
  }
  return { client, embedded, close: () => client.close() };
}

/**
 * PRAGMAs are per connection and the client keeps a pool, so hold every pooled connection at once
 * (one open transaction each) and read its settings. synchronous cannot be changed inside a
 * transaction; SQLite's default is FULL, and anything else means a build we must not trust.
 */
async function checkDurability(client: Client): Promise<void> {
  const txs = await Promise.all(Array.from({ length: POOL_SIZE }, () => client.transaction('deferred')));
  try {
    for (const [i, tx] of txs.entries()) {
      const journal = String((await tx.execute('PRAGMA journal_mode')).rows[0]?.[0]);
      const sync = Number((await tx.execute('PRAGMA synchronous')).rows[0]?.[0]);
      if (journal !== 'wal' || sync !== 2) {
        throw new Error(
          `Database connection ${i + 1} of ${POOL_SIZE} is not durable (journal_mode=${journal}, synchronous=${sync}); need wal and 2 (FULL).`,
        );
      }
    }
  } finally {
    for (const tx of txs) tx.close();
  }
}
