import { describe, expect, it } from 'vitest';
import { goalOf, periodEnd, sideOf, targetFigures, type TargetSpec } from './target.ts';

// Reference values: R 4.2.2.
//   ci <- prop.test(37, 100, correct = FALSE)$conf.int     # Wilson score interval
//   b <- 0.32; g <- b * 1.25; (c(37/100, ci) - b) / (g - b)
// printed: ci 0.281823605343245 0.467794704190571; goal 0.4;
//   progress 0.625 -0.477204933209433 1.84743380238214
const WILSON_37_100 = { value: 0.37, lower: 0.281823605343245, upper: 0.467794704190571 };

const stated = (change: TargetSpec['change'], by = '2026'): TargetSpec => ({
  indicator: 'divers',
  group: null,
  baseline: { period: '2024' },
  change,
  by,
  source: 'Testdoel',
});
/** A baseline a researcher entered, with its source. */
const entered = (value: number) => ({ value, source: 'Testwaarde' });

describe('periodEnd', () => {
  it('places years and half-years at their end; anything else is not a target period', () => {
    expect(['2024', '2026-H1', '2026-H2'].map(periodEnd)).toEqual([2025, 2026.5, 2027]);
    expect(['proef-2', '2026-Q1', '26-H1', ''].map(periodEnd)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('sideOf', () => {
  it('says beyond from the line on (inclusive), short only wholly below it, else across', () => {
    expect([sideOf(0.6, 0.7, 0.6), sideOf(0.5, 0.59, 0.6), sideOf(0.5, 0.6, 0.6)]).toEqual(['beyond', 'short', 'across']);
  });
});

describe('goalOf', () => {
  it('applies a relative or an absolute change', () => {
    expect(goalOf(0.32, { relative: 0.25 })).toBeCloseTo(0.4, 12);
    expect(goalOf(0.2, { absolute: -0.05 })).toBeCloseTo(0.15, 12);
    expect(goalOf(60, { relative: -0.1 })).toBeCloseTo(54, 12);
  });
});

describe('targetFigures', () => {
  it('maps the Wilson interval (R) to progress from 0.32 to the goal 0.40; straight line 75% in 2026-H1', () => {
    const t = targetFigures(stated({ relative: 0.25 }), '2026-H1', WILSON_37_100, entered(0.32));
    expect(t.goal).toBeCloseTo(0.4, 12);
    expect(t.progress).toBeCloseTo(0.625, 12);
    expect(t.progressLower).toBeCloseTo(-0.477204933209433, 10);
    expect(t.progressUpper).toBeCloseTo(1.84743380238214, 10);
    // Baseline 2024 ends at 2025.0, the deadline 2026 at 2027.0, 2026-H1 at 2026.5: (1.5 / 2).
    expect(t.expectedProgress).toBe(0.75);
    expect(t.status).toBe('undetermined');
  });

  it('reached: the whole interval at or beyond the goal, also before the deadline', () => {
    const t = targetFigures(stated({ relative: 0.25 }), '2025-H2', { value: 0.45, lower: 0.41, upper: 0.49 }, entered(0.32));
    expect(t.progressLower).toBeCloseTo(1.125, 12);
    expect(t.status).toBe('reached');
  });

  it('not reached: at the deadline, the whole interval short of the goal', () => {
    const t = targetFigures(stated({ relative: 0.25 }), '2026-H2', { value: 0.33, lower: 0.3, upper: 0.36 }, entered(0.32));
    expect(t.expectedProgress).toBe(1);
    expect(t.progressUpper).toBeCloseTo(0.5, 12);
    expect(t.status).toBe('not_reached');
    // The same interval reaching the goal: no verdict.
    expect(targetFigures(stated({ relative: 0.25 }), '2026-H2', { value: 0.37, lower: 0.33, upper: 0.41 }, entered(0.32)).status).toBe('undetermined');
  });

  it('behind or on track: before the deadline, against the straight line from baseline to goal', () => {
    // 2026-H1: 75% of the way expected, i.e. 0.38.
    expect(targetFigures(stated({ relative: 0.25 }), '2026-H1', { value: 0.33, lower: 0.31, upper: 0.35 }, entered(0.32)).status).toBe('behind');
    // 2025-H2: 50% expected (0.36); the interval 0.37-0.39 is wholly above it but short of the goal.
    const ahead = targetFigures(stated({ relative: 0.25 }), '2025-H2', { value: 0.38, lower: 0.37, upper: 0.39 }, entered(0.32));
    expect(ahead.expectedProgress).toBe(0.5);
    expect(ahead.progressLower).toBeCloseTo(0.625, 12);
    expect(ahead.status).toBe('on_track');
  });

  it('a decrease: progress counts down from the baseline, the interval ends swap', () => {
    const t = targetFigures(stated({ absolute: -0.05 }, '2026-H2'), '2026-H1', { value: 0.17, lower: 0.15, upper: 0.19 }, entered(0.2));
    expect(t.goal).toBeCloseTo(0.15, 12);
    expect(t.progress).toBeCloseTo(0.6, 12);
    expect(t.progressLower).toBeCloseTo(0.2, 12);
    expect(t.progressUpper).toBeCloseTo(1, 12);
    // Baseline 2024 (end 2025), deadline 2026-H2 (end 2027), now 2026.5: 75% expected; 0.2-1.0 straddles it.
    expect(t.status).toBe('undetermined');
  });

  it('a baseline wave: figures but no status (the goal is an estimate too); no baseline: only the straight line', () => {
    const spec: TargetSpec = { indicator: 'divers', group: null, baseline: { wave: '2025-H2' }, change: { absolute: 0.05 }, by: '2026-H2', source: 'Testdoel' };
    const t = targetFigures(spec, '2026-H1', WILSON_37_100, { value: 0.3, source: null });
    expect(t.progress).toBeCloseTo(1.4, 12);
    expect(t.expectedProgress).toBe(0.5);
    expect(t.status).toBeNull();
    expect(targetFigures(spec, '2026-H1', WILSON_37_100, null)).toEqual({
      baseline: null,
      goal: null,
      progress: null,
      progressLower: null,
      progressUpper: null,
      expectedProgress: 0.5,
      status: null,
      source: 'Testdoel',
      baselineSource: null,
    });
  });

  it('edges: no interval, a goal equal to the baseline, a period that is not a year or half-year', () => {
    const noInterval = targetFigures(stated({ relative: 0.25 }), '2026-H1', { value: 0.4, lower: null, upper: null }, entered(0.32));
    expect(noInterval).toMatchObject({ progress: expect.closeTo(1, 12), progressLower: null, progressUpper: null, status: 'undetermined' });
    expect(targetFigures(stated({ relative: 0.25 }), '2026-H1', WILSON_37_100, entered(0))).toMatchObject({ goal: 0, progress: null, status: null });
    expect(targetFigures(stated({ relative: 0.25 }), 'proef-2', WILSON_37_100, entered(0.32))).toMatchObject({ expectedProgress: null, status: 'undetermined' });
  });
});
