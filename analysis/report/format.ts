import type { IndicatorKind, IndicatorRow } from '../indicators/types.ts';

/** Escapes text for HTML element content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Whether an indicator's value is a share (0-1), shown as a percentage. */
export const isShare = (kind: IndicatorKind) => kind === 'proportion' || kind === 'compliance' || kind === 'reasons' || kind === 'response_rate';

/** The number a chart plots: percentages for shares, the value itself otherwise. */
export const plotted = (kind: IndicatorKind, x: number) => (isShare(kind) ? x * 100 : x);

const decimals = (kind: IndicatorKind) => (kind === 'mean' ? 2 : 1);

function nl(x: number, digits: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** A value in Dutch notation: "47,8%" for a share, "63,4" for a scale, "3,72" for a mean. */
export function formatValue(kind: IndicatorKind, x: number): string {
  return isShare(kind) ? `${nl(x * 100, 1)}%` : nl(x, decimals(kind));
}

/** An interval as "45,1% tot 50,3%"; "geen interval" when it is missing. */
export function formatInterval(kind: IndicatorKind, lower: number | null, upper: number | null): string {
  if (lower === null || upper === null) return 'geen interval';
  return `${formatValue(kind, lower)} tot ${formatValue(kind, upper)}`;
}

/** A change with its sign: "+2,3 procentpunt" for a share, "−1,2" otherwise. */
export function formatChange(kind: IndicatorKind, change: number): string {
  const x = isShare(kind) ? change * 100 : change;
  const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
  return `${sign}${nl(Math.abs(x), decimals(kind))}${isShare(kind) ? ' procentpunt' : ''}`;
}

/** A count with a thousands separator: "12.345". */
export const formatCount = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

/** A p-value: "p < 0,001" or "p = 0,034". */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0,001' : `p = ${nl(p, 3)}`;
}

/** What the comparison with the previous wave says, in words. */
export function changeText(row: IndicatorRow): string {
  if (row.trendBreak) return 'niet vergelijkbaar (trendbreuk)';
  if (row.change === null) return row.previousWave === null ? 'geen vorige meting' : 'geen vergelijking';
  const test = row.pValue === null ? '' : ` (${formatP(row.pValue)})`;
  const verdict = row.significant === true ? 'significant' : row.significant === false ? 'niet significant' : 'niet getoetst';
  return `${formatChange(row.kind, row.change)}, ${verdict}${test}`;
}

/** An arrow for a significant change ("▲" up, "▼" down), empty otherwise: always beside text. */
export function changeArrow(row: IndicatorRow): string {
  if (row.trendBreak || row.significant !== true || row.change === null || row.change === 0) return '';
  return row.change > 0 ? '▲' : '▼';
}

/** "95%-interval" for a confidence of 0.95. */
export function intervalName(confidence: number): string {
  return `${String(Math.round(confidence * 1000) / 10).replace('.', ',')}%-interval`;
}
