/**
 * The storage ceiling's worker thread (bench/storage-ceiling.ts): commits groups of `groupSize`
 * submissions, each the rows Peil writes for one (a spent credential, an idempotency record, an
 * answer), in one transaction per group, on a connection with Peil's file settings (WAL,
 * synchronous=FULL, secure_delete, the WAL checkpointed after every commit), for `seconds`.
 * Cached prepared statements, no HTTP, no validation: what the disk and SQLite allow.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'libsql';
import { FILE_SETTINGS } from '../server/db/file-settings.ts';

const { path, groupSize, seconds, answers } = (workerData as { data: { path: string; groupSize: number; seconds: number; answers: string } }).data;
const db = new Database(path, { timeout: 5000 });
for (const sql of FILE_SETTINGS) db.exec(sql);
const spend = db.prepare('INSERT INTO spent_credentials (credential_hash, wave_id) VALUES (?, ?)');
const key = db.prepare('INSERT INTO idempotency_keys (key_hash, body_hash, status, body, wave, wave_id) VALUES (?, ?, ?, ?, ?, ?)');
const answer = db.prepare("INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, 'inclusie', '1.0.0', '2026-H2', ?, '{}')");
const body = JSON.stringify({ status: 'stored', survey: 'inclusie', version: '1.0.0', wave: '2026-H2' });
const hex = () => randomBytes(32).toString('hex');

const commitMs: number[] = [];
let stored = 0;
const until = performance.now() + seconds * 1000;
while (performance.now() < until) {
  const started = performance.now();
  db.exec('BEGIN IMMEDIATE');
  for (let i = 0; i < groupSize; i++) {
    spend.run(hex(), 'w');
    key.run(hex(), hex(), 201, body, '2026-H2', 'w');
    answer.run(randomUUID(), answers);
  }
  db.exec('COMMIT');
  commitMs.push(performance.now() - started);
  stored += groupSize;
}
db.close();
parentPort!.postMessage({ stored, commitMs });
