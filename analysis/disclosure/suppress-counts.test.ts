import { describe, expect, it } from 'vitest';
import { suppressCounts } from './suppress-counts.ts';

const shownOf = (r: ReturnType<typeof suppressCounts>) =>
  Object.entries(r)
    .filter(([, c]) => c.shown)
    .map(([g]) => g)
    .sort();

describe('suppressCounts', () => {
  it('shows every group at or above k', () => {
    expect(suppressCounts({ a: 5, b: 9 }, 5)).toEqual({ a: { shown: true, n: 5 }, b: { shown: true, n: 9 } });
  });

  it('hides a group below k and, since it is alone, the smallest shown group too', () => {
    const r = suppressCounts({ a: 12, b: 3, c: 20 }, 5);
    expect(shownOf(r)).toEqual(['c']);
    expect(r.b).toEqual({ shown: false, reason: 'te weinig antwoorden' });
  });

  it('needs no secondary suppression when the hidden groups cannot be told apart and sum to k or more', () => {
    expect(shownOf(suppressCounts({ a: 3, b: 2, c: 4, d: 30 }, 5))).toEqual(['d']);
    expect(shownOf(suppressCounts({ a: 3, b: 4, d: 30, e: 31 }, 5))).toEqual(['d', 'e']);
  });

  it('hides more when the hidden groups together are still below k', () => {
    expect(shownOf(suppressCounts({ a: 1, b: 2, c: 6, d: 30 }, 5))).toEqual(['d']);
  });

  it('never lets a hidden count be recovered from the total and the shown counts', () => {
    const cases: Record<string, number>[] = [{ a: 1, b: 7, c: 8 }, { a: 4, b: 40 }, { a: 2, b: 2, c: 50 }, { a: 0, b: 3, c: 9, d: 10 }];
    for (const counts of cases) {
      const r = suppressCounts(counts, 5);
      const hiddenGroups = Object.keys(r).filter((g) => !r[g]!.shown);
      if (hiddenGroups.length === 0) continue;
      // What subtraction reveals is the sum of the hidden groups; it must cover more than one group
      // and not be a small number that identifies a few people.
      const revealed = hiddenGroups.reduce((s, g) => s + counts[g]!, 0);
      expect(hiddenGroups.length).toBeGreaterThan(1);
      expect(revealed === 0 || revealed >= 5).toBe(true);
    }
  });

  it('refuses k below 1', () => {
    expect(() => suppressCounts({ a: 1 }, 0)).toThrow('suppressCounts requires k >= 1');
  });
});
