import type { AnswerSource } from '../answer-source.ts';
import type { SurveyReport } from '../indicators/analyse.ts';
import type { OutputRow } from '../indicators/output.ts';
import type { ProcedureReport } from '../procedures/analyse-procedures.ts';
import { surveyLabels } from './labels.ts';
import { breakdownKey, UNKNOWN_KEY } from './model.ts';

/**
 * The Dutch name of each row's group, as the report shows it (a choice's text, a directorate's label
 * from the organisation list), for the `group_label` column of `npm run analyse -- --format csv`:
 * undefined for a row without a breakdown or a group without a name.
 */
export async function groupLabels(source: AnswerSource, reports: readonly SurveyReport[], procedures: readonly ProcedureReport[]): Promise<(row: OutputRow) => string | undefined> {
  const surveys = new Map<string, Record<string, { groups: Record<string, string> }>>();
  for (const r of reports) surveys.set(r.survey, surveyLabels(await source.definition(r.waveId), r).breakdowns);
  const registers = new Map(procedures.map((p) => [p.register, p.labels]));
  return (row) => {
    if (row.breakdown === null) return undefined;
    const breakdown = surveys.get(row.survey)?.[breakdownKey(row.breakdownSource, row.breakdown)] ?? registers.get(row.survey)?.[row.breakdown];
    return breakdown?.groups[row.group ?? UNKNOWN_KEY];
  };
}
