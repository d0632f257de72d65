import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCounts } from '../disclosure/suppress-counts.ts';
import { isDisclosive, ruleFor, suppressBreakdown, suppressTable, type CellSummary, type IndicatorTable } from './disclosure.ts';

/** A proportion's cell: n respondents of whom x have the outcome. */
const binary = (n: number, x: number): CellSummary => ({
  n,
  low: n === 0 ? Infinity : x < n ? 0 : 1,
  high: n === 0 ? -Infinity : x > 0 ? 1 : 0,
});

function table(cells: Record<string, [number, number]>, k = 5) {
  const map = new Map(Object.entries(cells).map(([g, [n, x]]) => [g, binary(n, x)]));
  const n = Object.values(cells).reduce((s, [c]) => s + c, 0);
  const x = Object.values(cells).reduce((s, [, c]) => s + c, 0);
  return suppressTable(binary(n, x), map, ruleFor(k));
}
const hiddenOf = (r: { hidden: Set<string> }) => [...r.hidden].sort();

describe('suppressTable', () => {
  it('shows every group of at least k with mixed answers', () => {
    expect(hiddenOf(table({ a: [5, 2], b: [9, 4] }))).toEqual([]);
  });

  it('hides a small group and, since it would be alone, its smallest sibling', () => {
    expect(hiddenOf(table({ a: [12, 5], b: [3, 1], c: [20, 8] }))).toEqual(['a', 'b']);
  });

  it('hides a small group in which everyone gave the same answer, and a sibling with it', () => {
    // 8 of 8: everyone in a group of fewer than 2k = 10 said yes.
    expect(isDisclosive(binary(8, 8), ruleFor(5))).toBe(true);
    expect(isDisclosive(binary(8, 0), ruleFor(5))).toBe(true);
    expect(isDisclosive(binary(10, 10), ruleFor(5))).toBe(false);
    expect(hiddenOf(table({ a: [8, 8], b: [30, 10], c: [40, 12] }))).toEqual(['a', 'b']);
  });

  it('keeps hiding while the hidden groups together are all one answer', () => {
    // a (8/8) and b (12/12) together are 20/20: subtraction would prove everyone in a said yes.
    expect(hiddenOf(table({ a: [8, 8], b: [12, 12], c: [40, 12] }))).toEqual(['a', 'b', 'c']);
  });

  it('hides nothing for one answer when the shown total is all that answer: it says so of every group', () => {
    // Nobody of 38 named the reason: 0 of 8 in a says nothing the total does not.
    expect(hiddenOf(table({ a: [8, 0], b: [12, 0], c: [18, 0] }))).toEqual([]);
    // Below k is still hidden, with a sibling; that they are all 0 too is the total's to say.
    expect(hiddenOf(table({ a: [3, 0], b: [12, 0], c: [18, 0] }))).toEqual(['a', 'b']);
  });

  it('hides more while the hidden groups together are below k', () => {
    expect(hiddenOf(table({ a: [1, 0], b: [2, 1], c: [6, 3], d: [30, 9] }))).toEqual(['a', 'b', 'c']);
  });

  it('hides the whole table when the total may not be shown', () => {
    const r = table({ a: [2, 1], b: [2, 0] });
    expect(r.totalHidden).toBe(true);
    expect(hiddenOf(r)).toEqual(['a', 'b']);
    expect(table({ a: [4, 4], b: [4, 4] }).totalHidden).toBe(true); // 8/8 overall
  });

  it('uses the stricter k of a special-category breakdown', () => {
    expect(hiddenOf(table({ a: [8, 3], b: [30, 10], c: [40, 12] }, 10))).toEqual(['a', 'b']);
  });

  it('treats a mean whose values are all equal like a one-answer proportion', () => {
    const mean = (n: number, low: number, high: number): CellSummary => ({ n, low, high });
    const cells = new Map([['a', mean(6, 4, 4)], ['b', mean(30, 1, 5)], ['c', mean(40, 1, 5)]]);
    expect(hiddenOf(suppressTable(mean(76, 1, 5), cells, ruleFor(5)))).toEqual(['a', 'b']);
  });

  it('is suppressCounts when no group is all one answer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-f]$/), fc.nat({ max: 40 }), { minKeys: 1 }), fc.integer({ min: 1, max: 10 }), (counts, k) => {
        // Every non-empty cell has both answers, so only the counts matter.
        const cells = new Map(Object.entries(counts).map(([g, n]) => [g, { n, low: n > 0 ? 0 : Infinity, high: n > 0 ? 1 : -Infinity }]));
        const total = Object.values(counts).reduce((s, n) => s + n, 0);
        const ours = suppressTable({ n: total, low: total > 0 ? 0 : Infinity, high: total > 0 ? 1 : -Infinity }, cells, { k, smallGroup: k });
        const theirs = suppressCounts(counts, k);
        if (ours.totalHidden) expect(total).toBeLessThan(k);
        else expect(hiddenOf(ours)).toEqual(Object.keys(theirs).filter((g) => !theirs[g]!.shown).sort());
      }),
    );
  });
});

