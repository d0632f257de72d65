import type { IndicatorRow } from '../indicators/types.ts';

/**
 * Breakdowns whose groups are organisation units (survey-format/organisation): a survey's
 * invitation batch attribute or background question `directie`, a mystery-guest assignment's
 * `opdracht_directie`, and a register's `directie`. Read by the monitor and by the figures scope
 * of a manager (server/auth/figures-scope.ts).
 */
export const DIRECTORATE_BREAKDOWNS: readonly string[] = ['directie', 'opdracht_directie'];

export const isDirectorateBreakdown = (breakdown: string | null): boolean => breakdown !== null && DIRECTORATE_BREAKDOWNS.includes(breakdown);

/**
 * The published row of `indicator` for one directorate, or for the city (`null`): the overall row,
 * or for a target that follows a group (scale 12 and up) its one row outside the directorate
 * breakdowns. For a directorate, a row of the invitation batches comes before one of the background
 * question: who was invited from a directorate is known, what a respondent ticks is not always.
 */
export function rowOf(rows: readonly IndicatorRow[], indicator: string, directorate: string | null): IndicatorRow | undefined {
  if (directorate === null) {
    return rows.find((r) => r.indicator === indicator && r.breakdown === null) ?? rows.find((r) => r.indicator === indicator && r.kind === 'target' && !isDirectorateBreakdown(r.breakdown));
  }
  const matches = rows.filter((r) => r.indicator === indicator && isDirectorateBreakdown(r.breakdown) && r.group === directorate);
  return matches.find((r) => r.breakdownSource === 'invitation') ?? matches[0];
}
