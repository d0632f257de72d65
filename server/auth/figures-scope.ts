import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import type { ProcedureReport } from '../../analysis/procedures/analyse-procedures.ts';
import { halfYearWave } from '../../survey-format/calendar.ts';
import type { Account } from '../db/accounts.ts';
import { fieldProblem, Problem } from '../errors.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import { DIRECTORATE_BREAKDOWNS, isDirectorateBreakdown } from '../../analysis/monitor/directorate-rows.ts';
import { can, requireCan } from './permissions.ts';
import { maySee } from './scope.ts';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether the wave shows in the account's wave list: every wave in scope for who works on waves, closed ones for readers of published figures. */
export function listsWave(account: Account, wave: Wave, now: Date): boolean {
  if (!maySee(account, wave.surveyId)) return false;
  if (can(account, 'waves') || can(account, 'figures')) return true;
  return can(account, 'published-figures') && waveStatus(wave, now) === 'closed';
}

/**
 * The directorate whose figures the account may read of this wave, with the city totals: `asked`
 * (a query parameter) or, when that is missing, the manager's own directorate, or null for every
 * group. 403 for a role without figures, for a wave not yet published to a reader of published
 * figures, and for a manager asking for another directorate.
 */
export function figuresScope(account: Account, wave: Wave, now: Date, asked: string | undefined): string | null {
  return publishedScope(account, asked, waveStatus(wave, now) === 'closed', () =>
    new Problem(403, 'forbidden', `The figures of wave "${wave.id}" are published once it is closed.`, [fieldProblem('id', 'figures-not-published')]),
  );
}

/**
 * {@link figuresScope} for a register's figures of a half-year (`2026-H2`): they are published once
 * the half-year is over, as a wave's once it is closed; until then only accounts with `figures`
 * read them.
 */
export function periodFiguresScope(account: Account, period: string, now: Date, asked: string | undefined): string | null {
  return publishedScope(account, asked, period < halfYearWave(now), () =>
    new Problem(403, 'forbidden', `The figures of ${period} are published once the half-year is over.`, [fieldProblem('period', 'figures-not-published')]),
  );
}

function publishedScope(account: Account, asked: string | undefined, published: boolean, notYet: () => Problem): string | null {
  requireCan(account, 'figures', 'published-figures');
  if (!can(account, 'figures')) {
    if (!published) throw notYet();
    if (account.directorate !== null) {
      if (asked !== undefined && !same(asked, account.directorate)) {
        throw new Problem(403, 'forbidden', `This account sees the figures of directorate "${account.directorate}" only.`, [
          fieldProblem('directorate', 'directorate-out-of-scope'),
        ]);
      }
      return account.directorate;
    }
  }
  return asked ?? null;
}

/** A row of one directorate's figures: a city total, or a group of a directorate breakdown that is `directorate`. */
const inDirectorate = (directorate: string) => (r: { breakdown: string | null; group: string | null }) =>
  r.breakdown === null || (DIRECTORATE_BREAKDOWNS.includes(r.breakdown) && r.group !== null && same(r.group, directorate));

/** A cell of a crossing in `directorate`: its row or its column group is that directorate. */
const crossedInDirectorate = (directorate: string) => (r: { breakdown: string | null; group: string | null; columnBreakdown?: string; columnGroup?: string | null }) =>
  (isDirectorateBreakdown(r.breakdown) && r.group !== null && same(r.group, directorate)) ||
  (isDirectorateBreakdown(r.columnBreakdown ?? null) && r.columnGroup != null && same(r.columnGroup, directorate));

/**
 * A report cut down to one directorate's groups and the city totals (null: unchanged). Rows of
 * other breakdowns go too: a manager sees their directorate, not the city's groups by age or scale;
 * of a crossing, only the cells in their directorate (by scale band, say).
 * Only suppressed rows are ever in a report, so what is left reveals nothing the whole did not.
 */
export function reportFor(report: SurveyReport, directorate: string | null): SurveyReport {
  if (directorate === null) return report;
  const keep = inDirectorate(directorate);
  return {
    ...report,
    rows: report.rows.filter(keep),
    ...(report.crossed === undefined ? {} : { crossed: report.crossed.filter(crossedInDirectorate(directorate)) }),
    paired: report.paired === null ? null : { ...report.paired, rows: report.paired.rows.filter(keep) },
  };
}

/**
 * A register's figures cut down to one directorate's rows and the city totals, and to the
 * agreement targets of that directorate and of the whole organisation (null: unchanged), as
 * {@link reportFor} does for a survey.
 */
export function procedureReportFor(report: ProcedureReport, directorate: string | null): ProcedureReport {
  if (directorate === null) return report;
  return {
    ...report,
    rows: report.rows.filter(inDirectorate(directorate)),
    targets: report.targets.filter((t) => t.directorate === null || same(t.directorate, directorate)),
  };
}