describe('no hidden cell can be recovered from what is published', () => {
  // An attacker sees the total (n, x), every shown group (n, x), and which groups are hidden. Worst
  // case, they also know every group's n (other indicators with the same respondents publish it).
  // Subtraction gives the hidden groups' sums n_H and x_H; a hidden group's x is then pinned down to
  // max(0, x_H − (n_H − n_i)) .. min(n_i, x_H). Each group that had to be hidden (below k, or a
  // small group all of one answer) must keep at least two possible values, and its n must not follow
  // from the published figures alone. (A sibling hidden only to cover it may well be recoverable:
  // it could have been shown.)
  const groups = fc.array(
    fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
    { minLength: 1, maxLength: 8 },
  );

  it('for proportions, including one-answer groups', () => {
    fc.assert(
      fc.property(groups, fc.constantFrom(5, 10), (cells, k) => {
        const named = Object.fromEntries(cells.map((c, i) => [`g${i}`, c])) as Record<string, [number, number]>;
        const r = table(named, k);
        const nT = cells.reduce((s, [n]) => s + n, 0);
        const xT = cells.reduce((s, [, x]) => s + x, 0);
        if (r.totalHidden) return; // nothing of this table is published
        const hidden = Object.keys(named).filter((g) => r.hidden.has(g));
        const nH = nT - Object.keys(named).filter((g) => !r.hidden.has(g)).reduce((s, g) => s + named[g]![0], 0);
        const xH = xT - Object.keys(named).filter((g) => !r.hidden.has(g)).reduce((s, g) => s + named[g]![1], 0);
        const totalIsOneAnswer = xT === 0 || xT === nT; // then every group is, and the total says so itself
        for (const g of hidden) {
          const [n, x] = named[g]!;
          if (n === 0 || !isDisclosive(binary(n, x), ruleFor(k))) continue;
          // Without knowing n: the hidden n's only sum to nH, and there are at least two of them.
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          // Knowing every n: x of this group is still uncertain.
          const lower = Math.max(0, xH - (nH - n));
          const upper = Math.min(n, xH);
          if (!totalIsOneAnswer) expect(upper - lower).toBeGreaterThanOrEqual(1);
          // And what subtraction yields is never a small group or all one answer.
          expect(nH).toBeGreaterThanOrEqual(k);
          if (!totalIsOneAnswer) expect(xH > 0 && xH < nH).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('for means: a hidden group is never alone in what subtraction yields, nor all one value', () => {
    const values = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 25 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(values, (groupsValues) => {
        const summary = (v: number[]): CellSummary => ({ n: v.length, low: Math.min(...v), high: Math.max(...v) });
        const cells = new Map(groupsValues.map((v, i) => [`g${i}`, summary(v)]));
        const all = groupsValues.flat();
        const r = suppressTable(summary(all), cells, ruleFor(5));
        if (r.totalHidden || new Set(all).size === 1) return;
        const hidden = groupsValues.filter((_, i) => r.hidden.has(`g${i}`));
        const pooled = hidden.flat();
        // Only groups that had to be hidden need protecting; empty ones hold nothing.
        if (!hidden.some((v) => v.length > 0 && isDisclosive(summary(v), ruleFor(5)))) return;
        // From the total and the shown groups' n, mean and sd, subtraction gives the count, sum and
        // sum of squares of the hidden groups together: they must hold two non-empty groups, at
        // least k values, and not one value repeated (which would reveal every answer).
        expect(hidden.filter((v) => v.length > 0).length).toBeGreaterThanOrEqual(2);
        expect(pooled.length).toBeGreaterThanOrEqual(5);
        expect(new Set(pooled).size).toBeGreaterThan(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('suppressBreakdown: a filtered question (rule 6)', () => {
  // Groups as [respondents, met the condition, said yes to the filtered question]; the filtered
  // indicator's n in a group is how many met the condition.
  function breakdown(groups: Record<string, [number, number, number]>, withP: boolean, k = 5) {
    const entries = Object.entries(groups);
    const sum = (i: number) => entries.reduce((s, [, g]) => s + g[i]!, 0);
    const p: IndicatorTable = { total: binary(sum(0), sum(1)), cells: new Map(entries.map(([g, [R, c]]) => [g, binary(R, c)])), rule: ruleFor(k) };
    const f: IndicatorTable = {
      total: binary(sum(1), sum(2)),
      cells: new Map(entries.map(([g, [, c, r]]) => [g, binary(c, r)])),
      rule: ruleFor(k),
      filter: { on: withP ? [0] : [], family: 1, reach: true },
    };
    const results = suppressBreakdown(withP ? [p, f] : [f], { total: sum(0), groups: new Map(entries.map(([g, [R]]) => [g, R])) });
    return results.map(hiddenOf);
  }

  it('hides a small group in which everyone met the condition, though its own answers could be shown', () => {
    // a: 8 of 8 experienced it (3 reported): the n of "reported" says all 8 did.
    const groups = { a: [8, 8, 3], b: [30, 12, 5], c: [40, 20, 9] } satisfies Record<string, [number, number, number]>;
    expect(hiddenOf(table({ a: [8, 3], b: [12, 5], c: [20, 9] }))).toEqual([]);
    expect(breakdown(groups, false)).toEqual([['a', 'b']]);
  });

  it('goes on hiding while the hidden groups together hold nobody who met the condition', () => {
    // a (6 people, none met it) and the empty b: n 0 in both would say so of all six.
    expect(breakdown({ a: [6, 0, 0], b: [0, 0, 0], c: [30, 12, 5], d: [40, 20, 9] }, false)).toEqual([['a', 'b', 'c']]);
  });

  it('hides every group that the indicator on the condition hides', () => {
    // P hides h (8 of 8) and g to cover it. Shown, the n of g (10) would give h's count from P's total.
    const groups = { g: [30, 10, 4], h: [8, 8, 4], j: [40, 9, 4] } satisfies Record<string, [number, number, number]>;
    expect(breakdown(groups, true)).toEqual([['g', 'h'], ['g', 'h', 'j']]);
  });

  it('needs nothing more when everyone in a large wave met the condition: the total says it', () => {
    expect(breakdown({ a: [8, 8, 3], b: [30, 30, 12], c: [40, 40, 9] }, false)).toEqual([[]]);
  });
});

describe('no count behind a filtered question can be recovered from its n', () => {
  // A filtered question F ("did you report it?") is shown only to those who met a condition C
  // ("experienced discrimination") and answered whenever shown, so F's n in a group is the group's
  // count c of C. Per group: R respondents, c of them met C, r (and r2) of those said yes to F (and
  // to F2, a second question shown under C). P, when there, is the proportion of C (n R, x c).
  // The attacker sees every published table and, worst case, every group's R. From a shown cell of
  // P, F or F2 they read c; from a table's total minus its shown cells, the sum of c over its hidden
  // groups (and the difference of two such sums over nested sets). A group whose c out of R may not
  // be shown on its own (below k, or everyone or nobody in a small group) must keep c uncertain.
  const groups = fc.array(
    fc.integer({ min: 0, max: 30 }).chain((n) =>
      fc.integer({ min: 0, max: n }).chain((c) => fc.tuple(fc.constant(n), fc.constant(c), fc.integer({ min: 0, max: c }), fc.integer({ min: 0, max: c }))),
    ),
    { minLength: 1, maxLength: 6 },
  );

  it('whether or not an indicator on the condition is published, and with a second filtered question', () => {
    fc.assert(
      fc.property(groups, fc.constantFrom(5, 10), fc.boolean(), fc.boolean(), (cells, k, withP, withF2) => {
        const keys = cells.map((_, i) => `g${i}`);
        const sum = (f: (c: (typeof cells)[number]) => number) => cells.reduce((s, c) => s + f(c), 0);
        const table = (n: (c: (typeof cells)[number]) => number, x: (c: (typeof cells)[number]) => number): Omit<IndicatorTable, 'rule'> => ({
          total: binary(sum(n), sum(x)),
          cells: new Map(cells.map((c, i) => [keys[i]!, binary(n(c), x(c))])),
        });
        const rule = ruleFor(k);
        const filter = { on: withP ? [0] : [], family: 1, reach: true };
        const tables: IndicatorTable[] = [
          ...(withP ? [{ ...table(([R]) => R, ([, c]) => c), rule }] : []),
          { ...table(([, c]) => c, ([, , r]) => r), rule, filter },
          ...(withF2 ? [{ ...table(([, c]) => c, ([, , , r2]) => r2), rule, filter }] : []),
        ];
        const respondents = { total: sum(([R]) => R), groups: new Map(cells.map(([R], i) => [keys[i]!, R])) };
        const results = suppressBreakdown(tables, respondents);
        const cT = sum(([, c]) => c);
        if (cT === 0 || cT === respondents.total) return; // the total says it of everyone

        const known = new Set(keys.filter((g) => results.some((r) => !r.totalHidden && !r.hidden.has(g))));
        const count = (g: string) => cells[keys.indexOf(g)]![1];
        const size = (g: string) => cells[keys.indexOf(g)]![0];
        // Each published total gives the sum of c over the groups its table hides that c is not otherwise known for.
        const sums: { over: string[]; value: number }[] = results
          .filter((r) => !r.totalHidden)
          .map((r) => {
            const over = [...r.hidden].filter((g) => !known.has(g));
            return { over, value: over.reduce((s, g) => s + count(g), 0) };
          });
        for (const a of [...sums]) {
          for (const b of [...sums]) {
            const rest = b.over.filter((g) => !a.over.includes(g));
            if (a !== b && a.over.every((g) => b.over.includes(g)) && rest.length > 0) sums.push({ over: rest, value: b.value - a.value });
          }
        }
        keys.forEach((g, i) => {
          const [R, c] = cells[i]!;
          if (R === 0 || !isDisclosive(binary(R, c), rule)) return;
          expect(known.has(g)).toBe(false);
          let lower = 0;
          let upper = R;
          for (const s of sums.filter((s) => s.over.includes(g))) {
            const others = s.over.filter((h) => h !== g).reduce((t, h) => t + size(h), 0);
            lower = Math.max(lower, s.value - others);
            upper = Math.min(upper, s.value);
          }
          expect(upper - lower).toBeGreaterThanOrEqual(1);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
