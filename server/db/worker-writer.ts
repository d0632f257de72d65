import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../threads/ts-worker.ts';
import { retryWhileBusy, WRITER_RESTARTED } from './busy-retry.ts';
import { refusalFrom } from './refusal.ts';
import { CRASH_POINTS, type WriterReply, type WriterRequest, type WriterThreadData } from './writer-protocol.ts';
import type { BatchWriter, Rows, Statement } from './writer.ts';

type Pending = { resolve(rows: Rows[]): void; reject(e: unknown): void };

/**
 * The embedded file's writer: a worker thread (writer-thread.ts) with its own connection. If the
 * thread dies, every transaction it had not answered fails with WRITER_RESTARTED, which the
 * busy retry runs again on a new thread: one that had committed finds its rows there and gives the
 * same outcome (the statements are written to), one that had not is written now. Nothing is
 * acknowledged that the thread did not report committed.
 */
export class WorkerWriter implements BatchWriter {
  private thread: { worker: Worker; ready: Promise<void> } | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;

  private readonly data: WriterThreadData;

  constructor(data: Omit<WriterThreadData, 'crashAt'>) {
    this.data = { ...data, crashAt: new SharedArrayBuffer(4) };
  }

  /** Starts the thread and waits until its connection is checked (file-settings.ts); throws what is wrong. */
  async open(): Promise<void> {
    await this.started().ready;
  }

  write(statements: Statement[]): Promise<Rows[]> {
    return retryWhileBusy(() => this.send((id) => ({ id, kind: 'write', statements })));
  }

  async rewriteAnswers(): Promise<boolean> {
    await retryWhileBusy(() => this.send((id) => ({ id, kind: 'rewrite' })));
    return true;
  }

  /**
   * Makes the thread end itself at a random one of its crash points (writer-thread.ts), as a crash
   * would, at its next transaction; resolves once it has. For tests: nothing acknowledged may be lost.
   */
  async crash(): Promise<void> {
    const worker = this.thread?.worker;
    if (!worker) return;
    const exited = new Promise((r) => worker.once('exit', r));
    Atomics.store(new Int32Array(this.data.crashAt), 0, 1 + Math.floor(Math.random() * CRASH_POINTS));
    await exited;
  }

  /** Lets the thread finish what it was sent and close its connection; stops it after 2 s if it has not. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.thread?.worker;
    if (!worker) return;
    const exited = new Promise((r) => worker.once('exit', r));
    worker.postMessage({ kind: 'close' } satisfies WriterRequest);
    const timer = setTimeout(() => void worker.terminate(), 2000).unref();
    await exited;
    clearTimeout(timer);
  }

  private async send(request: (id: number) => WriterRequest): Promise<Rows[]> {
    if (this.closed) throw Object.assign(new Error('The database is closed.'), { code: 'CLIENT_CLOSED' });
    const thread = this.started();
    await thread.ready;
    const id = this.nextId++;
    return new Promise<Rows[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      thread.worker.postMessage(request(id));
    });
  }

  private started(): { worker: Worker; ready: Promise<void> } {
    if (this.thread) return this.thread;
    const worker = startTsWorker(new URL('./writer-thread.ts', import.meta.url), this.data);
    // The thread never keeps the process alive by itself (the command line opens databases too).
    worker.unref();
    // An uncaught error ends the thread; its 'exit' below settles what it had not answered.
    worker.on('error', (e) => console.error(`The writer thread failed (${e.name}); the next write starts it again.`));
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: WriterReply) => {
        if ('ready' in reply) return resolve();
        if ('failed' in reply) return reject(reply.refusal ? refusalFrom(reply.refusal, reply.failed) : new Error(reply.failed));
        const pending = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ('rows' in reply) pending?.resolve(reply.rows);
        else pending?.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
      });
      worker.once('exit', () => {
        reject(Object.assign(new Error('The writer thread stopped while starting.'), { code: WRITER_RESTARTED }));
        if (this.thread?.worker === worker) this.thread = undefined;
        const gone = [...this.pending.values()];
        this.pending.clear();
        for (const p of gone) p.reject(Object.assign(new Error('The writer thread stopped before answering.'), { code: WRITER_RESTARTED }));
      });
    });
    ready.catch(() => {});
    this.thread = { worker, ready };
    return this.thread;
  }
}
