import type { Cell } from './cell.ts';
import type { TargetFigures } from './target.ts';

/**
 * What an indicator measures. `target` is not computed from answers: it follows another indicator
 * of the same survey (overall or one group) against a declared goal (target.ts).
 */
export type IndicatorKind = 'proportion' | 'mean' | 'scale' | 'compliance' | 'reasons' | 'response_rate' | 'target';

/** The statistical test used to compare a group with the previous wave. */
export type ChangeTest = 'two-proportion z-test' | 'Welch t-test';

export type Answers = Record<string, unknown>;

/** An indicator's estimate for one cell, before disclosure control. */
export interface Estimate {
  value: number;
  lower: number | null;
  upper: number | null;
}

/** A comparison of a cell with the same cell in the previous wave. */
export interface Comparison {
  test: ChangeTest;
  pValue: number;
}

/**
 * An indicator declared in a survey definition, compiled for one wave: it reads one respondent's
 * answers into a number (or undefined when the respondent does not count), and turns an accumulated
 * {@link Cell} into an estimate and a comparison. One kind per file: proportion.ts, compliance.ts,
 * mean.ts, scale.ts, reasons.ts (one per reason); response-rate.ts is computed from invitations instead.
 */
export interface AnswerIndicator {
  id: string;
  kind: Exclude<IndicatorKind, 'response_rate' | 'target'>;
  title: string | undefined;
  /**
   * The questions it reads, for the trend-break check; `read` sees these answers only and depends on
   * nothing else (tally.ts reads a one-question indicator without `wave` once per distinct answer).
   */
  questions: readonly string[];
  /** What about the declaration must stay equal for a trend (canonical JSON). */
  signature: string;
  read(answers: Answers): number | undefined;
  estimate(cell: Cell, populationSize: number | undefined, confidence: number): Estimate;
  compare(current: Cell, previous: Cell): Comparison | null;
  /** Whole-wave statistics (Cronbach's alpha for a scale), fed every respondent. */
  wave?: WaveStatistic;
  /** A reason (kind `reasons`): the declared `reasons` indicator it is one reason of. */
  list?: { id: string; title: string | undefined };
}

export interface WaveStatistic {
  add(answers: Answers): void;
  /** Cronbach's alpha over the respondents who answered every item; null when undefined. */
  result(): number | null;
}

/** A breakdown attribute: from the invitation batch, or a background question of the survey. */
export interface Breakdown {
  source: 'invitation' | 'question';
  name: string;
  special: boolean;
  /** The groups that exist by design (choices, batch values, UNKNOWN), shown even when nobody is in them. */
  groups: readonly string[];
}

/** One published row: one indicator for one group (or overall), after disclosure control. */
export interface IndicatorRow {
  survey: string;
  wave: string;
  indicator: string;
  kind: IndicatorKind;
  /** null for the overall row. */
  breakdown: string | null;
  breakdownSource: Breakdown['source'] | null;
  special: boolean;
  /** The group's value; null in the overall row and for "unknown" (not answered, prefer not to say, no attribute). */
  group: string | null;
  /** Only in a row of a crossing (SurveyReport.crossed): the column breakdown; `breakdown` is the row breakdown. */
  columnBreakdown?: string;
  /** Only in a row of a crossing: the column group (null for "unknown"); `group` is the row group. */
  columnGroup?: string | null;
  shown: boolean;
  /** Only ever "te weinig antwoorden", for a hidden and for an empty group alike. */
  reason: string | null;
  n: number | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** The group's headcount (invitees) when known: used for the finite-population correction. */
  populationSize: number | null;
  /** Cronbach's alpha of a scale, in its overall row. */
  alpha: number | null;
  previousWave: string | null;
  previousValue: number | null;
  change: number | null;
  test: ChangeTest | null;
  pValue: number | null;
  significant: boolean | null;
  /** The previous wave declared or asked this indicator differently: the change is not a trend. */
  trendBreak: boolean;
  /**
   * Only in a shown `target` row: baseline, goal and progress towards it. The row's n, value,
   * interval and change are those of the indicator cell the target follows, published beside it.
   */
  target: TargetFigures | null;
  /**
   * Only in a shown `reasons` row: its place among the reasons of its list in the same group (1 =
   * named most; equal shares share a place, the next place skips: 1, 2, 2, 4). Null otherwise.
   */
  rank: number | null;
}
