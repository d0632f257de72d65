import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { REGISTER_QUESTIONS } from '../../survey-format/register/questions.ts';
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
      const row = rows.find((r) => r.indicator === t.indicator && (directorate === null ? r.breakdown === null : r.breakdown === REGISTER_QUESTIONS.directorate && r.group === directorate));
      const shown = row?.shown === true && row.value !== null && row.lower !== null && row.upper !== null;
      const verdict: AgreementVerdict | null = !shown ? null : row.lower! >= t.atLeast ? 'reached' : row.upper! < t.atLeast ? 'not_reached' : 'undetermined';
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
