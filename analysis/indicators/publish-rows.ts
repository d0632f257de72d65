import type { Wave } from '../../survey-format/wave.ts';
import type { Cell } from './cell.ts';
import { breaksTrend, type CompiledDefinition } from './definition.ts';
import { HIDDEN_FIGURES } from './disclosure.ts';
import { publishedCell } from './published-cell.ts';
import type { Breakdown, ChangeTest, Estimate, IndicatorKind, IndicatorRow } from './types.ts';

// From figures to published rows: a hidden figure shows nothing, a shown one its value and interval,
// and its change since the previous wave's published row. analyse.ts computes the figures.

/** One figure before it is published: the cell stays inside analysis/indicators. */
export interface Figure {
  indicator: string;
  kind: IndicatorKind;
  breakdown: Breakdown | null;
  group: string | null;
  /** A cell of a crossing: its column breakdown and group (`breakdown` and `group` are the row's). */
  column?: { breakdown: Breakdown; group: string | null };
  shown: boolean;
  cell: Cell | undefined;
  estimate: Estimate | undefined;
  populationSize: number | undefined;
  alpha: number | null;
  compare: ((current: Cell, previous: Cell) => { test: ChangeTest; pValue: number } | null) | undefined;
}

/** Every figure of one wave, with the definition it was computed from. */
export interface WaveFigures {
  wave: Wave;
  compiled: CompiledDefinition;
  figures: Figure[];
  /** The figures of its crossings, one per indicator and cell. */
  crossed: Figure[];
}

/**
 * A wave as published, which is all a later wave may compare with: its rows made now from its
 * answers, or, once retention has deleted those, the rows stored when it was purged.
 */
export interface PublishedWave {
  wave: Wave;
  compiled: CompiledDefinition;
  rows: IndicatorRow[];
  /** The rows of its crossings (SurveyReport.crossed). */
  crossed: IndicatorRow[];
  /** The level the rows' intervals were computed at. */
  confidence: number;
}

/** The identity of a figure across waves: indicator, breakdown source and name, group (and a crossing's column breakdown and group). */
const figureKey = (f: Pick<Figure, 'indicator' | 'breakdown' | 'group' | 'column'>) =>
  JSON.stringify([f.indicator, f.breakdown?.source ?? null, f.breakdown?.name ?? null, f.group, ...(f.column === undefined ? [] : [f.column.breakdown.name, f.column.group])]);
/** {@link figureKey} of a published row. */
export const rowKey = (r: Pick<IndicatorRow, 'indicator' | 'breakdownSource' | 'breakdown' | 'group' | 'columnBreakdown' | 'columnGroup'>) =>
  JSON.stringify([r.indicator, r.breakdownSource, r.breakdown, r.group, ...(r.columnBreakdown === undefined ? [] : [r.columnBreakdown, r.columnGroup ?? null])]);

/** The figures of a wave as rows, hidden ones showing nothing, each compared with the previous wave's published row. */
export function publishRows(current: WaveFigures, previous: PublishedWave | undefined, options: { significance?: number }): IndicatorRow[] {
  const significance = options.significance ?? 0.05;
  const { wave } = current;
  const before = new Map(previous?.rows.filter((r) => r.kind !== 'target').map((r) => [rowKey(r), r]));
  const breaks = new Map(
    current.compiled.indicators.map((i) => [i.id, previous !== undefined && breaksTrend(i, current.compiled, previous.compiled)]),
  );
  if (previous !== undefined) breaks.set('response_rate', previous.wave.mode !== wave.mode);

  return current.figures.map((f): IndicatorRow => {
    const row: IndicatorRow = {
      survey: wave.surveyId,
      wave: wave.period,
      indicator: f.indicator,
      kind: f.kind,
      breakdown: f.breakdown?.name ?? null,
      breakdownSource: f.breakdown?.source ?? null,
      special: f.breakdown?.special ?? false,
      group: f.group,
      ...(f.column === undefined ? {} : { columnBreakdown: f.column.breakdown.name, columnGroup: f.column.group }),
      ...HIDDEN_FIGURES,
      previousWave: previous?.wave.period ?? null,
      trendBreak: breaks.get(f.indicator) ?? false,
    };
    if (!f.shown || f.cell === undefined || f.estimate === undefined) return row;
    const value = round(f.estimate.value);
    Object.assign(row, {
      shown: true,
      reason: null,
      n: f.kind === 'response_rate' ? f.cell.sum : f.cell.n,
      value,
      lower: roundOrNull(f.estimate.lower),
      upper: roundOrNull(f.estimate.upper),
      populationSize: f.populationSize ?? null,
      alpha: f.alpha === null ? null : round(f.alpha),
    });
    // Across waves only between two shown cells: a change never exposes a hidden value.
    const last = before.get(figureKey(f));
    const lastCell = last === undefined || previous === undefined ? undefined : publishedCell(last, previous.confidence);
    if (last?.value != null && lastCell !== undefined) {
      row.previousValue = last.value;
      row.change = round(value - last.value);
      const test = f.compare?.(f.cell, lastCell) ?? null;
      if (test !== null) {
        row.test = test.test;
        row.pValue = Number(test.pValue.toPrecision(4));
        row.significant = test.pValue < significance;
      }
    }
    return row;
  });
}

/** Published figures are rounded to six decimals. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const roundOrNull = (x: number | null) => (x === null ? null : round(x));
