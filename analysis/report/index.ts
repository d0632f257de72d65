// The monitor report: one self-contained HTML page per wave (inline CSS and SVG charts, no script,
// no outside address), in Dutch, from the suppressed figures that analysis publishes.
import type { AnswerSource } from '../answer-source.ts';
import type { AnalyseOptions } from '../indicators/analyse.ts';
import type { ProcedureReport } from '../procedures/analyse-procedures.ts';
import { collectMonitor } from './collect.ts';
import { renderMonitorHtml } from './page.ts';

export { collectMonitor } from './collect.ts';
export { surveyLabels } from './labels.ts';
export { groupLabels } from './group-labels.ts';
export type { MonitorInput, SurveyLabels, SurveyMonitor } from './model.ts';
export { renderMonitorHtml } from './page.ts';

/** The file name of a wave's report: monitor-2026-H2.html. */
export const reportFileName = (period: string) => `monitor-${period}.html`;

/** Analyses `period` (and the earlier waves, for the trends) and renders the report, with the registers' `procedures` of the period when given. */
export async function monitorReport(source: AnswerSource, period: string, surveyId?: string, options: AnalyseOptions = {}, procedures: ProcedureReport[] = []): Promise<string> {
  return renderMonitorHtml({ ...(await collectMonitor(source, period, surveyId, options)), procedures });
}
