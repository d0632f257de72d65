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
  /** With `keepPages`: the part of a group's transaction spent making its pages canonical (p50, p99). */
  keepP50: number;
  keepP99: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Submissions per second the storage path commits in groups of `groupSize`, over `seconds`; with `keepPages`, making each group's pages canonical too (decision 024). */
export async function storageCeiling(groupSize: number, seconds: number, answers: Record<string, unknown>, keepPages = false): Promise<CeilingResult> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-ceiling-'));
  try {
    const path = join(dir, 'ceiling.db');
    (await openDatabase(`file:${path}`)).close(); // Peil's schema and page size
    const worker = startTsWorker(new URL('./storage-ceiling-worker.ts', import.meta.url), { path, groupSize, seconds, answers: JSON.stringify(answers), keepPages });
    const { stored, commitMs, keepMs } = await new Promise<{ stored: number; commitMs: number[]; keepMs: number[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const sorted = commitMs.sort((a, b) => a - b);
    const kept = keepMs.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      groupSize,
      perSec: stored / seconds,
      commitP50: round(quantile(sorted, 0.5)),
      commitP99: round(quantile(sorted, 0.99)),
      keepP50: round(quantile(kept, 0.5)),
      keepP99: round(quantile(kept, 0.99)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
