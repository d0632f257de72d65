import { HIDDEN_REASON, suppressTable, type CellSummary } from '../indicators/disclosure.ts';
import { HR_MEASURES, type HrFigures, type HrMeasure } from './hr-figures.ts';

/** The smallest count, and the smallest headcount behind a percentage, that is shown: the waves' default k. */
export const DEFAULT_HR_K = 5;

/** One released HR figure: its value, or hidden with the reason every hidden figure has. */
export interface HrCell {
  shown: boolean;
  reason: string | null;
  value: number | null;
}

/** A period's HR figures after disclosure control: per measure the city's figure and each directorate's. */
export interface HrRelease {
  period: string;
  city: Record<HrMeasure, HrCell>;
  byDirectorate: Map<string, Record<HrMeasure, HrCell>>;
}

const hidden: HrCell = { shown: false, reason: HIDDEN_REASON, value: null };
const shown = (value: number): HrCell => ({ shown: true, reason: null, value });
/** A count is a cell of that many people; low < high, so the one-answer rule (disclosure.ts rule 2) never applies. */
const summary = (n: number): CellSummary => ({ n, low: 0, high: 1 });

/**
 * What of a period's HR figures may be shown, decided as for every table (indicators/disclosure.ts,
 * rules 1 and 3, k = {@link DEFAULT_HR_K}):
 * - a count (inflow, throughflow, outflow, meldingen, sanctions) below k is hidden, 0 included, and
 *   enough other directorates' counts with it that the city total (the sum) does not give it back;
 * - absence, a percentage of a headcount, is hidden where the headcount is below k, with the same
 *   secondary suppression over the headcounts, since the city's absence is their weighted mean;
 * - the city figure is hidden when its own count (or headcount) is below k.
 * Nothing else is published from these rows: headcounts are only weights.
 */
export function releaseHr(period: string, rows: readonly HrFigures[], k = DEFAULT_HR_K): HrRelease {
  const rule = { k, smallGroup: k };
  const city = {} as Record<HrMeasure, HrCell>;
  const byDirectorate = new Map<string, Record<HrMeasure, HrCell>>(rows.map((r) => [r.directorate, {} as Record<HrMeasure, HrCell>]));
  for (const measure of HR_MEASURES) {
    const weight = (r: HrFigures) => (measure === 'absence' ? r.headcount : r[measure]);
    const total = rows.reduce((s, r) => s + weight(r), 0);
    const suppression = suppressTable(summary(total), new Map(rows.map((r) => [r.directorate, summary(weight(r))])), rule);
    const value = (r: HrFigures) => r[measure];
    for (const r of rows) byDirectorate.get(r.directorate)![measure] = suppression.totalHidden || suppression.hidden.has(r.directorate) ? hidden : shown(value(r));
    const cityValue = measure === 'absence' ? rows.reduce((s, r) => s + r.absence * r.headcount, 0) / total : total;
    city[measure] = suppression.totalHidden || rows.length === 0 ? hidden : shown(round(cityValue));
  }
  return { period, city, byDirectorate };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
