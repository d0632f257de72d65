import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { REGISTER_QUESTIONS } from '../../survey-format/register/questions.ts';
import { sideOf } from '../indicators/target.ts';
import type { IndicatorRow } from '../indicators/types.ts';

/** Whether a figure meets its agreement: only said when the whole interval lies on one side of it. */
export type AgreementVerdict = 'reached' | 'not_reached' | 'undetermined';

/** An agreement target beside the figure it is about (the share of procedures in `period`). */
export interface AgreementTargetRow {
  indicator: string;
  /** null: the whole organisation. */
  directorate: string | null;
  year: number;
  atLeast: number;
  source: { default: string; en: string };
  /** The figure as published; null (and no verdict) when it is hidden or there is none. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  verdict: AgreementVerdict | null;
}

/**
 * The register's agreement targets for the year of `period` (2026-H1 and 2026-H2 both meet the
 * 2026 target), each beside its published row: `reached` when the interval's lower end is at or
 * above the target, `not_reached` when its upper end is below it, else `undetermined`. A hidden
 * figure gets no verdict, so a target never reveals a suppressed cell.
 */
export function agreementTargets(definition: TSurveyDefinition, period: string, rows: readonly IndicatorRow[]): AgreementTargetRow[] {
  const year = Number(period.slice(0, 4));
  return (definition.agreementTargets ?? [])
    .filter((t) => t.year === year)
    .map((t) => {
      const directorate = t.directorate ?? null;
      const row = rows.find((r) => isTargetOf({ indicator: t.indicator, directorate }, r));
      const shown = row?.shown === true && row.value !== null && row.lower !== null && row.upper !== null;
      const verdict: AgreementVerdict | null = !shown ? null : ({ beyond: 'reached', short: 'not_reached', across: 'undetermined' } as const)[sideOf(row.lower!, row.upper!, t.atLeast)];
      return {
        indicator: t.indicator,
        directorate,
        year: t.year,
        atLeast: t.atLeast,
        source: t.source,
        value: shown ? row.value : null,
        lower: shown ? row.lower : null,
        upper: shown ? row.upper : null,
        verdict,
      };
    });
}

/** Whether `row` is the figure an agreement target is about: its indicator overall, or its directorate's group. */
export function isTargetOf(target: Pick<AgreementTargetRow, 'indicator' | 'directorate'>, row: Pick<IndicatorRow, 'indicator' | 'breakdown' | 'group'>): boolean {
  if (row.indicator !== target.indicator) return false;
  return target.directorate === null ? row.breakdown === null : row.breakdown === REGISTER_QUESTIONS.directorate && row.group === target.directorate;
}

/**
 * A register's rows as the CSV writes them: the row an agreement target is about carries it as its
 * `target` (the goal, the verdict as status, the source), in the columns every target row uses.
 */
export function rowsWithAgreementTargets(rows: readonly IndicatorRow[], targets: readonly AgreementTargetRow[]): IndicatorRow[] {
  return rows.map((row) => {
    const t = targets.find((x) => isTargetOf(x, row));
    if (t === undefined) return row;
    const target = { baseline: null, goal: t.atLeast, progress: null, progressLower: null, progressUpper: null, expectedProgress: null, status: t.verdict, source: t.source.default, baselineSource: null };
    return { ...row, target };
  });
}
