// Boots a worker thread on a TypeScript module: worker threads do not inherit tsx's loader from
// the thread that starts them (nor from vitest), so each one registers it before importing its entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
