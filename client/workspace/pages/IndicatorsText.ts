import type { TargetStatus } from '../../../analysis/indicators/target.ts';

/**
 * The texts of the figures page's target and paired-testing parts, in Dutch (the default) and
 * English. The rest of the page's texts are in ../i18n.ts.
 */
const nl = {
  targetKind: 'doel: voortgang van een indicator',
  progress: 'Voortgang naar het doel',
  progressInterval: (lower: string, upper: string) => `interval ${lower} tot ${upper}`,
  status: 'Oordeel',
  statuses: {
    reached: 'doel gehaald',
    not_reached: 'doel niet gehaald',
    on_track: 'op koers',
    behind: 'achter op schema',
    undetermined: 'nog niet te zeggen',
  } satisfies Record<TargetStatus, string>,
  noStatusBaselineEstimate: 'geen oordeel: de uitgangswaarde is zelf een schatting',
  noBaseline: 'geen oordeel: de uitgangswaarde is niet bekend (een onderzoeker voert haar in onder Doelen)',
  source: 'bron',
  follows: 'Volgt',
  group: (breakdown: string, group: string) => `groep ${group} van ${breakdown}`,
  everyone: 'iedereen',
  currentValue: 'Waarde nu',
  baseline: 'Uitgangswaarde',
  baselineStated: (value: string, period: string, source: string) => `${value} in ${period} (bron: ${source})`,
  baselineWave: (value: string, period: string) => `${value} in ${period} (meting in Peil)`,
  unknown: 'niet bekend',
  goal: 'Doel',
  goalText: (value: string, by: string, change: string) => `${value} in ${by} (${change})`,
  relative: (x: string, up: boolean) => `${x} ${up ? 'hoger' : 'lager'} dan de uitgangswaarde`,
  absolute: (x: string, up: boolean) => `${x} ${up ? 'hoger' : 'lager'} dan de uitgangswaarde`,
  expected: 'Rechte lijn naar het doel',
  expectedText: (share: string) => `${share} van de weg op dit moment`,
  barLegend: 'Balk: de waarde nu met interval. Grijze streep: uitgangswaarde; blauwe streep: doel.',
  pairedTitle: 'Paartesten: krijgen beide profielen dezelfde kans?',
  pairedIntro:
    'Twee mystery guests met gelijke profielen, op één kenmerk na, solliciteren op dezelfde vacature. Netto discriminatie: het aandeel paren waarin alleen profiel A (meerderheid) een positieve uitkomst kreeg, min het aandeel waarin alleen profiel B (minderheid) die kreeg. Boven nul kreeg de meerderheid vaker een kans. De McNemar-toets (exact) kijkt naar de paren met verschillende uitkomsten.',
  pairedCounts: (complete: number, incomplete: number, inconsistent: number, unpaired: number) =>
    `${complete} complete paren; ${incomplete} nog niet afgerond en ${inconsistent} met tegenstrijdige gegevens tellen niet mee; ${unpaired} observaties zonder paar tellen alleen mee voor de naleving.`,
  pairedCaption: 'Paartesten per directie',
  colDirectorate: 'Directie',
  colPairs: 'Paren',
  colBoth: 'Beiden positief',
  colMajority: 'Alleen A (meerderheid)',
  colMinority: 'Alleen B (minderheid)',
  colNeither: 'Geen van beiden',
  colNet: 'Netto discriminatie (procentpunt)',
  colMcNemar: 'McNemar (exact)',
  allPairs: 'Alle paren',
  percentPoints: 'procentpunt',
  significant: 'significant',
};

export type IndicatorsText = typeof nl;

const en: IndicatorsText = {
  targetKind: 'target: progress of an indicator',
  progress: 'Progress towards the target',
  progressInterval: (lower, upper) => `interval ${lower} to ${upper}`,
  status: 'Verdict',
  statuses: {
    reached: 'target reached',
    not_reached: 'target not reached',
    on_track: 'on track',
    behind: 'behind schedule',
    undetermined: 'too early to say',
  },
  noStatusBaselineEstimate: 'no verdict: the baseline is an estimate itself',
  noBaseline: 'no verdict: the baseline is not known (a researcher enters it under Targets)',
  source: 'source',
  follows: 'Follows',
  group: (breakdown, group) => `group ${group} of ${breakdown}`,
  everyone: 'everyone',
  currentValue: 'Value now',
  baseline: 'Baseline',
  baselineStated: (value, period, source) => `${value} in ${period} (source: ${source})`,
  baselineWave: (value, period) => `${value} in ${period} (a wave in Peil)`,
  unknown: 'not known',
  goal: 'Target',
  goalText: (value, by, change) => `${value} by ${by} (${change})`,
  relative: (x, up) => `${x} ${up ? 'higher' : 'lower'} than the baseline`,
  absolute: (x, up) => `${x} ${up ? 'higher' : 'lower'} than the baseline`,
  expected: 'Straight line to the target',
  expectedText: (share) => `${share} of the way by now`,
  barLegend: 'Bar: the value now with its interval. Grey line: baseline; blue line: target.',
  pairedTitle: 'Paired tests: do both profiles get the same chance?',
  pairedIntro:
    'Two mystery guests with matched profiles, differing in one trait only, apply for the same vacancy. Net discrimination: the share of pairs in which only profile A (majority) had a positive outcome, minus the share in which only profile B (minority) had one. Above zero, the majority got a chance more often. McNemar\u2019s exact test looks at the pairs with different outcomes.',
  pairedCounts: (complete, incomplete, inconsistent, unpaired) =>
    `${complete} complete pairs; ${incomplete} not yet finished and ${inconsistent} with conflicting details are left out; ${unpaired} observations without a pair count for compliance only.`,
  pairedCaption: 'Paired tests per directorate',
  colDirectorate: 'Directorate',
  colPairs: 'Pairs',
  colBoth: 'Both positive',
  colMajority: 'Only A (majority)',
  colMinority: 'Only B (minority)',
  colNeither: 'Neither',
  colNet: 'Net discrimination (percentage points)',
  colMcNemar: 'McNemar (exact)',
  allPairs: 'All pairs',
  percentPoints: 'percentage points',
  significant: 'significant',
};

/** The texts in the reader's language: English for `en`, Dutch otherwise. */
export const indicatorsText = (locale: string): IndicatorsText => (locale === 'en' ? en : nl);
