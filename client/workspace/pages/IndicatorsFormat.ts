import type { IndicatorKind, IndicatorRow } from '../../../analysis/indicators/types.ts';
import type { WorkspaceText } from '../i18n.ts';

/** The confidence level the API's intervals use (the analysis default). */
export const CONFIDENCE = 0.95;

/** Numbers the way the report writes them, in the reader's language. */
export function formats(t: WorkspaceText, locale: string) {
  const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
  const fixed = (x: number, d: number) => new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  const isShare = (k: IndicatorKind) => k === 'proportion' || k === 'compliance' || k === 'reasons' || k === 'response_rate';
  const digits = (k: IndicatorKind) => (k === 'mean' ? 2 : 1);
  const plotted = (k: IndicatorKind, x: number) => (isShare(k) ? x * 100 : x);
  const value = (k: IndicatorKind, x: number) => (isShare(k) ? `${fixed(x * 100, 1)}%` : fixed(x, digits(k)));
  const interval = (r: IndicatorRow) =>
    r.lower === null || r.upper === null ? t.noInterval : t.intervalText(value(r.kind, r.lower), value(r.kind, r.upper));
  const p = (x: number) => (x < 0.001 ? `p < ${fixed(0.001, 3)}` : `p = ${fixed(x, 3)}`);
  const change = (r: IndicatorRow) => {
    if (r.trendBreak) return t.trendBreak;
    if (r.change === null) return r.previousWave === null ? t.noPreviousShort : t.noComparison;
    const x = plotted(r.kind, r.change);
    const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
    const amount = `${sign}${fixed(Math.abs(x), digits(r.kind))}${isShare(r.kind) ? ` ${t.percentPoints}` : ''}`;
    const verdict = r.significant === true ? t.significant : r.significant === false ? t.notSignificant : t.notTested;
    const direction = r.significant === true && x !== 0 ? `, ${x > 0 ? t.up : t.down}` : '';
    return `${amount}, ${verdict}${direction}${r.pValue === null ? '' : ` (${p(r.pValue)})`}`;
  };
  /** The change in a table cell: an arrow and a word for a significant change, the amount after it; short enough for one line. */
  const changeShort = (r: IndicatorRow): { arrow: '▲' | '▼' | ''; text: string } => {
    if (r.trendBreak) return { arrow: '', text: t.trendBreakShort };
    if (r.change === null) return { arrow: '', text: r.previousWave === null ? t.noPreviousShort : t.noComparison };
    const x = plotted(r.kind, r.change);
    const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
    const amount = `${sign}${fixed(Math.abs(x), digits(r.kind))}${isShare(r.kind) ? ` ${t.percentPointsShort}` : ''}`;
    if (r.significant === true && x !== 0) return { arrow: x > 0 ? '▲' : '▼', text: `${x > 0 ? t.higher : t.lower} (${amount})` };
    return { arrow: '', text: r.significant === false ? `${t.noDifference} (${amount})` : amount };
  };
  const count = (n: number) => new Intl.NumberFormat(tag).format(n);
  return { isShare, plotted, value, interval, change, changeShort, count, fixed, percent: (x: number) => `${fixed(x * 100, 0)}%` };
}
export type Formats = ReturnType<typeof formats>;

/** A round upper end for an axis: 1, 2, 2.5 or 5 times a power of ten (as the report's charts). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= x) ?? 10) * p;
}
