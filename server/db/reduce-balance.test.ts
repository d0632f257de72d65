import { describe, expect, it } from 'vitest';
import { ReduceBalance } from './reduce-balance.ts';

/** The share of `pages` pages the balance gives the read thread, with these costs a page (ms). */
function shareOnThread(costs: { read: number; reduce: number; reduceHere: number; tally: number }, pages = 1000): number {
  const balance = new ReduceBalance();
  let onThread = 0;
  for (let i = 0; i < pages; i++) {
    // The first page is read and reduced on the tally's thread (answer-pages.ts).
    const there = i > 0 && balance.nextOnThread();
    if (there) onThread++;
    balance.readThere(costs.read, there ? costs.reduce : undefined);
    if (!there) balance.reducedHere(costs.reduceHere);
    balance.tallied(costs.tally);
  }
  return onThread / pages;
}

describe('reduce balance', () => {
  it('gives the read thread the share of pages that makes both threads take as long a page', () => {
    // read + f·reduce = tally + (1 − f)·reduceHere: 5 + 8f = 5 + 8(1 − f), f = 1/2.
    expect(shareOnThread({ read: 5, reduce: 8, reduceHere: 8, tally: 5 })).toBeCloseTo(0.5, 2);
    // 2 + 6f = 4 + 6(1 − f): f = 2/3.
    expect(shareOnThread({ read: 2, reduce: 6, reduceHere: 6, tally: 4 })).toBeCloseTo(2 / 3, 2);
  });

  it('reduces everything on the thread that is idle otherwise, and nothing on a thread already slower', () => {
    // Every page but the first, which is reduced here.
    expect(shareOnThread({ read: 1, reduce: 5, reduceHere: 5, tally: 20 })).toBe(0.999);
    // Only the second page, before reducing there was measured, goes to the read thread.
    expect(shareOnThread({ read: 30, reduce: 5, reduceHere: 5, tally: 1 })).toBe(0.001);
  });
});
