import { unitLabel } from '../../survey-format/organisation/organisation.ts';
import type { MonitorCell, MonitorLine, MonitorUnit } from './model.ts';

/** The monitor's languages: the workspace's and the report's. */
export type Lang = 'nl' | 'en';

/**
 * Every word the monitor shows about a figure, in Dutch and English: one place for the workspace
 * pages (client/workspace/pages/Monitor*.tsx) and the HTML report (analysis/monitor/report.ts).
 * A change is said with an arrow and a word, never by colour alone.
 */
const WORDS = {
  nl: {
    hidden: 'verborgen: te weinig antwoorden',
    none: 'geen cijfer',
    up: 'gestegen',
    down: 'gedaald',
    same: 'geen duidelijke verandering',
    noComparison: 'niet te vergelijken',
    better: 'beter',
    worse: 'slechter',
    points: 'procentpunt',
    city: 'Hele stad',
    goal: { reached: 'doel gehaald', not_reached: 'doel niet gehaald', on_track: 'op koers', behind: 'achter op koers', undetermined: 'nog niet te zeggen' } as Record<string, string>,
    trend: (points: string) => `Verloop: ${points}`,
    sections: { survey: 'Vragenlijsten', target: 'Doelen', agreement: 'Prestatieafspraken (% procedures gelukt)', hr: 'HR-cijfers' },
  },
  en: {
    hidden: 'hidden: too few answers',
    none: 'no figure',
    up: 'rose',
    down: 'fell',
    same: 'no clear change',
    noComparison: 'not comparable',
    better: 'better',
    worse: 'worse',
    points: 'percentage points',
    city: 'Whole city',
    goal: { reached: 'goal reached', not_reached: 'goal not reached', on_track: 'on track', behind: 'behind', undetermined: 'too early to say' } as Record<string, string>,
    trend: (points: string) => `Trend: ${points}`,
    sections: { survey: 'Surveys', target: 'Targets', agreement: 'Performance agreements (% procedures succeeded)', hr: 'HR figures' },
  },
};

export const monitorWords = (lang: Lang) => WORDS[lang];

const number = (lang: Lang, x: number, digits: number) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

/** A value as the monitor writes it: a share as a percentage, a score with one decimal, a count whole. */
export function formatValue(unit: MonitorUnit, value: number, lang: Lang): string {
  if (unit === 'share') return `${number(lang, value * 100, 1)}%`;
  if (unit === 'percent') return `${number(lang, value, 1)}%`;
  if (unit === 'count') return number(lang, value, 0);
  return number(lang, value, 1);
}

/** What a cell shows: its value, or in words why there is none. */
export function cellText(unit: MonitorUnit, cell: MonitorCell, lang: Lang): string {
  if (cell.status === 'hidden') return WORDS[lang].hidden;
  if (cell.status === 'none' || cell.value === null) return WORDS[lang].none;
  return formatValue(unit, cell.value, lang);
}

/** The change since the previous period with an arrow and words ("↑ gestegen, +5,2 procentpunt, slechter"); empty without one. */
export function changeText(line: Pick<MonitorLine, 'unit'>, cell: MonitorCell, lang: Lang): string {
  const w = WORDS[lang];
  if (cell.status !== 'shown') return '';
  if (cell.direction === null || cell.change === null) return w.noComparison;
  // Signed as written: a change that rounds to zero is ±0, not −0.
  const digits = line.unit === 'count' ? 0 : 1;
  const raw = line.unit === 'share' ? cell.change * 100 : cell.change;
  // Half away from zero, as Intl.NumberFormat rounds.
  const shown = (Math.sign(raw) * Math.round(Math.abs(raw) * 10 ** digits)) / 10 ** digits;
  const amount = `${number(lang, Math.abs(shown), digits)}${line.unit === 'share' || line.unit === 'percent' ? ` ${w.points}` : ''}`;
  const signed = `${shown > 0 ? '+' : shown < 0 ? '−' : '±'}${amount}`;
  const arrow = cell.direction === 'up' ? '↑' : cell.direction === 'down' ? '↓' : '→';
  const word = cell.direction === 'up' ? w.up : cell.direction === 'down' ? w.down : w.same;
  const judged = cell.judgement === null ? '' : `, ${w[cell.judgement]}`;
  return `${arrow} ${word} (${signed})${judged}`;
}

/** A target's or agreement's state in words; empty when the line has none. */
export function goalText(cell: MonitorCell, lang: Lang): string {
  const status = cell.goal?.status;
  return status == null ? '' : (WORDS[lang].goal[status] ?? status);
}

/** The trend as text, the alternative to its sparkline: "2025-H2 15,0%, 2026-H1 verborgen: te weinig antwoorden". */
export function trendText(unit: MonitorUnit, periods: readonly string[], trend: readonly (number | null)[], lang: Lang): string {
  return WORDS[lang].trend(periods.map((p, i) => `${p} ${trend[i] == null ? WORDS[lang].none : formatValue(unit, trend[i]!, lang)}`).join(', '));
}

/** A directorate's (or the city's) name: the organisation list's label, never its code. */
export const placeName = (code: string | null, lang: Lang): string => (code === null ? WORDS[lang].city : unitLabel(code, lang));
