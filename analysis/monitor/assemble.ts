import type { SurveyReport } from '../indicators/analyse.ts';
import type { IndicatorKind, IndicatorRow } from '../indicators/types.ts';
import type { ProcedureReport } from '../procedures/analyse-procedures.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';
import { rowOf } from './directorate-rows.ts';
import { headlineOf } from './headlines.ts';
import { HR_MEASURE_TEXT, HR_MEASURES } from './hr-figures.ts';
import type { HrCell, HrRelease } from './hr-release.ts';
import type { MonitorCell, Monitor, MonitorLine, MonitorUnit, Text } from './model.ts';

/** Everything published about one period that the monitor reads: the surveys' and registers' reports and the released HR figures. */
export interface PeriodFigures {
  period: string;
  surveys: readonly SurveyReport[];
  registers: readonly ProcedureReport[];
  hr: HrRelease | null;
}

/** The titles of surveys, registers and their indicators in Dutch and English, by survey or register id. */
export type MonitorTexts = ReadonlyMap<string, { title: Text; indicators: ReadonlyMap<string, Text>; targetSources: ReadonlyMap<string, Text> }>;

type Goal = MonitorCell['goal'];
const NONE: MonitorCell = { status: 'none', reason: null, n: null, value: null, lower: null, upper: null, change: null, direction: null, judgement: null, trend: [], goal: null };

/**
 * The integral monitor of the last of `periods` (oldest first): per line the city's figure and each
 * directorate's, with the change since the previous period and the trend over `periods`.
 *
 * Every figure is copied from a row already published for its own period (a survey's or register's
 * report after its release plan, decision 011; the HR figures after releaseHr), never computed
 * anew: a hidden row stays hidden, a change is the published one (only between shown cells), a trend
 * point is that period's published value. So the monitor shows a subset of what the reports show,
 * and no combination that they do not (decision 021).
 */
export function assembleMonitor(periods: readonly PeriodFigures[], texts: MonitorTexts): Monitor {
  const current = periods.at(-1);
  if (current === undefined) throw new RangeError('assembleMonitor requires at least one period');
  const lines: MonitorLine[] = [];
  const seen = new Set<string>();
  for (const report of current.surveys) lines.push(...surveyLines(report, periods, texts));
  for (const report of current.registers) lines.push(...registerLines(report, periods, texts));
  if (periods.some((p) => p.hr !== null)) lines.push(...hrLines(periods));
  for (const line of lines) for (const [code, cell] of Object.entries(line.byDirectorate)) if (cell.status !== 'none') seen.add(code);
  const directorates = ORGANISATION_UNITS.map((u) => u.code).filter((c) => seen.has(c));
  for (const line of lines) for (const code of directorates) line.byDirectorate[code] ??= NONE;
  return { period: current.period, periods: periods.map((p) => p.period), directorates, lines };
}

function surveyLines(report: SurveyReport, periods: readonly PeriodFigures[], texts: MonitorTexts): MonitorLine[] {
  const text = texts.get(report.survey);
  const source = { id: report.survey, title: text?.title ?? { nl: report.survey, en: report.survey } };
  const kinds = new Map(report.indicators.map((i) => [i.id, i.kind]));
  const rowsIn = (p: PeriodFigures) => p.surveys.find((r) => r.survey === report.survey)?.rows ?? [];
  const lines: MonitorLine[] = [];
  for (const indicator of report.indicators) {
    const target = indicator.target;
    const headline = target === null ? headlineOf(report.survey, indicator.id) : { higherIsBetter: true };
    if (headline === undefined) continue;
    const kind: IndicatorKind = target === null ? indicator.kind : (kinds.get(target.indicator) ?? 'proportion');
    const goalOf = (row: IndicatorRow): Goal => (target === null ? null : { atLeast: row.target?.goal ?? null, status: row.target?.status ?? null });
    const cell = (directorate: string | null) => rowCell(periods, rowsIn, indicator.id, directorate, headline.higherIsBetter, goalOf);
    lines.push({
      key: `survey:${report.survey}:${indicator.id}`,
      section: target === null ? 'survey' : 'target',
      source,
      title: text?.indicators.get(indicator.id) ?? { nl: indicator.title ?? indicator.id, en: indicator.title ?? indicator.id },
      unit: unitOf(kind),
      higherIsBetter: headline.higherIsBetter,
      goalSource: target === null ? null : (text?.targetSources.get(indicator.id) ?? { nl: target.source, en: target.source }),
      city: cell(null),
      byDirectorate: Object.fromEntries(directoratesIn(rowsIn(periods.at(-1)!), indicator.id).map((d) => [d, cell(d)])),
    });
  }
  return lines;
}

