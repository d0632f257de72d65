/**
 * The texts of the workspace's targets page (baselines a researcher enters), Dutch first; English
 * complete. Kept apart from i18n.ts so the page's texts sit together.
 */
import type { Locale } from '../i18n.ts';

const nl = {
  nav: 'Doelen',
  title: 'Doelen en uitgangswaarden',
  intro:
    'De doelen die de vragenlijsten volgen, met de bron van elk doel. Een doel dat uitgaat van een cijfer van vóór Peil krijgt pas een oordeel als een onderzoeker dat cijfer hier invoert, met waar het vandaan komt. Elke invoer komt in het auditlog.',
  none: 'Er zijn geen doelen in de vragenlijsten die je mag zien.',
  follows: 'Volgt',
  everyone: 'iedereen',
  goal: 'Doel',
  goalText: (change: string, by: string) => `${change} in ${by}`,
  relative: (pct: string) => `${pct} ten opzichte van de uitgangswaarde`,
  absolute: (amount: string) => `${amount} ten opzichte van de uitgangswaarde`,
  source: 'Bron van het doel',
  baseline: (period: string) => `Uitgangswaarde (${period})`,
  notEntered: 'nog niet ingevoerd: geen oordeel',
  fromWave: (wave: string) => `het cijfer van golf ${wave} in Peil`,
  entered: (value: string, source: string) => `${value} (bron: ${source})`,
  valueLabel: (period: string) => `Uitgangswaarde over ${period}`,
  valueHintShare: 'Als percentage, bijvoorbeeld 14 of 14,5.',
  valueHint: (low: number, high: number) => `Een getal van ${low} tot en met ${high}.`,
  sourceLabel: 'Bron van de uitgangswaarde',
  sourceHint: 'Waar het cijfer vandaan komt, bijvoorbeeld "Personeelsregistratie 31-12-2024".',
  save: 'Uitgangswaarde opslaan',
  saved: (title: string) => `De uitgangswaarde van "${title}" is opgeslagen.`,
};

export type TargetsText = typeof nl;

const en: TargetsText = {
  nav: 'Targets',
  title: 'Targets and baselines',
  intro:
    'The targets the surveys follow, with the source of each. A target that starts from a figure from before Peil gets a verdict only once a researcher enters that figure here, with where it comes from. Every entry goes to the audit log.',
  none: 'There are no targets in the surveys you may see.',
  follows: 'Follows',
  everyone: 'everyone',
  goal: 'Target',
  goalText: (change, by) => `${change} by ${by}`,
  relative: (pct) => `${pct} compared with the baseline`,
  absolute: (amount) => `${amount} compared with the baseline`,
  source: 'Source of the target',
  baseline: (period) => `Baseline (${period})`,
  notEntered: 'not entered yet: no verdict',
  fromWave: (wave) => `the figure of wave ${wave} in Peil`,
  entered: (value, source) => `${value} (source: ${source})`,
  valueLabel: (period) => `Baseline for ${period}`,
  valueHintShare: 'As a percentage, for example 14 or 14.5.',
  valueHint: (low, high) => `A number from ${low} to ${high}.`,
  sourceLabel: 'Source of the baseline',
  sourceHint: 'Where the figure comes from, for example "HR records 31-12-2024".',
  save: 'Save baseline',
  saved: (title) => `The baseline of "${title}" is saved.`,
};

export const targetsText: Record<Locale, TargetsText> = { nl, en };
