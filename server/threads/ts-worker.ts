import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread running the TypeScript module `entry` (a file: URL), with `data` as its
 * `workerData.data`. Works alike under tsx, vitest and the bench (see ts-worker-boot.mjs).
 */
export function startTsWorker(entry: URL, data: unknown): Worker {
  return new Worker(new URL('./ts-worker-boot.mjs', import.meta.url), { workerData: { entry: entry.href, data } });
}
