import { describe, expect, it } from 'vitest';
import { addToCell, cellSd, emptyCell, type Cell } from './cell.ts';
import { HIDDEN_FIGURES } from './disclosure.ts';
import { compareMeans, estimateMean } from './mean.ts';
import { compareProportions, estimateProportion } from './proportion.ts';
import { publishedCell } from './published-cell.ts';
import type { IndicatorKind, IndicatorRow } from './types.ts';

// After retention only published rows of a wave are left; the change tests of the next wave read
// their cells back from those rows. Reference values: R 4.2.2, the data of analyse.test.ts.

const cellOf = (values: number[]): Cell => {
  const cell = emptyCell();
  for (const v of values) addToCell(cell, v);
  return cell;
};
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A row as analyse.ts publishes it for a shown cell. */
function shownRow(kind: IndicatorKind, n: number, estimate: { value: number; lower: number | null; upper: number | null }, populationSize: number | null = null): IndicatorRow {
  return {
    survey: 's',
    wave: '2025-H2',
    indicator: 'i',
    kind,
    breakdown: null,
    breakdownSource: null,
    special: false,
    group: null,
    ...HIDDEN_FIGURES,
    shown: true,
    reason: null,
    n,
    value: round(estimate.value),
    lower: estimate.lower === null ? null : round(estimate.lower),
    upper: estimate.upper === null ? null : round(estimate.upper),
    populationSize,
    previousWave: null,
    trendBreak: false,
  };
}

const currentCijfer = [7, 8, 6, 9, 7, 8, 5, 7, 8, 6, 9, 7, 6, 5, 7, 6, 4, 8, 6, 5, 7, 6, 9, 10];
const previousCijfer = [6, 7, 5, 8, 6, 7, 6, 5, 7, 6, 5, 6, 4, 7, 5, 6, 5, 6, 8, 7, 9];

describe('publishedCell', () => {
  it('reads a proportion back exactly: n and the count with the outcome', () => {
    const previous = cellOf([...Array(6).fill(1), ...Array(15).fill(0)]);
    const read = publishedCell(shownRow('proportion', 21, estimateProportion(previous, undefined, 0.95)), 0.95);
    expect(read).toMatchObject({ n: 21, sum: 6 });
    const current = cellOf([...Array(15).fill(1), ...Array(9).fill(0)]);
    // R: prop.test(c(15, 6), c(24, 21), correct = FALSE)$p.value
    expect(compareProportions(current, read!)?.pValue).toBeCloseTo(0.0228461435149928, 10);
  });

  it('reads a response rate back as answers of invitees', () => {
    expect(publishedCell(shownRow('response_rate', 21, { value: 0.525, lower: 0.37, upper: 0.67 }, 40), 0.95)).toMatchObject({ n: 40, sum: 21 });
    expect(publishedCell(shownRow('response_rate', 21, { value: 0.525, lower: 0.37, upper: 0.67 }, null), 0.95)).toBeUndefined();
  });

  it.each([0.95, 0.9])('reads a mean and its standard deviation back from the t interval (confidence %s)', (confidence) => {
    const previous = cellOf(previousCijfer);
    const read = publishedCell(shownRow('mean', 21, estimateMean(previous, undefined, confidence)), confidence)!;
    expect(read.n).toBe(21);
    expect(read.mean).toBeCloseTo(131 / 21, 6);
    expect(cellSd(read)).toBeCloseTo(cellSd(previous)!, 5);
    // R: t.test(cur_cijfer, prev_cijfer)$p.value
    expect(compareMeans(cellOf(currentCijfer), read)?.pValue).toBeCloseTo(0.101989489604901, 6);
  });

  it('keeps a spread of zero as zero', () => {
    const read = publishedCell(shownRow('scale', 12, estimateMean(cellOf(Array(12).fill(75)), undefined, 0.95)), 0.95)!;
    expect(cellSd(read)).toBe(0);
    expect(compareMeans(cellOf(Array(12).fill(75)), read)).toBeNull();
  });

  it('gives nothing for a hidden row or a target row', () => {
    expect(publishedCell({ ...shownRow('mean', 21, { value: 6, lower: 5, upper: 7 }), ...HIDDEN_FIGURES }, 0.95)).toBeUndefined();
    expect(publishedCell(shownRow('target', 21, { value: 0.3, lower: 0.2, upper: 0.4 }), 0.95)).toBeUndefined();
  });
});
