import type { Client } from '@libsql/client';
import type { BatchWriter } from './writer.ts';

/** Answers stored since the last rewrite, as a share of those there were then, that start the next one. */
const SHARE = 0.01;
/** ...but never fewer than this many answers. */
const MIN_ANSWERS = 16;
/** After this long without a commit, answers stored since the last rewrite are rewritten anyway. */
const QUIET_MS = 60_000;
/** Quiet-time rewrites take at most 1% of the time: wait at least 100 times as long as the last one took. */
const QUIET_FACTOR = 100;

/**
 * When to rewrite the answers (rewriteAnswers). SQLite puts each new cell below the cells already
 * on its page, so between rewrites the byte offsets of the newest answers on a page keep their
 * order of arrival. Rewriting once the answers since the last rewrite reach 1% of the total (at
 * least 16), and whenever submissions pause for a minute, bounds that to the newest 1% while answers
 * flow and to nothing once they stop. The price: each answer is copied about 100 times over its
 * life (measured in `npm run bench`).
 * openDatabase makes one for an embedded answers file; the group committer calls {@link afterCommit}
 * after each commit. A rewrite runs on the writer's thread (writer-thread.ts), between two group
 * commits: the event loop goes on taking and checking submissions meanwhile, and those wait for
 * their commit until the rewrite is done.
 */
export class RewriteSchedule {
  private since = 0;
  private base: number | undefined;
  private quiet: NodeJS.Timeout | undefined;
  private lastMs = 0;
  private running: Promise<void> | undefined;

  constructor(
    private readonly client: Client,
    private readonly writer: BatchWriter,
  ) {}

  /** Counts `stored` answers just committed; rewrites now if they make the share, else after a quiet minute. */
  async afterCommit(stored: number): Promise<void> {
    if (stored === 0) return;
    this.since += stored;
    this.base ??= await this.count();
    clearTimeout(this.quiet);
    if (this.since >= Math.max(MIN_ANSWERS, SHARE * this.base)) return this.rewrite();
    this.quiet = setTimeout(() => void this.rewrite(), Math.max(QUIET_MS, QUIET_FACTOR * this.lastMs));
    this.quiet.unref();
  }

  /** Rewrites now, unless a rewrite is already running. Failures (a busy or closed database) are logged by name and retried with the next commit. */
  rewrite(): Promise<void> {
    this.running ??= (async () => {
      clearTimeout(this.quiet);
      const started = performance.now();
      try {
        await this.writer.rewriteAnswers();
        this.base = await this.count();
        this.since = 0;
        this.lastMs = performance.now() - started;
      } catch (e) {
        if ((e as { code?: string }).code !== 'CLIENT_CLOSED') console.error(`Rewriting the answers file failed (${(e as Error).name}); it is tried again after the next answers.`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Resolves once no rewrite is running (one that starts later is not waited for). */
  async settled(): Promise<void> {
    await this.running;
  }

  private async count(): Promise<number> {
    return Number((await this.client.execute('SELECT count(*) AS n FROM responses')).rows[0]?.n ?? 0);
  }
}
