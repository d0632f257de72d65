import { emptyCell, type Cell } from '../indicators/cell.ts';
import { HIDDEN_FIGURES, suppressTable, type CellSummary } from '../indicators/disclosure.ts';
import { compareProportions, estimateProportion } from '../indicators/proportion.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import type { ProcedureCell, RegisterIndicator, RegisterTally } from './register-tally.ts';

export interface ProcedureRowsInput {
  survey: string;
  period: string;
  /** The period compared with; null when it has no procedures. */
  previousPeriod: string | null;
  indicators: readonly RegisterIndicator[];
  current: RegisterTally;
  previous: RegisterTally | undefined;
  /** Smallest number of procedures behind a shown share. */
  k: number;
  /** Whether the procedures a share is of are all known (a register): then the interval is finite-population corrected. */
  finite: boolean;
  confidence?: number;
  significance?: number;
}

/**
 * Published rows of "% procedures gelukt", shaped as every other indicator row (kind `compliance`):
 * per indicator the overall row, then per breakdown a row per group (designed groups first, others,
 * unknown last). A Wilson interval (finite-population corrected when `finite`), the change since the
 * previous period with a two-proportion z test, only between two shown cells, and disclosure control
 * as for every table (indicators/disclosure.ts, rules 1-3 with k procedures), except that a single
 * cell in which every procedure succeeded (or none did) is shown from k on: that is the figure the
 * City steers on, and a procedure is not a person (decision 016). Secondary suppression still hides
 * more while the hidden cells together are one answer.
 */
export function procedureRows(input: ProcedureRowsInput): IndicatorRow[] {
  const { current, previous, k } = input;
  const now = publishable(current, k);
  const before = previous === undefined ? undefined : publishable(previous, k);
  const rows: IndicatorRow[] = [];
  input.indicators.forEach((indicator, i) => {
    const row = (breakdown: string | null, group: string | null, c: ProcedureCell, shown: boolean, last: { c: ProcedureCell; shown: boolean } | undefined): IndicatorRow => {
      const base: IndicatorRow = {
        survey: input.survey,
        wave: input.period,
        indicator: indicator.id,
        kind: 'compliance',
        breakdown,
        breakdownSource: breakdown === null ? null : 'question',
        special: false,
        group,
        ...HIDDEN_FIGURES,
        previousWave: input.previousPeriod,
        trendBreak: false,
      };
      if (!shown) return base;
      const estimate = estimateProportion(c.cell, input.finite ? c.applicable : undefined, input.confidence ?? 0.95);
      Object.assign(base, {
        shown: true,
        reason: null,
        n: c.cell.n,
        value: round(estimate.value),
        lower: round(estimate.lower!),
        upper: round(estimate.upper!),
        populationSize: input.finite ? c.applicable : null,
      });
      if (last?.shown) {
        const lastValue = round(last.c.cell.sum / last.c.cell.n);
        const test = compareProportions(c.cell, last.c.cell);
        Object.assign(base, { previousValue: lastValue, change: round(base.value! - lastValue) });
        if (test !== null) Object.assign(base, { test: test.test, pValue: Number(test.pValue.toPrecision(4)), significant: test.pValue < (input.significance ?? 0.05) });
      }
      return base;
    };
    rows.push(row(null, null, current.overall[i]!, now.overall[i]!, previous && before ? { c: previous.overall[i]!, shown: before.overall[i]! } : undefined));
    current.breakdowns.forEach(({ breakdown, groups }, b) => {
      const extra = [...groups[i]!.keys()].filter((g): g is string => g !== null && !breakdown.groups.includes(g)).sort();
      const keys: (string | null)[] = [...breakdown.groups, ...extra, ...(groups[i]!.has(null) ? [null] : [])];
      for (const g of keys) {
        const c = groups[i]!.get(g) ?? { cell: emptyCell(), applicable: 0 };
        const last = previous?.breakdowns[b]!.groups[i]!.get(g);
        const lastShown = last !== undefined && before !== undefined && !before.hidden[b]![i]!.has(g) && last.cell.n > 0;
        rows.push(row(breakdown.name, g, c, !now.hidden[b]![i]!.has(g) && c.cell.n > 0, last === undefined ? undefined : { c: last, shown: lastShown }));
      }
    });
  });
  return rows;
}

/** Which cells may be shown: per indicator the overall cell, and per breakdown and indicator the hidden groups. */
function publishable(tally: RegisterTally, k: number): { overall: boolean[]; hidden: Set<string | null>[][] } {
  // k procedures; a one-answer cell is not disclosive on its own here (decision 016), so smallGroup is k itself.
  const rule = { k, smallGroup: k };
  const summary = (c: Cell): CellSummary => ({ n: c.n, low: c.low, high: c.high });
  const overall = tally.overall.map((c) => !suppressTable(summary(c.cell), new Map(), rule).totalHidden);
  const hidden = tally.breakdowns.map(({ groups }) =>
    groups.map((byGroup, i) => {
      const cells = new Map([...byGroup].map(([g, c]) => [JSON.stringify(g), summary(c.cell)]));
      const result = suppressTable(summary(tally.overall[i]!.cell), cells, rule);
      return new Set([...byGroup.keys()].filter((g) => result.totalHidden || result.hidden.has(JSON.stringify(g))));
    }),
  );
  return { overall, hidden };
}

/** Published figures are rounded to six decimals, as every other row. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
