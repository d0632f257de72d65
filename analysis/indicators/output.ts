import type { PairedRow } from '../paired/analyse.ts';
import type { ProcedureReport } from '../procedures/analyse-procedures.ts';
import type { SurveyReport } from './analyse.ts';
import type { IndicatorRow } from './types.ts';

/** How the unknown group (no answer, prefer not to say, no attribute) is written in CSV. */
export const UNKNOWN_LABEL = '(onbekend)';

/** A row of the CSV: an indicator row (a target row included) or a paired-testing row. */
export type OutputRow = IndicatorRow | PairedRow;

const paired = <K extends keyof PairedRow>(key: K) => (r: OutputRow) => (r.kind === 'net_discrimination' ? r[key] : null);

const COLUMNS: readonly [string, (r: OutputRow) => unknown][] = [
  ['survey', (r) => r.survey],
  ['wave', (r) => r.wave],
  ['indicator', (r) => r.indicator],
  ['kind', (r) => r.kind],
  ['breakdown_source', (r) => r.breakdownSource],
  ['breakdown', (r) => r.breakdown],
  ['group', (r) => (r.breakdown !== null && r.group === null ? UNKNOWN_LABEL : r.group)],
  ['special', (r) => r.special],
  ['shown', (r) => r.shown],
  ['reason', (r) => r.reason],
  ['n', (r) => r.n],
  ['value', (r) => r.value],
  ['lower', (r) => r.lower],
  ['upper', (r) => r.upper],
  ['population_size', (r) => r.populationSize],
  ['alpha', (r) => r.alpha],
  ['previous_wave', (r) => r.previousWave],
  ['previous_value', (r) => r.previousValue],
  ['change', (r) => r.change],
  ['test', (r) => r.test],
  ['p_value', (r) => r.pValue],
  ['significant', (r) => r.significant],
  ['trend_break', (r) => r.trendBreak],
  // A target row: what it starts from, where it should get to, and how far along it is; a register's
  // row an agreement target is about: the goal (at least), the verdict as status and the source.
  ['target_baseline', (r) => r.target?.baseline],
  ['target_goal', (r) => r.target?.goal],
  ['target_progress', (r) => r.target?.progress],
  ['target_progress_lower', (r) => r.target?.progressLower],
  ['target_progress_upper', (r) => r.target?.progressUpper],
  ['target_expected_progress', (r) => r.target?.expectedProgress],
  ['target_status', (r) => r.target?.status],
  ['target_source', (r) => r.target?.source],
  ['target_baseline_source', (r) => r.target?.baselineSource],
  // A paired-testing row (kind net_discrimination): the pairs behind the rate.
  ['both_positive', paired('bothPositive')],
  ['majority_only', paired('majorityOnly')],
  ['minority_only', paired('minorityOnly')],
  ['neither_positive', paired('neitherPositive')],
  ['majority_rate', paired('majorityRate')],
  ['minority_rate', paired('minorityRate')],
  ['incomplete_pairs', paired('incompletePairs')],
  ['inconsistent_pairs', paired('inconsistentPairs')],
  // A reason (kind reasons): its place among the reasons of its list in the group.
  ['rank', (r) => (r.kind === 'net_discrimination' ? null : r.rank)],
  // A cell of a crossing: the column breakdown and group (breakdown and group are the row's).
  ['column_breakdown', (r) => (r.kind === 'net_discrimination' ? null : r.columnBreakdown)],
  ['column_group', (r) => (r.kind === 'net_discrimination' || r.columnBreakdown === undefined ? null : (r.columnGroup ?? UNKNOWN_LABEL))],
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per indicator × group, with a header (RFC 4180; empty for null). Target and paired-testing
 * rows share the columns; the columns of the other kind stay empty. `groupLabel` gives the group's
 * name as a person reads it (`group_label`, beside the code in `group`).
 */
export function toCsv(rows: readonly OutputRow[], groupLabel: (row: OutputRow) => string | undefined = () => undefined): string {
  const columns = COLUMNS.flatMap((c): (typeof c)[] => (c[0] === 'group' ? [c, ['group_label', groupLabel]] : [c]));
  const lines = [columns.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(columns.map(([, get]) => cell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Every published row of a survey's report: its indicator and target rows, its crossings' cells, then its paired-testing rows. */
export const outputRows = (report: SurveyReport): OutputRow[] => [...report.rows, ...(report.crossed ?? []), ...(report.paired?.rows ?? [])];

/**
 * The JSON document for one or more surveys' reports of a wave (paired testing under `paired`), and
 * the registers' "% procedures gelukt" of the same half-year under `procedures` when given.
 */
export function toJson(wave: string, reports: readonly SurveyReport[], procedures?: readonly ProcedureReport[]): string {
  return `${JSON.stringify({ wave, surveys: reports, ...(procedures === undefined ? {} : { procedures }) }, null, 2)}\n`;
}
