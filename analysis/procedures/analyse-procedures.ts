import { previousHalfYear, type RegisterUnit } from '../../survey-format/register/questions.ts';
import { emptyCell, type Cell } from '../indicators/cell.ts';
import { HIDDEN_FIGURES, suppressTable, type CellSummary } from '../indicators/disclosure.ts';
import { compareProportions, estimateProportion } from '../indicators/proportion.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import type { ProcedureSource } from './procedure-source.ts';
import { compileRegister, tallyRegister, type ProcedureCell, type RegisterTally } from './register-tally.ts';

/** The smallest number of procedures behind a shown share, unless the caller says otherwise (the waves' default k). */
export const DEFAULT_PROCEDURE_K = 5;

export interface ProcedureOptions {
  confidence?: number;
  significance?: number;
  /** Smallest number of procedures with an answer behind a shown share; default {@link DEFAULT_PROCEDURE_K}. */
  k?: number;
  pageSize?: number;
}

/** "% procedures gelukt" of one register in one half-year, per directorate and breakdown. */
export interface ProcedureReport {
  register: string;
  registerVersion: string;
  unit: RegisterUnit;
  period: string;
  previousPeriod: string;
  k: number;
  /** Records in the period (procedures, or directorates for a directorate register). */
  records: number;
  indicators: { id: string; title: string | null }[];
  /** Rows shaped as every other indicator row (kind `compliance`), so CSV and the report read them alike. */
  rows: IndicatorRow[];
}

/**
 * The performance-agreement indicators of every register with records in `period`: per agreement,
 * the share of procedures where it succeeded, overall, per directorate and per the register's
 * breakdowns, counted per procedure (record), "nvt" left out. Each share has a Wilson interval with
 * the finite-population correction over the procedures it applies to (a register lists the
 * procedures themselves, so with every one answered the share is exact), and its change since the
 * previous half-year with a two-proportion z test, only between two shown cells. Disclosure control
 * as for every table (indicators/disclosure.ts, rules 1-3 with k procedures), except that a single
 * cell in which every procedure succeeded (or none did) is shown from k on: that is the figure the
 * City steers on, and a procedure is not a person (decision 016). Secondary suppression still
 * hides more while the hidden cells together are one answer.
 */
export async function analyseProcedures(source: ProcedureSource, period: string, options: ProcedureOptions = {}): Promise<ProcedureReport[]> {
  const reports: ProcedureReport[] = [];
  for (const definition of await source.registers()) {
    const { indicators, breakdowns } = compileRegister(definition);
    const previousPeriod = previousHalfYear(period);
    const current = await tallyRegister(source.recordPages(definition.id, period, options.pageSize), indicators, breakdowns);
    if (current.records === 0) continue;
    const previous = await tallyRegister(source.recordPages(definition.id, previousPeriod, options.pageSize), indicators, breakdowns);
    const k = options.k ?? DEFAULT_PROCEDURE_K;
    const now = publishable(current, k);
    const before = publishable(previous, k);
    const rows: IndicatorRow[] = [];
    indicators.forEach((indicator, i) => {
      const row = (breakdown: string | null, group: string | null, c: ProcedureCell, shown: boolean, last: { c: ProcedureCell; shown: boolean } | undefined): IndicatorRow => {
        const base: IndicatorRow = {
          survey: definition.id,
          wave: period,
          indicator: indicator.id,
          kind: 'compliance',
          breakdown,
          breakdownSource: breakdown === null ? null : 'question',
          special: false,
          group,
          ...HIDDEN_FIGURES,
          previousWave: previous.records > 0 ? previousPeriod : null,
          trendBreak: false,
        };
        if (!shown) return base;
        const estimate = estimateProportion(c.cell, c.applicable, options.confidence ?? 0.95);
        Object.assign(base, { shown: true, reason: null, n: c.cell.n, value: round(estimate.value), lower: round(estimate.lower!), upper: round(estimate.upper!), populationSize: c.applicable });
        if (last?.shown) {
          const lastValue = round(last.c.cell.sum / last.c.cell.n);
          const test = compareProportions(c.cell, last.c.cell);
          Object.assign(base, { previousValue: lastValue, change: round(base.value! - lastValue) });
          if (test !== null) Object.assign(base, { test: test.test, pValue: Number(test.pValue.toPrecision(4)), significant: test.pValue < (options.significance ?? 0.05) });
        }
        return base;
      };
      rows.push(row(null, null, current.overall[i]!, now.overall[i]!, { c: previous.overall[i]!, shown: before.overall[i]! }));
      current.breakdowns.forEach(({ breakdown, groups }, b) => {
        const designed = breakdown.groups;
        const extra = [...groups[i]!.keys()].filter((g): g is string => g !== null && !designed.includes(g)).sort();
        const keys: (string | null)[] = [...designed, ...extra, ...(groups[i]!.has(null) ? [null] : [])];
        for (const g of keys) {
          const c = groups[i]!.get(g) ?? { cell: emptyCell(), applicable: 0 };
          const last = previous.breakdowns[b]!.groups[i]!.get(g);
          rows.push(row(breakdown.name, g, c, !now.hidden[b]![i]!.has(g) && c.cell.n > 0, last === undefined ? undefined : { c: last, shown: !before.hidden[b]![i]!.has(g) && last.cell.n > 0 }));
        }
      });
    });
    reports.push({
      register: definition.id,
      registerVersion: definition.version,
      unit: definition.unit ?? 'procedure',
      period,
      previousPeriod,
      k,
      records: current.records,
      indicators: indicators.map((i) => ({ id: i.id, title: i.title })),
      rows,
    });
  }
  return reports;
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
