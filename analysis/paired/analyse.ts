import { answerValues } from '../../survey-format/checker/question-values.ts';
import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { isPlainObject } from '../../survey-format/validation/survey-json.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import type { AnswerSource } from '../answer-source.ts';
import { suppressCounts } from '../disclosure/suppress-counts.ts';
import { HIDDEN_FIGURES } from '../indicators/disclosure.ts';
import { UNKNOWN } from '../indicators/tally.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import { netDiscriminationRate } from '../stats/index.ts';
import { DEFAULT_MAJORITY_PROFILE, POSITIVE_OUTCOMES, type Profile } from './outcome.ts';
import { collectPairs, SCALE_QUESTION, type CollectedPairs, type Pair } from './pairs.ts';

/** The indicator id of the paired-testing rows. */
export const NET_DISCRIMINATION = 'netto_discriminatie';
/** The test behind `pValue` in a paired row: within the wave, on the discordant pairs. */
export const MCNEMAR_EXACT = 'McNemar exact test';

/**
 * One published row of paired testing, shaped like an {@link IndicatorRow} (same fields, same
 * meaning where they apply) plus the pair counts. Differences:
 * - `kind` is `net_discrimination`; `n` is the number of complete pairs; `value` is the net
 *   discrimination rate (b − c)/n with Newcombe's paired interval in `lower`/`upper`.
 * - `test`/`pValue`/`significant` are McNemar's exact test of b against c in this wave, not a
 *   change since the previous wave; `previousWave`, `previousValue` and `change` are filled in by
 *   analyseWave from the previous wave's published rows (paired-change.ts), without a test.
 * - The breakdown is the question `opdracht_directie`, `vacature_schaalgroep` (scale band) or
 *   `opdracht_soort` (internal or external vacancy), each its own table; `group` null is a value not given.
 * A hidden row carries only `reason` (as an indicator row), and none of the counts.
 */
export interface PairedRow extends Omit<IndicatorRow, 'kind' | 'test'> {
  kind: 'net_discrimination';
  test: typeof MCNEMAR_EXACT | null;
  /** a: both profiles positive. */
  bothPositive: number | null;
  /** b: only the majority profile positive. */
  majorityOnly: number | null;
  /** c: only the minority profile positive. */
  minorityOnly: number | null;
  /** d: neither positive. */
  neitherPositive: number | null;
  /** Share of complete pairs in which the majority, resp. minority, profile was positive. */
  majorityRate: number | null;
  minorityRate: number | null;
  /** Pairs in this group without a final outcome for both profiles: counted, not used. */
  incompletePairs: number | null;
  /** Pairs in this group whose observations disagree on the vacancy reference: counted, not used. */
  inconsistentPairs: number | null;
}

export interface PairedReport {
  survey: string;
  wave: string;
  waveId: string;
  closed: boolean;
  kMin: number;
  majorityProfile: Profile;
  minorityProfile: Profile;
  /** The `uitkomst` values that count as positive. */
  positiveOutcomes: string[];
  /** Whole wave: pairs by status, and observations that name no usable pair or profile. */
  pairs: { complete: number; incomplete: number; inconsistent: number };
  unpairedObservations: number;
  rows: PairedRow[];
}

export interface AnalysePairsOptions {
  /** Confidence level of the interval; default 0.95. */
  confidence?: number;
  /** McNemar's test is significant below this; default 0.05. */
  significance?: number;
  /** Which profile the study assigned to the majority (reference) candidate; default 'a'. */
  majorityProfile?: Profile;
  /** Answers read per query; default DEFAULT_PAGE_SIZE (answer-source.ts). */
  pageSize?: number;
  /** The wave's pairs when already collected (analyseWave collects them in the tally's pass); else the wave is read here. */
  pairs?: CollectedPairs;
}

