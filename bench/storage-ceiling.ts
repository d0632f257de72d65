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
  const { stored, commitMs, keepMs } = await commitGroups(groupSize, seconds, answers, keepPages);
  return summary(groupSize, stored / seconds, commitMs, keepMs);
}

/**
 * The storage path as its tables grow: groups of `groupSize` committed into one file that starts
 * empty until it holds `rows` answers, reported per quarter (the rows there are at its end; the
 * rate and times of the quarter's groups alone). Shows what a group costs with more rows, where
 * the 5-second runs above stay small.
 */
export async function storageAsTablesGrow(groupSize: number, rows: number, answers: Record<string, unknown>, keepPages: boolean): Promise<(CeilingResult & { rows: number })[]> {
  const { commitMs, keepMs } = await commitGroups(groupSize, 600, answers, keepPages, rows);
  const groups = commitMs.length;
  return [1, 2, 3, 4].map((q) => {
    const [from, to] = [Math.floor(((q - 1) * groups) / 4), Math.floor((q * groups) / 4)];
    const commits = commitMs.slice(from, to);
    const perSec = ((to - from) * groupSize * 1000) / commits.reduce((a, b) => a + b, 0);
    return { ...summary(groupSize, perSec, commits, keepMs.slice(from, to)), rows: to * groupSize };
  });
}

async function commitGroups(groupSize: number, seconds: number, answers: Record<string, unknown>, keepPages: boolean, rows?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'peil-ceiling-'));
  try {
    const path = join(dir, 'ceiling.db');
    (await openDatabase(`file:${path}`)).close(); // Peil's schema and page size
    const worker = startTsWorker(new URL('./storage-ceiling-worker.ts', import.meta.url), { path, groupSize, seconds, rows, answers: JSON.stringify(answers), keepPages });
    const result = await new Promise<{ stored: number; commitMs: number[]; keepMs: number[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summary(groupSize: number, perSec: number, commitMs: number[], keepMs: number[]): CeilingResult {
  const sorted = [...commitMs].sort((a, b) => a - b);
  const kept = [...keepMs].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    groupSize,
    perSec,
    commitP50: round(quantile(sorted, 0.5)),
    commitP99: round(quantile(sorted, 0.99)),
    keepP50: round(quantile(kept, 0.5)),
    keepP99: round(quantile(kept, 0.99)),
  };
}
