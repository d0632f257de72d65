import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { attributeLabels } from '../../survey-format/organisation/organisation.ts';
import { isPlainObject } from '../../survey-format/validation/survey-json.ts';
import type { AnswerSource } from '../answer-source.ts';
import { analysePeriod, type AnalyseOptions, type SurveyReport } from '../indicators/analyse.ts';
import { PREFER_NOT_TO_SAY } from '../indicators/proportion.ts';
import { openTexts } from '../open-text/index.ts';
import { breakdownKey, UNKNOWN_KEY, type BreakdownLabel, type MonitorInput, type SurveyLabels, type SurveyMonitor } from './model.ts';
import { dutchText } from '../dutch-text.ts';

const byPeriod = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Everything the monitor report of `period` shows: each survey's report of that wave, the reports of
 * its earlier waves (for the trend), the names of its breakdowns and groups from the definition, and
 * its open answers (scrubbed, for the whole wave, only above kSpecial).
 * Throws WaveNotFoundError as {@link analysePeriod} does.
 */
export async function collectMonitor(source: AnswerSource, period: string, surveyId?: string, options: AnalyseOptions = {}): Promise<MonitorInput> {
  const reports = await analysePeriod(source, period, surveyId, options);
  const surveys: SurveyMonitor[] = [];
  for (const report of reports) {
    const earlier = (await source.waves(report.survey)).map((w) => w.period).filter((p) => byPeriod(p, period) < 0);
    const history: SurveyReport[] = [];
    for (const p of [...new Set(earlier)].sort(byPeriod)) history.push(...(await analysePeriod(source, p, report.survey, options)));
    const wave = await source.wave(report.waveId);
    surveys.push({
      report,
      history,
      labels: surveyLabels(await source.definition(report.waveId), report),
      openTexts: wave === undefined ? [] : await openTexts(source, wave, { pageSize: options.pageSize }),
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

/** "Sociaal (bijvoorbeeld werk, zorg)" -> "Sociaal": examples belong in the question, not in a chart. */
const short = (s: string) => s.replace(/\s*\((bijvoorbeeld|bijv\.|zoals|o\.a\.)[^)]*\)/gi, '').trim();

function humanise(name: string, survey: string): string {
  const parts = name.split('_');
  // "onb_periode" in onboarding, "exit_dienstjaren" in exit: the survey's own prefix says nothing.
  if (parts.length > 1 && survey.startsWith(parts[0]!)) parts.shift();
  const words = parts.join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The survey's title and purpose, and names for every breakdown and group in the report. */
export function surveyLabels(definition: Record<string, unknown>, report: SurveyReport): SurveyLabels {
  const survey = isPlainObject(definition.survey) ? definition.survey : {};
  const outline = outlineSurvey(survey);
  const seen = new Map<string, { source: string; name: string }>();
  for (const r of report.rows) {
    if (r.breakdown !== null && r.breakdownSource !== null) seen.set(breakdownKey(r.breakdownSource, r.breakdown), { source: r.breakdownSource, name: r.breakdown });
  }
  const names = [...seen.values()];
  const breakdowns: Record<string, BreakdownLabel> = {};
  for (const { source, name } of names) {
    const twice = names.filter((b) => b.name === name).length > 1;
    const base = humanise(name, report.survey);
    if (source === 'invitation') {
      // A directorate or scale band of the batch: its label from the organisation list, never the code.
      const groups = { [UNKNOWN_KEY]: 'Onbekend', ...attributeLabels(name, 'nl') };
      breakdowns[breakdownKey(source, name)] = { label: twice ? `${base} (volgens uitnodiging)` : base, question: null, groups };
      continue;
    }
    const q = outline.questions.get(name)?.json;
    const groups: Record<string, string> = { [UNKNOWN_KEY]: 'Onbekend of zeg ik liever niet' };
    const choices = Array.isArray(q?.choices) ? q.choices : [];
    for (const c of choices) {
      const value = isPlainObject(c) ? c.value : c;
      if (value === PREFER_NOT_TO_SAY || value === undefined || value === null) continue;
      const label = isPlainObject(c) ? dutchText(c.text) : undefined;
      groups[String(value)] = short(label ?? String(value));
    }
    if (q?.type === 'boolean') {
      groups.true = short(dutchText(q.labelTrue) ?? 'Ja');
      groups.false = short(dutchText(q.labelFalse) ?? 'Nee');
    }
    breakdowns[breakdownKey(source, name)] = { label: twice ? `${base} (eigen antwoord)` : base, question: q ? (dutchText(q.title) ?? null) : null, groups };
  }
  return {
    title: dutchText(survey.title) ?? report.survey,
    purpose: dutchText(definition.purpose) ?? null,
    breakdowns,
  };
}
