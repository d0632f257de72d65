import type { BatchWriter } from './writer.ts';

/** After this long without a commit of answers, the answers are rewritten. */
const QUIET_MS = 60_000;
/** Quiet-time rewrites take at most 1% of the time: wait at least 100 times as long as the last one took. */
const QUIET_FACTOR = 100;

/**
 * When to rewrite the answers (rewriteAnswers) while they come in: one minute after submissions
 * pause. Order on a page needs no rewrite: the writer keeps every page canonical at every commit
 * (page-keeper.ts, docs/decisions/024). What the rewrite still clears is what the pages' numbers
 * say: a page split takes a new page (from the freelist or the end of the file) at the moment it
 * happens. Closing a wave and a retention purge rewrite at once (rewriteAfterDeleting).
 * openDatabase makes one for an embedded answers file; the group committer calls {@link afterCommit}
 * after each commit. A rewrite runs on the writer's thread (writer-thread.ts), between two group
 * commits: the event loop goes on taking and checking submissions meanwhile, and those wait for
 * their commit until the rewrite is done.
 */
export class RewriteSchedule {
  private quiet: NodeJS.Timeout | undefined;
  private lastMs = 0;
  private running: Promise<void> | undefined;

  constructor(private readonly writer: BatchWriter) {}

  /** Counts `stored` answers just committed: rewrites once no answer has come for a quiet minute. */
  async afterCommit(stored: number): Promise<void> {
    if (stored === 0) return;
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => void this.rewrite(), Math.max(QUIET_MS, QUIET_FACTOR * this.lastMs));
    this.quiet.unref();
  }

  /** Rewrites now, unless a rewrite is already running. Failures (a busy or closed database) are logged by name and retried after the next answers. */
  rewrite(): Promise<void> {
    this.running ??= (async () => {
      clearTimeout(this.quiet);
      const started = performance.now();
      try {
        await this.writer.rewriteAnswers();
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
}
