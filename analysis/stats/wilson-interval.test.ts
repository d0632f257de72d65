import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval.ts';

// References: R 4.2.2 prop.test(x, n, correct = FALSE)$conf.int (the Wilson interval).
// Finite-population references: R 4.2.2, own code (reference/references.R) that
// solves (p̂ − p)² = z²·p(1 − p)/n·(N − n)/(N − 1) for p with uniroot(tol = 1e-15); it agrees
// to 1e-15 with prop.test(x, n, conf.level = 2·pnorm(z·√((N − n)/(N − 1))) − 1, correct = FALSE).

describe('wilsonInterval', () => {
  it('matches R prop.test for a typical proportion', () => {
    // R 4.2.2: prop.test(3, 10, correct = FALSE)$conf.int
    const { lower, upper } = wilsonInterval(3, 10);
    expect(lower).toBeCloseTo(0.107791267406301, 9);
    expect(upper).toBeCloseTo(0.603221852538855, 9);
  });

  it('uses the confidence level', () => {
    // R 4.2.2: prop.test(81, 263, conf.level = 0.9, correct = FALSE)$conf.int
    const { lower, upper } = wilsonInterval(81, 263, { confidence: 0.9 });
    expect(lower).toBeCloseTo(0.263313617188481, 9);
    expect(upper).toBeCloseTo(0.356566349608488, 9);
  });

  it('has lower limit exactly 0 when p = 0', () => {
    // R 4.2.2: prop.test(0, 25, correct = FALSE)$conf.int
    const { lower, upper } = wilsonInterval(0, 25);
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(0.133192250939048, 9);
  });

  it('has upper limit exactly 1 when p = 1', () => {
    // R 4.2.2: prop.test(25, 25, correct = FALSE)$conf.int
    const { lower, upper } = wilsonInterval(25, 25);
    expect(lower).toBeCloseTo(0.866807749060952, 9);
    expect(upper).toBe(1);
    // R 4.2.2: prop.test(1, 1, correct = FALSE)$conf.int
    expect(wilsonInterval(1, 1).lower).toBeCloseTo(0.206549314377238, 9);
  });

  it('returns [0, 1] when n = 0, with or without a population size', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(wilsonInterval(0, 0, { populationSize: 50 })).toEqual({ lower: 0, upper: 1 });
  });

  it('applies the finite-population correction', () => {
    // R 4.2.2 own code (uniroot on the score equation with the (N − n)/(N − 1) variance)
    const small = wilsonInterval(3, 10, { populationSize: 20 });
    expect(small.lower).toBeCloseTo(0.142719614208809, 9);
    expect(small.upper).toBeCloseTo(0.524552075412238, 9);
    const large = wilsonInterval(40, 120, { populationSize: 400 });
    expect(large.lower).toBeCloseTo(0.267024650924794, 9);
    expect(large.upper).toBeCloseTo(0.406965715064685, 9);
    // R 4.2.2 own code: 39 of 40 sampled from a group of 41
    const nearlyAll = wilsonInterval(39, 40, { populationSize: 41 });
    expect(nearlyAll.lower).toBeCloseTo(0.966137247047754, 9);
    expect(nearlyAll.upper).toBeCloseTo(0.981587349819605, 9);
  });

  it('keeps the exact 0 limit at p = 0 with a finite population', () => {
    // R 4.2.2: prop.test(0, 30, conf.level = 2 * pnorm(qnorm(0.975) * sqrt(30 / 59)) - 1, correct = FALSE)
    const { lower, upper } = wilsonInterval(0, 30, { populationSize: 60 });
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(0.0611293705267883, 9);
  });

  it('has no uncertainty when the whole group answered (n = N)', () => {
    expect(wilsonInterval(12, 40, { populationSize: 40 })).toEqual({ lower: 0.3, upper: 0.3 });
    expect(wilsonInterval(1, 1, { populationSize: 1 })).toEqual({ lower: 1, upper: 1 });
  });

  it('approaches the ordinary interval for a huge population', () => {
    // R 4.2.2 own code with N = 1e12
    const { lower, upper } = wilsonInterval(3, 10, { populationSize: 1e12 });
    expect(lower).toBeCloseTo(0.107791267406786, 9);
    expect(upper).toBeCloseTo(0.603221852537648, 9);
  });

  it('throws on invalid input', () => {
    expect(() => wilsonInterval(0, -1)).toThrow('wilsonInterval requires n >= 0');
    expect(() => wilsonInterval(0, Number.NaN)).toThrow('wilsonInterval requires n >= 0');
    expect(() => wilsonInterval(11, 10)).toThrow('wilsonInterval requires 0 <= successes <= n');
    expect(() => wilsonInterval(-1, 10)).toThrow('wilsonInterval requires 0 <= successes <= n');
    expect(() => wilsonInterval(3, 10, { confidence: 1 })).toThrow('wilsonInterval requires 0 < confidence < 1');
    expect(() => wilsonInterval(3, 10, { populationSize: 9 })).toThrow('wilsonInterval requires populationSize >= n');
  });

  it('always contains p̂, stays in [0, 1], and narrows with a finite population', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 5000 }),
        (n, share, extra) => {
          const x = Math.round(share * n);
          const plain = wilsonInterval(x, n);
          const finite = wilsonInterval(x, n, { populationSize: n + extra });
          const p = x / n;
          for (const { lower, upper } of [plain, finite]) {
            expect(lower).toBeGreaterThanOrEqual(0);
            expect(upper).toBeLessThanOrEqual(1);
            expect(lower).toBeLessThanOrEqual(p + 1e-12);
            expect(upper).toBeGreaterThanOrEqual(p - 1e-12);
          }
          expect(finite.upper - finite.lower).toBeLessThanOrEqual(plain.upper - plain.lower + 1e-12);
        },
      ),
    );
  });
});
