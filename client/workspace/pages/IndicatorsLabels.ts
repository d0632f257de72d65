import { breakdownKey, UNKNOWN_KEY, type SurveyLabels } from '../../../analysis/report/model.ts';
import type { WorkspaceText } from '../i18n.ts';

/** A breakdown's name in the reader's language, by the survey's words (its code only when the survey has none). */
export const breakdownName = (labels: SurveyLabels, source: string | null, breakdown: string) => labels.breakdowns[breakdownKey(source, breakdown)]?.label ?? breakdown;

/** A group's name: "Iedereen" for the overall row, else the survey's choice text or the organisation's label. */
export function groupName(t: WorkspaceText, labels: SurveyLabels, r: { breakdownSource: string | null; breakdown: string | null; group: string | null }): string {
  if (r.breakdown === null) return t.everyone;
  return labels.breakdowns[breakdownKey(r.breakdownSource, r.breakdown)]?.groups[r.group ?? UNKNOWN_KEY] ?? r.group ?? t.unknownGroup;
}
