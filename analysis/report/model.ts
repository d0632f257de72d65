import type { ProcedureReport } from '../procedures/analyse-procedures.ts';
import type { SurveyReport } from '../indicators/analyse.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import type { OpenTextQuestion } from '../open-text/index.ts';

/** How a breakdown and its groups are named in the report. */
export interface BreakdownLabel {
  label: string;
  /** The background question it comes from, as asked; null for an invitation attribute. */
  question: string | null;
  /** Group value -> name; the unknown group under {@link UNKNOWN_KEY}. */
  groups: Record<string, string>;
}

export const UNKNOWN_KEY = '';

/** Names of a survey and its breakdowns, from the wave's definition. */
export interface SurveyLabels {
  title: string;
  purpose: string | null;
  /** By {@link breakdownKey}. */
  breakdowns: Record<string, BreakdownLabel>;
  /** Indicator id -> its title in this language; a reason (`<list>.<value>`) by its choice text. */
  indicators?: Record<string, string>;
}

/** One survey in the report: the wave's report, the earlier waves' reports (oldest first), names. */
export interface SurveyMonitor {
  report: SurveyReport;
  history: SurveyReport[];
  labels: SurveyLabels;
  /** The wave's open answers, scrubbed and above kSpecial (see analysis/open-text); none when absent. */
  openTexts?: OpenTextQuestion[];
}

export interface MonitorInput {
  wave: string;
  surveys: SurveyMonitor[];
  /** The registers' "% procedures gelukt" of the same half-year (analysis/procedures), if any. */
  procedures?: ProcedureReport[];
  /** The date the report was made, YYYY-MM-DD. */
  generatedOn: string;
  confidence: number;
  significance: number;
}

export const breakdownKey = (source: string | null, name: string | null) => `${source ?? ''}:${name ?? ''}`;

/**
 * The headline row of an indicator in a report, if it has one: its overall row; for a target, its
 * one row (overall or the group it follows), with the followed indicator's kind so that it is
 * written in that indicator's unit.
 */
export function overallRow(report: SurveyReport, indicator: string): IndicatorRow | undefined {
  const declared = report.indicators.find((i) => i.id === indicator);
  if (declared?.target) {
    const row = report.rows.find((r) => r.indicator === indicator);
    const kind = report.indicators.find((i) => i.id === declared.target!.indicator)?.kind;
    return row === undefined || kind === undefined ? row : { ...row, kind };
  }
  return report.rows.find((r) => r.indicator === indicator && r.breakdown === null);
}

/** One breakdown of an indicator: its name and its rows in the order analysis gives them. */
export interface BreakdownBlock {
  label: string;
  rows: { label: string; row: IndicatorRow }[];
}

/** The blocks of a breakdown chart and table: the overall row first ("Totaal"), then each breakdown. */
export function breakdownBlocks(report: SurveyReport, labels: SurveyLabels, indicator: string): BreakdownBlock[] {
  const blocks = new Map<string, BreakdownBlock>();
  for (const row of report.rows) {
    if (row.indicator !== indicator) continue;
    const key = breakdownKey(row.breakdownSource, row.breakdown);
    const names = labels.breakdowns[key];
    let block = blocks.get(key);
    if (block === undefined) {
      block = { label: row.breakdown === null ? 'Totaal' : (names?.label ?? row.breakdown), rows: [] };
      blocks.set(key, block);
    }
    const label =
      row.breakdown === null ? 'Iedereen' : (names?.groups[row.group ?? UNKNOWN_KEY] ?? (row.group === null ? 'Onbekend' : row.group));
    block.rows.push({ label, row });
  }
  return [...blocks.values()];
}

/** The overall rows of an indicator across waves, oldest first, ending with the report's wave. */
export function trendPoints(monitor: SurveyMonitor, indicator: string): { wave: string; row: IndicatorRow | undefined }[] {
  return [...monitor.history, monitor.report].map((r) => ({ wave: r.wave, row: overallRow(r, indicator) }));
}
