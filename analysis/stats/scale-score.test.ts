import { describe, expect, it } from 'vitest';
import { scaleScore } from './scale-score.ts';

// References: hand computation, checked with R 4.2.2 mean() (e.g. mean(c(75, 100, 75))).

describe('scaleScore', () => {
  it('rescales to 0-100 and averages, reversing reversed items', () => {
    // 4 → 75, 5 → 100, reversed 2 → 100 − 25 = 75; R 4.2.2: mean(c(75, 100, 75)) = 83.3333333333333
    const score = scaleScore([4, 5, null, 2], { min: 1, max: 5, minAnswered: 2, reversed: [false, false, false, true] });
    expect(score).toBeCloseTo(83.3333333333333, 10);
  });

  it('handles other answer ranges', () => {
    // 0-10 scale: 7 → 70, 2 → 20, 10 → 100; R 4.2.2: mean(c(70, 20, 100)) = 63.3333333333333
    expect(scaleScore([7, 2, 10], { min: 0, max: 10, minAnswered: 3 })).toBeCloseTo(63.3333333333333, 10);
    // 1-4 scale: 2 → 33.333..., 3 → 66.666...; mean 50
    expect(scaleScore([2, 3], { min: 1, max: 4, minAnswered: 1 })).toBeCloseTo(50, 10);
  });

  it('gives 0 and 100 at the ends of the scale, also when all answers are equal', () => {
    expect(scaleScore([1, 1, 1], { min: 1, max: 5, minAnswered: 1 })).toBe(0);
    expect(scaleScore([5, 5, 5], { min: 1, max: 5, minAnswered: 1 })).toBe(100);
    expect(scaleScore([5, 5, 5], { min: 1, max: 5, minAnswered: 1, reversed: [true, true, true] })).toBe(0);
    expect(scaleScore([3, 3, 3], { min: 1, max: 5, minAnswered: 1 })).toBe(50);
  });

  it('is null when fewer than minAnswered items are answered', () => {
    expect(scaleScore([null, null, 3], { min: 1, max: 5, minAnswered: 2 })).toBeNull();
    expect(scaleScore([null, 4, 3], { min: 1, max: 5, minAnswered: 2 })).toBeCloseTo(62.5, 12);
    expect(scaleScore([], { min: 1, max: 5, minAnswered: 1 })).toBeNull();
  });

  it('throws on invalid options and out-of-range answers', () => {
    expect(() => scaleScore([1], { min: 5, max: 1, minAnswered: 1 })).toThrow('scaleScore requires finite min < max');
    expect(() => scaleScore([1], { min: 1, max: 5, minAnswered: 0 })).toThrow(
      'scaleScore requires an integer minAnswered >= 1',
    );
    expect(() => scaleScore([1, 2], { min: 1, max: 5, minAnswered: 1, reversed: [true] })).toThrow(
      'scaleScore requires reversed to have one entry per item',
    );
    expect(() => scaleScore([6], { min: 1, max: 5, minAnswered: 1 })).toThrow(
      'scaleScore requires every answer to lie between min and max',
    );
    expect(() => scaleScore([Number.NaN], { min: 1, max: 5, minAnswered: 1 })).toThrow(
      'scaleScore requires every answer to lie between min and max',
    );
  });
});
