import type { SurveyReport } from './analyse.ts';
import type { IndicatorRow } from './types.ts';

/** How the unknown group (no answer, prefer not to say, no attribute) is written in CSV. */
export const UNKNOWN_LABEL = '(onbekend)';

const COLUMNS: readonly [string, (r: IndicatorRow) => unknown][] = [
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
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per indicator × group, with a header (RFC 4180; empty for null). */
export function toCsv(rows: readonly IndicatorRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([, get]) => cell(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON document for one or more surveys' reports of a wave. */
export function toJson(wave: string, reports: readonly SurveyReport[]): string {
  return `${JSON.stringify({ wave, surveys: reports }, null, 2)}\n`;
}
