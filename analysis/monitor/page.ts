import type { DirectoratePage, Monitor, MonitorCell, MonitorLine, MonitorSummary } from './model.ts';

const MISSED = new Set(['not_reached', 'behind']);

/**
 * What the top of a page says: the lines whose figure improved or declined (a significant change in
 * the direction the line counts as better or worse) and the targets and agreements it missed (a
 * target not reached or behind its path, an agreement whose interval lies below it). HR figures are
 * counts of everyone, without a test: their changes show on their lines, not in the summary.
 */
export function summaryOf(lines: readonly MonitorLine[], cellOf: (line: MonitorLine) => MonitorCell): MonitorSummary {
  const summary: MonitorSummary = { improved: [], declined: [], missed: [] };
  for (const line of lines) {
    const cell = cellOf(line);
    if (cell.status !== 'shown') continue;
    if (cell.judgement === 'better' && line.section !== 'hr') summary.improved.push(line.key);
    if (cell.judgement === 'worse' && line.section !== 'hr') summary.declined.push(line.key);
    if (cell.goal?.status != null && MISSED.has(cell.goal.status)) summary.missed.push(line.key);
  }
  return summary;
}

/** The city's summary, for the overview. */
export const citySummary = (monitor: Monitor): MonitorSummary => summaryOf(monitor.lines, (l) => l.city);

/**
 * One directorate's page: every line with its figure beside the city's; the summary is the
 * directorate's own. Cells only ever come from the monitor, so the page shows nothing it does not.
 * A directorate without any figure gets its page with every cell `none`.
 */
export function directoratePage(monitor: Monitor, directorate: string): DirectoratePage {
  const none: MonitorCell = { status: 'none', reason: null, n: null, value: null, lower: null, upper: null, change: null, direction: null, judgement: null, trend: [], goal: null };
  const cellOf = (line: MonitorLine) => line.byDirectorate[directorate] ?? none;
  return {
    period: monitor.period,
    periods: monitor.periods,
    directorate,
    summary: summaryOf(monitor.lines, cellOf),
    lines: monitor.lines.map((line) => {
      const { byDirectorate: _, ...rest } = line;
      return { ...rest, directorate: cellOf(line) };
    }),
  };
}