/**
 * Paired testing of one mystery-guest wave: per wave overall and per directorate, the complete
 * pairs split into both / only majority / only minority / neither positive, the net discrimination
 * rate with Newcombe's paired interval, and McNemar's exact test on the discordant pairs.
 *
 * Disclosure control. Pairs are vacancies tested by fictitious candidates, not employees, but the
 * figures are still about small units of the City, so the wave's `kMin` applies to the number of
 * complete pairs: the overall row needs k pairs (else every row is hidden), and the directorate table
 * goes through {@link suppressCounts} (primary below k, secondary so that no hidden directorate can be
 * recovered from the total): what the indicators' suppressTable does for counts. The indicators'
 * "everyone answered the same" rule is not applied: a directorate where every tested vacancy
 * treated both profiles alike describes vacancies, not people. While the wave is open no row is
 * shown, the overall one included (two readings would differ by one pair). The list of pairs itself is
 * never published (it would give away hidden directorates); {@link collectPairs} gives it to the
 * research lead.
 *
 * Cost: one pass over the wave's observations unless `options.pairs` is given, memory O(pairs).
 */
export async function analysePairs(source: AnswerSource, wave: Wave, options: AnalysePairsOptions = {}): Promise<PairedReport> {
  const confidence = options.confidence ?? 0.95;
  const significance = options.significance ?? 0.05;
  const majority = options.majorityProfile ?? DEFAULT_MAJORITY_PROFILE;
  const minority: Profile = majority === 'a' ? 'b' : 'a';
  const choices = await breakdownChoices(source, wave);
  const { pairs, unpairedObservations } = options.pairs ?? (await collectPairs(source.answerPages(wave, options.pageSize)));
  const closed = waveStatus(wave, new Date()) === 'closed';
  // Per directorate, and split by the vacancy's scale band and by internal / external vacancy: each its own table.
  const splits: { name: string; groupOf: (p: Pair) => string | null }[] = [
    { name: OBSERVATION_QUESTIONS.directorate, groupOf: (p) => p.directorate },
    { name: SCALE_QUESTION, groupOf: (p) => p.scale },
    { name: OBSERVATION_QUESTIONS.kind, groupOf: (p) => p.kind },
  ];
  const completeIn = (ps: readonly Pair[]) => ps.filter((p) => p.status === 'complete').length;
  // While the wave takes observations nothing is published: two readings would differ by one pair.
  const totalShown = closed && completeIn(pairs) >= wave.kMin;
  const tableOf = (split: (typeof splits)[number]) => {
    const designed = choices.get(split.name) ?? [];
    const byGroup = new Map<string, Pair[]>(designed.map((g) => [g, []]));
    for (const p of pairs) {
      const g = split.groupOf(p) ?? UNKNOWN;
      if (!byGroup.has(g)) byGroup.set(g, []);
      byGroup.get(g)!.push(p);
    }
    const known = new Set(designed);
    const extra = [...byGroup.keys()].filter((g) => !known.has(g) && g !== UNKNOWN).sort();
    // The unknown group is a cell of the table only when it holds complete pairs.
    const hasUnknown = (byGroup.get(UNKNOWN) ?? []).some((p) => p.status === 'complete');
    const groups = [...designed, ...extra, ...(hasUnknown ? [UNKNOWN] : [])];
    const published = suppressCounts(Object.fromEntries(groups.map((g) => [g, completeIn(byGroup.get(g)!)])), wave.kMin);
    return { groups, byGroup, published };
  };

  const row = (group: string | null, breakdown: string | null, ps: readonly Pair[], shown: boolean): PairedRow => {
    const r: PairedRow = {
      survey: wave.surveyId,
      wave: wave.period,
      indicator: NET_DISCRIMINATION,
      kind: 'net_discrimination',
      breakdown,
      breakdownSource: breakdown === null ? null : 'question',
      special: false,
      group,
      ...HIDDEN_FIGURES,
      previousWave: null,
      trendBreak: false,
      bothPositive: null,
      majorityOnly: null,
      minorityOnly: null,
      neitherPositive: null,
      majorityRate: null,
      minorityRate: null,
      incompletePairs: null,
      inconsistentPairs: null,
    };
    const complete = ps.filter((p) => p.status === 'complete');
    if (!shown || complete.length === 0) return r;
    const result = netDiscriminationRate(
      complete.map((p) => ({ majority: p.profiles[majority].furthestPositive !== null, minority: p.profiles[minority].furthestPositive !== null })),
      { confidence },
    );
    return Object.assign(r, {
      shown: true,
      reason: null,
      n: result.pairs,
      value: round(result.netRate),
      lower: round(result.interval.lower),
      upper: round(result.interval.upper),
      test: MCNEMAR_EXACT,
      pValue: Number(result.pValue.toPrecision(4)),
      significant: result.pValue < significance,
      bothPositive: result.bothPositive,
      majorityOnly: result.majorityOnly,
      minorityOnly: result.minorityOnly,
      neitherPositive: result.neitherPositive,
      majorityRate: round(result.majorityRate),
      minorityRate: round(result.minorityRate),
      incompletePairs: ps.filter((p) => p.status === 'incomplete').length,
      inconsistentPairs: ps.filter((p) => p.status === 'inconsistent').length,
    });
  };

  const rows = [row(null, null, pairs, totalShown)];
  if (closed) {
    for (const split of splits) {
      const { groups, byGroup, published } = tableOf(split);
      for (const g of groups) rows.push(row(g === UNKNOWN ? null : g, split.name, byGroup.get(g)!, totalShown && published[g]!.shown));
    }
  }
  const count = (status: Pair['status']) => pairs.filter((p) => p.status === status).length;
  return {
    survey: wave.surveyId,
    wave: wave.period,
    waveId: wave.id,
    closed,
    kMin: wave.kMin,
    majorityProfile: majority,
    minorityProfile: minority,
    positiveOutcomes: Object.keys(POSITIVE_OUTCOMES),
    pairs: { complete: count('complete'), incomplete: count('incomplete'), inconsistent: count('inconsistent') },
    unpairedObservations,
    rows,
  };
}

