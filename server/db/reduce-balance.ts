/**
 * Which pages of answers the read thread reduces (analysis/answer-columns.ts) and which the tally's
 * own thread does, so that on two cores neither waits long for the other. Per page, in milliseconds
 * (running means): the read thread reads (`read`) and may reduce (`reduce`); the tally's thread
 * tallies (`tally`) and reduces a page that came as read (`reduceHere`: split, parse, reduce). With
 * a share f of the pages reduced there, the threads take read + f·reduce and
 * tally + (1 − f)·reduceHere a page; f makes them equal (0 to 1). Measured on the bench at 1M
 * answers, about half the pages are reduced on each thread.
 */
export class ReduceBalance {
  private read = 0;
  private reduce = 0;
  private reduceHere = 0;
  private tally = 0;
  /** Pages owed to the read thread: each page adds f, and a page reduced there takes one. */
  private credit = 0;

  /** Whether the read thread should reduce the next page. */
  nextOnThread(): boolean {
    // Until both ways of reducing were measured, the read thread reduces (the first page is reduced here).
    const f = this.reduce === 0 || this.reduceHere === 0 ? 1 : Math.min(1, Math.max(0, (this.tally + this.reduceHere - this.read) / (this.reduce + this.reduceHere)));
    this.credit += f;
    if (this.credit < 0.5) return false;
    this.credit -= 1;
    return true;
  }

  /** A page read (and reduced, when it was) on the read thread. */
  readThere(readMs: number, reduceMs?: number): void {
    this.read = mean(this.read, readMs);
    if (reduceMs !== undefined) this.reduce = mean(this.reduce, reduceMs);
  }

  /** A page reduced on the tally's thread. */
  reducedHere(ms: number): void {
    this.reduceHere = mean(this.reduceHere, ms);
  }

  /** A page tallied. */
  tallied(ms: number): void {
    this.tally = mean(this.tally, ms);
  }
}

/** A running mean that follows the last few pages (the machine's load changes). */
const mean = (last: number, ms: number) => (last === 0 ? ms : 0.8 * last + 0.2 * ms);
