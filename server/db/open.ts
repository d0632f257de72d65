import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { FILE_SETTINGS, PAGE_SIZE, checkFileSettings } from './file-settings.ts';
import { migrate, type Schema } from './migrate.ts';
import { moveStaffTables } from './move-staff-tables.ts';
import { DatabaseRefusal } from './refusal.ts';
import { RewriteSchedule } from './rewrite-schedule.ts';
import { registerFile } from './read-thread.ts';
import { checkServerDurability } from './sqld.ts';
import { WorkerWriter } from './worker-writer.ts';
import { clientWriter, type BatchWriter } from './writer.ts';

/** How many connections the embedded database pool holds; each one is checked at start-up. */
const POOL_SIZE = 4;

export interface Database {
  client: Client;
  /**
   * Where the respondents' path writes (writer.ts): a thread of its own for an embedded file,
   * started on the first write; one request per transaction to a libSQL server.
   */
  writer: BatchWriter;
  /** True for an embedded file; false when a libSQL server (sqld) keeps the data and its durability. */
  embedded: boolean;
  /** For an embedded answers file: when to rewrite it, to be told after each commit of answers. */
  rewrites?: RewriteSchedule;
  close(): void;
}

export interface OpenOptions {
  /** Which database this is: 'answers' (the default) or 'staff' (accounts, sessions, audit log). */
  schema?: Schema;
  /** The open staff database, for an answers database that still holds staff tables to move there (migration 007). */
  staff?: Client;
  /** How long an embedded connection waits for another writer's lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/**
 * Opens the database named by `url` (an embedded `file:` path, or a libSQL server over
 * http/ws/libsql) and applies pending migrations. For an embedded file it first gives the file
 * 64 KiB pages (rewriting an older file once), and makes sure every pooled connection writes
 * durably and leaves no old data behind (file-settings.ts); for a libSQL server, that the server
 * syncs every commit to its disk (sqld.ts). Refuses to return otherwise, and refuses a database it
 * cannot open or reach, with a DatabaseRefusal (refusal.ts).
 * `busyTimeoutMs` is how long an embedded connection waits for another writer's lock inside SQLite
 * before it answers SQLITE_BUSY (see busy-retry.ts for what happens then).
 */
export async function openDatabase(url: string, { schema = 'answers', staff, busyTimeoutMs = 5000 }: OpenOptions = {}): Promise<Database> {
  const embedded = url.startsWith('file:');
  const client = await connect(url, embedded, busyTimeoutMs);
  try {
    if (embedded) {
      await setPageSize(client);
      await client.execute('PRAGMA journal_mode=WAL');
      await applyToEveryConnection(client, url);
      registerFile(client, url);
    } else {
      await checkServerDurability(client);
    }
    await migrate(client, schema, schema === 'answers' ? { 7: (c) => moveStaffTables(c, staff) } : {});
  } catch (e) {
    client.close();
    throw e;
  }
  const writer = embedded ? new WorkerWriter({ path: url.slice('file:'.length), busyTimeoutMs }) : clientWriter(client);
  const rewrites = embedded && schema === 'answers' ? new RewriteSchedule(writer) : undefined;
  return {
    client,
    writer,
    embedded,
    rewrites,
    close: () => {
      void writer.close();
      client.close();
    },
  };
}

/**
 * A client of the database that has read its schema (an embedded file's folder made first, the
 * file opened as the client is made, its header read: another kind of file fails here), or a
 * refusal naming the database that cannot be opened or reached, with the library's reason.
 */
async function connect(url: string, embedded: boolean, busyTimeoutMs: number): Promise<Client> {
  let client: Client | undefined;
  try {
    if (embedded) mkdirSync(dirname(resolve(url.slice('file:'.length))), { recursive: true });
    client = createClient({ url, concurrency: POOL_SIZE, timeout: busyTimeoutMs });
    await client.execute('SELECT count(*) FROM sqlite_schema');
    return client;
  } catch (e) {
    client?.close();
    throw new DatabaseRefusal(embedded ? 'cannotOpen' : 'unreachable', url, e instanceof Error ? e.message : String(e));
  }
}

/**
 * The page size can only change outside WAL mode and takes a rewrite (VACUUM) of an existing file;
 * at start-up this is the only connection, as the change needs.
 */
async function setPageSize(client: Client): Promise<void> {
  if (Number((await client.execute('PRAGMA page_size')).rows[0]?.[0]) === PAGE_SIZE) return;
  const pages = Number((await client.execute('PRAGMA page_count')).rows[0]?.[0]);
  await client.execute('PRAGMA journal_mode=DELETE');
  await client.execute(`PRAGMA page_size=${PAGE_SIZE}`);
  if (pages > 0) await client.execute('VACUUM');
}

/**
 * PRAGMAs are per connection and the client keeps a pool, so hold every pooled connection at once
 * (one open transaction each), apply the settings and read them back; a refusal names the file.
 */
async function applyToEveryConnection(client: Client, url: string): Promise<void> {
  const txs = await Promise.all(Array.from({ length: POOL_SIZE }, () => client.transaction('deferred')));
  try {
    for (const tx of txs) {
      for (const sql of FILE_SETTINGS) await tx.execute(sql);
      await checkFileSettings(tx, url);
    }
  } finally {
    for (const tx of txs) tx.close();
  }
}
