import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { attributeLabels } from '../../survey-format/organisation/organisation.ts';
import { isPlainObject } from '../../survey-format/validation/survey-json.ts';
import type { SurveyReport } from '../indicators/analyse.ts';
import { PREFER_NOT_TO_SAY } from '../indicators/proportion.ts';
import { reasonId } from '../indicators/reasons.ts';
import { breakdownKey, UNKNOWN_KEY, type BreakdownLabel, type SurveyLabels } from './model.ts';

/** The languages labels are read in: Dutch (the survey's `default`) and English (`en`). */
export type LabelLanguage = 'nl' | 'en';

const WORDS = {
  nl: { invitation: 'volgens uitnodiging', own: 'eigen antwoord', unknownBatch: 'Onbekend', unknownAnswer: 'Onbekend of zeg ik liever niet', yes: 'Ja', no: 'Nee' },
  en: { invitation: 'from the invitation', own: 'own answer', unknownBatch: 'Unknown', unknownAnswer: 'Unknown or prefer not to say', yes: 'Yes', no: 'No' },
} as const;

/** The text of a SurveyJS string or localisable object in `lang` (Dutch under `default` or `nl`), if there is one. */
function textIn(value: unknown, lang: LabelLanguage): string | undefined {
  if (typeof value === 'string') return value;
  if (!isPlainObject(value)) return undefined;
  const t = lang === 'en' ? (value.en ?? value.default ?? value.nl) : (value.default ?? value.nl);
  return typeof t === 'string' ? t : undefined;
}

/** "Sociaal (bijvoorbeeld werk, zorg)" -> "Sociaal": examples belong in the question, not in a chart. */
const short = (s: string) => s.replace(/\s*\((bijvoorbeeld|bijv\.|zoals|o\.a\.|for example|e\.g\.|such as)[^)]*\)/gi, '').trim();

function humanise(name: string, survey: string): string {
  const parts = name.split('_');
  // "onb_periode" in onboarding, "exit_dienstjaren" in exit: the survey's own prefix says nothing.
  if (parts.length > 1 && survey.startsWith(parts[0]!)) parts.shift();
  const words = parts.join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The survey's title and purpose, and names for every breakdown and group in the report, in `lang`
 * (Dutch by default, as the report): groups by the survey's choice texts, never by their codes.
 * The workspace's figures page reads them in the user's language.
 */
export function surveyLabels(definition: Record<string, unknown>, report: SurveyReport, lang: LabelLanguage = 'nl'): SurveyLabels {
  const w = WORDS[lang];
  const survey = isPlainObject(definition.survey) ? definition.survey : {};
  const outline = outlineSurvey(survey);
  const seen = new Map<string, { source: string; name: string }>();
  for (const r of report.rows) {
    if (r.breakdown !== null && r.breakdownSource !== null) seen.set(breakdownKey(r.breakdownSource, r.breakdown), { source: r.breakdownSource, name: r.breakdown });
  }
  // Both breakdowns of a crossing (background questions), even where a cut-down report has no one-way rows of them.
  for (const r of report.crossed ?? []) {
    for (const name of [r.breakdown, r.columnBreakdown]) if (name) seen.set(breakdownKey('question', name), { source: 'question', name });
  }
  const names = [...seen.values()];
  const breakdowns: Record<string, BreakdownLabel> = {};
  for (const { source, name } of names) {
    const twice = names.filter((b) => b.name === name).length > 1;
    const base = humanise(name, report.survey);
    if (source === 'invitation') {
      // A directorate or scale band of the batch: its label from the organisation list, never the code.
      const groups = { [UNKNOWN_KEY]: w.unknownBatch, ...attributeLabels(name, lang) };
      breakdowns[breakdownKey(source, name)] = { label: twice ? `${base} (${w.invitation})` : base, question: null, groups };
      continue;
    }
    const q = outline.questions.get(name)?.json;
    const groups: Record<string, string> = { [UNKNOWN_KEY]: w.unknownAnswer };
    const choices = Array.isArray(q?.choices) ? q.choices : [];
    for (const c of choices) {
      const value = isPlainObject(c) ? c.value : c;
      if (value === PREFER_NOT_TO_SAY || value === undefined || value === null) continue;
      const label = isPlainObject(c) ? textIn(c.text, lang) : undefined;
      groups[String(value)] = short(label ?? String(value));
    }
    if (q?.type === 'boolean') {
      groups.true = short(textIn(q.labelTrue, lang) ?? w.yes);
      groups.false = short(textIn(q.labelFalse, lang) ?? w.no);
    }
    breakdowns[breakdownKey(source, name)] = { label: twice ? `${base} (${w.own})` : base, question: q ? (textIn(q.title, lang) ?? null) : null, groups };
  }
  return {
    title: textIn(survey.title, lang) ?? report.survey,
    purpose: textIn(definition.purpose, lang) ?? null,
    breakdowns,
    indicators: indicatorTitles(definition, outline, lang),
  };
}

/** Every declared indicator's title in `lang`, and each reason of a `reasons` indicator (`<id>.<value>`) by its choice text. */
function indicatorTitles(definition: Record<string, unknown>, outline: ReturnType<typeof outlineSurvey>, lang: LabelLanguage): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const d of Array.isArray(definition.indicators) ? definition.indicators : []) {
    if (!isPlainObject(d) || typeof d.id !== 'string') continue;
    const title = textIn(d.title, lang);
    if (title !== undefined) titles[d.id] = title;
    if (d.kind !== 'reasons') continue;
    const q = outline.questions.get(String(d.question))?.json;
    for (const c of Array.isArray(q?.choices) ? q.choices : []) {
      const text = isPlainObject(c) && c.value !== undefined && c.value !== null ? textIn(c.text, lang) : undefined;
      if (text !== undefined) titles[reasonId(d.id, String((c as { value: unknown }).value))] = text;
    }
  }
  return titles;
}
