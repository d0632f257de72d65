/**
 * The ceiling for durable submissions: the storage path alone, measured in the same run as Peil.
 * A worker thread commits groups of as many submissions as there are connections (Peil's group
 * commit gathers at most that many), with Peil's row shape and file settings (storage-ceiling-worker.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/db/open.ts';
import { startTsWorker } from '../server/threads/ts-worker.ts';

export interface CeilingResult {
  groupSize: number;
  perSec: number;
  /** One group's transaction, from BEGIN to the end of its COMMIT (fsync and checkpoint included). */
  commitP50: number;
  commitP99: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Submissions per second the storage path commits in groups of `groupSize`, over `seconds`. */
export async function storageCeiling(groupSize: number, seconds: number, answers: Record<string, unknown>): Promise<CeilingResult> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-ceiling-'));
  try {
    const path = join(dir, 'ceiling.db');
    (await openDatabase(`file:${path}`)).close(); // Peil's schema and page size
    const worker = startTsWorker(new URL('./storage-ceiling-worker.ts', import.meta.url), { path, groupSize, seconds, answers: JSON.stringify(answers) });
    const { stored, commitMs } = await new Promise<{ stored: number; commitMs: number[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const sorted = commitMs.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return { groupSize, perSec: stored / seconds, commitP50: round(quantile(sorted, 0.5)), commitP99: round(quantile(sorted, 0.99)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
