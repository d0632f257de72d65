import { DatabaseRefusal } from './refusal.ts';

/** What reading a PRAGMA needs: a pooled connection's transaction, or the writer thread's connection (writer-thread.ts). */
export interface PragmaReader {
  execute(sql: string): Promise<{ rows: ArrayLike<Record<string, unknown>> }>;
}

/**
 * Pages of 64 KiB, SQLite's largest: an answer record up to about 16 KB (the local payload of an
 * index b-tree page, which a WITHOUT ROWID table is) stays on its page instead of spilling into
 * overflow pages, which are allocated at the end of the file in commit order: a clock.
 */
export const PAGE_SIZE = 65536;

/**
 * What every connection to an embedded file is set to, and why (docs/decisions/010):
 * - secure_delete: deleted rows and freed pages are overwritten with zeros, not just unlinked.
 * - wal_autocheckpoint=1 with journal_size_limit=0: every commit is copied into the main file at
 *   once, and the next write starts the WAL over and cuts it to its own frames, so the WAL never
 *   holds more than the latest transaction (instead of a thousand frames of earlier ones).
 */
export const FILE_SETTINGS = ['PRAGMA secure_delete=ON', 'PRAGMA wal_autocheckpoint=1', 'PRAGMA journal_size_limit=0'];

/**
 * The writer's page cache: 64 MiB (a thousand 64 KiB pages) instead of SQLite's 2 MB (31 pages).
 * Answers land on random pages of four b-trees, so a group of 50 dirties some 200 pages and reads
 * as many: with 31 pages cached, each insert read its pages back from the file and SQLite spilled
 * dirty pages into the WAL before COMMIT. Memory only, and only as far as it is used.
 */
export const WRITER_CACHE = 'PRAGMA cache_size=-65536';

/**
 * The writer thread's connection (writer-thread.ts) instead checkpoints by hand, right after each
 * commit has been acknowledged, so that no answer waits for a checkpoint: the WAL still holds no
 * more than the latest transaction. Its other settings are FILE_SETTINGS', with the writer's cache.
 */
export const WRITER_SETTINGS = [...FILE_SETTINGS.filter((s) => !s.includes('wal_autocheckpoint')), 'PRAGMA wal_autocheckpoint=0', WRITER_CACHE];

/**
 * Reads the settings of one connection back and throws a DatabaseRefusal naming `which` as given
 * (openDatabase gives the file: URL) unless it writes durably (WAL, synchronous=FULL: SQLite's
 * default here, anything else means a build we must not trust) and with the FILE_SETTINGS
 * (WRITER_SETTINGS with `checkpointsByHand`). synchronous cannot be changed inside a transaction,
 * so it is only read.
 */
export async function checkFileSettings(tx: PragmaReader, which: string, { checkpointsByHand = false } = {}): Promise<void> {
  // SQLite names a PRAGMA's result column after the PRAGMA.
  const read = async (pragma: string) => (await tx.execute(`PRAGMA ${pragma}`)).rows[0]?.[pragma];
  const journal = String(await read('journal_mode'));
  const sync = Number(await read('synchronous'));
  if (journal !== 'wal' || sync !== 2) throw new DatabaseRefusal('notDurable', which, journal, sync);
  const secureDelete = Number(await read('secure_delete'));
  const checkpoint = Number(await read('wal_autocheckpoint'));
  const walLimit = Number(await read('journal_size_limit'));
  const pageSize = Number(await read('page_size'));
  const wantCheckpoint = checkpointsByHand ? 0 : 1;
  if (secureDelete !== 1 || checkpoint !== wantCheckpoint || walLimit !== 0 || pageSize !== PAGE_SIZE) {
    throw new DatabaseRefusal('leavesTraces', which, secureDelete, checkpoint, walLimit, pageSize, wantCheckpoint, PAGE_SIZE);
  }
}