/**
 * Whether a wave definition is a paired-testing protocol: its survey asks the pair, the tester
 * profile and the outcome (the questions in outcome.ts).
 */
export function isPairedProtocol(definition: Record<string, unknown>): boolean {
  const outline = outlineSurvey(isPlainObject(definition.survey) ? definition.survey : undefined);
  return [OBSERVATION_QUESTIONS.pair, OBSERVATION_QUESTIONS.profile, OBSERVATION_QUESTIONS.outcome].every((q) => outline.questions.has(q));
}

/** The groups by design of each split: the choices of its question in the wave's definition. */
async function breakdownChoices(source: AnswerSource, wave: Wave): Promise<Map<string, string[]>> {
  const definition = await source.definition(wave.id);
  if (!isPairedProtocol(definition)) throw new Error(`survey "${wave.surveyId}" does not ask ${OBSERVATION_QUESTIONS.pair}, ${OBSERVATION_QUESTIONS.profile} and ${OBSERVATION_QUESTIONS.outcome}: not a paired-testing protocol`);
  const outline = outlineSurvey(isPlainObject(definition.survey) ? definition.survey : undefined);
  const choicesOf = (name: string) => {
    const q = outline.questions.get(name);
    return q === undefined ? [] : (answerValues(q) ?? []).map(String);
  };
  // Only the kinds of assignment that are vacancies are paired: a service-point visit never is.
  const kinds = choicesOf(OBSERVATION_QUESTIONS.kind).filter((k) => k.startsWith('vacature_'));
  return new Map([
    [OBSERVATION_QUESTIONS.directorate, choicesOf(OBSERVATION_QUESTIONS.directorate)],
    [SCALE_QUESTION, choicesOf(SCALE_QUESTION)],
    [OBSERVATION_QUESTIONS.kind, kinds],
  ]);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
