/**
 * The storage ceiling's worker thread (bench/storage-ceiling.ts): commits groups of `groupSize`
 * submissions, each the rows Peil writes for one (a spent credential, an idempotency record, an
 * answer), in one transaction per group, on a connection with Peil's file settings (WAL,
 * synchronous=FULL, secure_delete, the WAL checkpointed after every commit) and the writer's page
 * cache, for `seconds` (or until `rows` answers are stored).
 * Cached prepared statements, no HTTP, no validation: what the disk and SQLite allow. With
 * `keepPages`, each group's pages are then made canonical before COMMIT, as the writer thread
 * does (server/db/page-keeper.ts), and the time that takes is measured.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'libsql';
import { FILE_SETTINGS, WRITER_CACHE } from '../server/db/file-settings.ts';
import { PageKeeper, preparedPageStore } from '../server/db/page-keeper.ts';
import type { Rows, Statement } from '../server/db/writer.ts';

const { path, groupSize, seconds, rows: rowLimit, answers, keepPages } = (workerData as { data: { path: string; groupSize: number; seconds: number; rows?: number; answers: string; keepPages: boolean } }).data;
const db = new Database(path, { timeout: 5000 });
for (const sql of [...FILE_SETTINGS, WRITER_CACHE]) db.exec(sql);
const spend = db.prepare('INSERT INTO spent_credentials (credential_hash, wave_id) VALUES (?, ?)');
const key = db.prepare('INSERT INTO idempotency_keys (key_hash, body_hash, status, body, wave, wave_id) VALUES (?, ?, ?, ?, ?, ?)');
const answer = db.prepare("INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, 'inclusie', '1.0.0', '2026-H2', ?, '{}')");
const body = JSON.stringify({ status: 'stored', survey: 'inclusie', version: '1.0.0', wave: '2026-H2' });
const hex = () => randomBytes(32).toString('hex');
// Prepared once, as the writer thread does.
const prepared = new Map<string, ReturnType<typeof db.prepare>>();
const statement = (sql: string) => {
  const s = prepared.get(sql) ?? db.prepare(sql);
  prepared.set(sql, s);
  return s;
};
const run = (sql: string, args: unknown[]) => {
  const s = statement(sql);
  return { rows: (s.reader ? s.all(args) : (s.run(args), [])) as Rows };
};
const pages = new PageKeeper(
  { execute: async (s) => (typeof s === 'string' ? run(s, []) : run(s.sql, s.args)) },
  preparedPageStore((sql) => db.prepare(sql)),
);
/** What the keeper needs of each row: its table, and the values of its key columns. */
const inserted = (table: string, row: Record<string, string>): Statement => ({ sql: '', args: Object.values(row), inserts: { table, columns: Object.keys(row) } });

const commitMs: number[] = [];
const keepMs: number[] = [];
let stored = 0;
const until = performance.now() + seconds * 1000;
while (performance.now() < until && stored < (rowLimit ?? Infinity)) {
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  if (keepPages) await pages.begin();
  const rows: Statement[] = [];
  for (let i = 0; i < groupSize; i++) {
    const [credential, keyHash, id] = [hex(), hex(), randomUUID()];
    spend.run(credential, 'w');
    key.run(keyHash, hex(), 201, body, '2026-H2', 'w');
    answer.run(id, answers);
    rows.push(inserted('spent_credentials', { credential_hash: credential, wave_id: 'w' }), inserted('idempotency_keys', { key_hash: keyHash }), inserted('responses', { id, survey_id: 'inclusie', wave: '2026-H2' }));
  }
  if (keepPages) {
    const kept = performance.now();
    if (!(await pages.keep(rows))) throw new Error('a page did not add up');
    keepMs.push(performance.now() - kept);
  }
  db.exec('COMMIT');
  commitMs.push(performance.now() - started);
  stored += groupSize;
}
db.close();
parentPort!.postMessage({ stored, commitMs, keepMs });