function registerLines(report: ProcedureReport, periods: readonly PeriodFigures[], texts: MonitorTexts): MonitorLine[] {
  const text = texts.get(report.register);
  const source = { id: report.register, title: text?.title ?? { nl: report.title, en: report.title } };
  const rowsIn = (p: PeriodFigures) => p.registers.find((r) => r.register === report.register)?.rows ?? [];
  return report.indicators.map((indicator) => {
    const targets = report.targets.filter((t) => t.indicator === indicator.id);
    const goalFor = (directorate: string | null): Goal => {
      const t = targets.find((x) => x.directorate === directorate);
      return t === undefined ? null : { atLeast: t.atLeast, status: t.verdict };
    };
    const cell = (directorate: string | null) => rowCell(periods, rowsIn, indicator.id, directorate, true, () => goalFor(directorate));
    const stated = targets[0]?.source;
    return {
      key: `register:${report.register}:${indicator.id}`,
      section: 'agreement' as const,
      source,
      title: text?.indicators.get(indicator.id) ?? { nl: indicator.title ?? indicator.id, en: indicator.title ?? indicator.id },
      unit: 'share' as const,
      higherIsBetter: true,
      goalSource: stated === undefined ? null : { nl: stated.default, en: stated.en },
      city: cell(null),
      byDirectorate: Object.fromEntries(directoratesIn(rowsIn(periods.at(-1)!), indicator.id).map((d) => [d, cell(d)])),
    };
  });
}

function hrLines(periods: readonly PeriodFigures[]): MonitorLine[] {
  const current = periods.at(-1)!;
  const previous = periods.at(-2);
  const codes = [...(current.hr?.byDirectorate.keys() ?? [])];
  return HR_MEASURES.map((measure) => {
    const { nl, en, higherIsBetter } = HR_MEASURE_TEXT[measure];
    const pick = (hr: HrRelease | null, directorate: string | null): HrCell | undefined =>
      hr === null ? undefined : directorate === null ? hr.city[measure] : hr.byDirectorate.get(directorate)?.[measure];
    const cell = (directorate: string | null): MonitorCell => {
      const now = pick(current.hr, directorate);
      if (now === undefined) return NONE;
      const before = previous === undefined ? undefined : pick(previous.hr, directorate);
      const change = now.shown && before?.shown ? round(now.value! - before.value!) : null;
      const direction = change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
      return {
        ...NONE,
        status: now.shown ? 'shown' : 'hidden',
        reason: now.reason,
        value: now.value,
        change,
        direction,
        judgement: judge(direction, higherIsBetter),
        trend: periods.map((p) => {
          const c = pick(p.hr, directorate);
          return c?.shown ? c.value : null;
        }),
      };
    };
    return {
      key: `hr:${measure}`,
      section: 'hr' as const,
      source: null,
      title: { nl, en },
      unit: measure === 'absence' ? ('percent' as const) : ('count' as const),
      higherIsBetter,
      goalSource: null,
      city: cell(null),
      byDirectorate: Object.fromEntries(codes.map((d) => [d, cell(d)])),
    };
  });
}

/** A cell from the published row of each period: the current row's figures and change, the trend from every period's row. */
function rowCell(
  periods: readonly PeriodFigures[],
  rowsIn: (p: PeriodFigures) => readonly IndicatorRow[],
  indicator: string,
  directorate: string | null,
  higherIsBetter: boolean | null,
  goalOf: (row: IndicatorRow) => Goal,
): MonitorCell {
  const row = rowOf(rowsIn(periods.at(-1)!), indicator, directorate);
  if (row === undefined) return NONE;
  const trend = periods.map((p) => {
    const r = rowOf(rowsIn(p), indicator, directorate);
    return r?.shown ? r.value : null;
  });
  if (!row.shown) return { ...NONE, status: 'hidden', reason: row.reason, trend };
  const direction = row.change === null || row.significant === null ? null : !row.significant ? 'same' : row.change > 0 ? 'up' : 'down';
  return {
    status: 'shown',
    reason: null,
    n: row.n,
    value: row.value,
    lower: row.lower,
    upper: row.upper,
    change: row.change,
    direction,
    judgement: judge(direction, higherIsBetter),
    trend,
    goal: goalOf(row),
  };
}

function judge(direction: MonitorCell['direction'], higherIsBetter: boolean | null): MonitorCell['judgement'] {
  if (higherIsBetter === null || direction === null || direction === 'same') return null;
  return (direction === 'up') === higherIsBetter ? 'better' : 'worse';
}

/** The organisation units that have a row of `indicator` in a directorate breakdown. */
function directoratesIn(rows: readonly IndicatorRow[], indicator: string): string[] {
  const units = new Set(ORGANISATION_UNITS.map((u) => u.code));
  return [...new Set(rows.filter((r) => r.indicator === indicator && r.group !== null && units.has(r.group) && rowOf(rows, indicator, r.group) === r).map((r) => r.group!))];
}

function unitOf(kind: IndicatorKind): MonitorUnit {
  return kind === 'mean' || kind === 'scale' ? 'score' : 'share';
}

const round = (x: number) => Math.round(x * 1000) / 1000;
