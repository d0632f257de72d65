import type { AnswerSource } from '../answer-source.ts';
import { analysePeriod, type AnalyseOptions, type SurveyReport } from '../indicators/analyse.ts';
import { openTexts, openTextsBeside } from '../open-text/index.ts';
import { surveyLabels } from './labels.ts';
import type { MonitorInput, SurveyMonitor } from './model.ts';

const byPeriod = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Everything the monitor report of `period` shows: each survey's report of that wave, the reports of
 * its earlier waves (for the trend), the names of its breakdowns and groups from the definition, and
 * its open answers (scrubbed, for the whole wave, only above kSpecial).
 * Throws WaveNotFoundError as {@link analysePeriod} does.
 */
export async function collectMonitor(source: AnswerSource, period: string, surveyId?: string, options: AnalyseOptions = {}): Promise<MonitorInput> {
  // Each wave's open answers are collected in the pass that tallies it, not read again.
  const texts = openTextsBeside();
  const reports = await analysePeriod(source, period, surveyId, { ...options, readersOf: texts.readersOf });
  const surveys: SurveyMonitor[] = [];
  for (const report of reports) {
    const earlier = (await source.waves(report.survey)).map((w) => w.period).filter((p) => byPeriod(p, period) < 0);
    const history: SurveyReport[] = [];
    for (const p of [...new Set(earlier)].sort(byPeriod)) history.push(...(await analysePeriod(source, p, report.survey, { ...options, readersOf: undefined })));
    const wave = await source.wave(report.waveId);
    surveys.push({
      report,
      history,
      labels: surveyLabels(await source.definition(report.waveId), report),
      openTexts: wave === undefined ? [] : await openTexts(source, wave, { pageSize: options.pageSize, collected: texts.of(wave.id) }),
    });
  }
  return {
    wave: period,
    surveys,
    generatedOn: new Date().toISOString().slice(0, 10),
    confidence: options.confidence ?? 0.95,
    significance: options.significance ?? 0.05,
  };
}
