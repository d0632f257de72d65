import { isTargetPeriod, periodEnd } from '../../survey-format/checker/periods.ts';
import { isPlainObject, type JsonObject } from '../../survey-format/validation/survey-json.ts';

/**
 * `target`: progress of another indicator of the same survey (overall, or one group of one of its
 * breakdowns) towards a declared goal, e.g. "the share with a migration background in scale 12 and
 * up 25% higher in 2026 than in 2024" (docs/survey-format.md, "Targets").
 *
 * - goal = baseline × (1 + relative change), or baseline + absolute change;
 * - progress = (value − baseline) / (goal − baseline): 0 at the baseline, 1 at the goal;
 * - its interval is the indicator's interval put through the same (linear) map, so it says how
 *   far along the programme is given the baseline. An entered baseline (a figure from before Peil,
 *   entered by a researcher with its source) is taken as exact; a baseline wave's figure is an
 *   estimate too, which that interval leaves out.
 * - status, only for an entered baseline (with a baseline wave the goal itself is uncertain and the
 *   current interval alone cannot decide it): `reached` when the whole interval lies at or beyond
 *   the goal; at or after the deadline `not_reached` when it lies wholly short of it; before the
 *   deadline `on_track` when the whole interval lies at or beyond a straight path from baseline to
 *   goal, `behind` when it lies wholly short of that path; otherwise `undetermined`. With a 95%
 *   interval each verdict is a two-sided test at the 5% level against a fixed value.
 */

/**
 * Where a target's baseline comes from: a wave of the survey in Peil, or a figure about `period`
 * that a researcher enters in the workspace with its source (server/routes/admin/targets.ts).
 */
export type TargetBaseline = { wave: string } | { period: string };

/** A baseline figure a researcher entered for a target, in the followed indicator's unit, with where it comes from (Dutch). */
export interface EnteredBaseline {
  value: number;
  source: string;
}

/** A target as declared in a survey definition (titles and source in Dutch). */
export interface TargetSpec {
  /** The indicator it follows (never a target). */
  indicator: string;
  /** One group of a background-question breakdown; null for everyone. */
  group: { breakdown: string; value: string } | null;
  baseline: TargetBaseline;
  change: { relative: number } | { absolute: number };
  /** The period by which the goal should be reached: a year (2026) or a half-year (2026-H2). */
  by: string;
  /** Where the goal comes from (a programme plan, an agreement), in Dutch. */
  source: string;
}

export type TargetStatus = 'reached' | 'not_reached' | 'on_track' | 'behind' | 'undetermined';

/** What a shown target row adds to the followed cell's figures. */
export interface TargetFigures {
  /** null when the baseline wave's cell was not shown (or that wave is missing). */
  baseline: number | null;
  goal: number | null;
  progress: number | null;
  progressLower: number | null;
  progressUpper: number | null;
  /** Share of the way a straight path from baseline to goal would have covered by this wave (0-1). */
  expectedProgress: number | null;
  status: TargetStatus | null;
  /** Where the goal comes from (a policy document, an agreement), in Dutch. */
  source: string | null;
  /** Where the baseline figure comes from, in Dutch, when it is not a wave of the survey. */
  baselineSource: string | null;
}

export { isTargetPeriod, periodEnd };

/** The period of a target's baseline. */
export const baselinePeriod = (b: TargetBaseline): string => ('wave' in b ? b.wave : b.period);

/** Whether a researcher enters the target's baseline (rather than it being a wave of the survey). */
export const isEnteredBaseline = (b: TargetBaseline): b is { period: string } => !('wave' in b);

/**
 * Where an interval lies against a line (a goal, a threshold, the straight path to a goal): wholly
 * at or beyond it, wholly short of it, or across it. The one rule behind every verdict on a target:
 * a verdict is given only where the whole interval lies on one side (with a 95% interval, a
 * two-sided test at the 5% level against a fixed value).
 */
export function sideOf(lower: number, upper: number, line: number): 'beyond' | 'short' | 'across' {
  return lower >= line ? 'beyond' : upper < line ? 'short' : 'across';
}

/** The goal a change makes of a baseline. */
export function goalOf(baseline: number, change: TargetSpec['change']): number {
  return 'relative' in change ? baseline * (1 + change.relative) : baseline + change.absolute;
}

/**
 * Baseline, goal, progress with its interval, the straight-path expectation and the status of a
 * target in `period`, from the followed cell's value and interval and the baseline (null when
 * unknown: not entered yet, or the baseline wave's cell hidden). Throws nothing: figures that
 * cannot be worked out are null.
 *
 * Example: baseline 0.32 (entered, 2024), +25% by 2026 → goal 0.40; a value of 0.37 (0.33-0.41)
 * in 2026-H1 is progress 0.625 (0.125-1.125) against an expected 0.75: undetermined.
 */
export function targetFigures(
  spec: TargetSpec,
  period: string,
  current: { value: number; lower: number | null; upper: number | null },
  entered: { value: number; source: string | null } | null,
): TargetFigures {
  const baseline = entered?.value ?? null;
  const start = periodEnd(baselinePeriod(spec.baseline));
  const end = periodEnd(spec.by);
  const now = periodEnd(period);
  const expectedProgress =
    start === undefined || end === undefined || now === undefined || end <= start ? null : Math.min(1, Math.max(0, (now - start) / (end - start)));
  const sources = { source: spec.source, baselineSource: entered?.source ?? null };
  const none: TargetFigures = { baseline, goal: null, progress: null, progressLower: null, progressUpper: null, expectedProgress, status: null, ...sources };
  if (baseline === null) return none;
  const goal = goalOf(baseline, spec.change);
  const span = goal - baseline;
  if (!(Math.abs(span) > 1e-12)) return { ...none, goal };
  const toProgress = (x: number) => (x - baseline) / span;
  const progress = toProgress(current.value);
  const ends = current.lower === null || current.upper === null ? null : [toProgress(current.lower), toProgress(current.upper)].sort((a, b) => a - b);
  const progressLower = ends?.[0] ?? null;
  const progressUpper = ends?.[1] ?? null;
  let status: TargetStatus | null = null;
  if (isEnteredBaseline(spec.baseline)) {
    status = 'undetermined';
    const due = now !== undefined && end !== undefined && now >= end;
    if (progressLower !== null && progressUpper !== null) {
      const toGoal = sideOf(progressLower, progressUpper, 1);
      if (toGoal === 'beyond') status = 'reached';
      else if (due) status = toGoal === 'short' ? 'not_reached' : 'undetermined';
      else if (expectedProgress !== null) status = ({ beyond: 'on_track', short: 'behind', across: 'undetermined' } as const)[sideOf(progressLower, progressUpper, expectedProgress)];
    }
  }
  return { baseline, goal, progress, progressLower, progressUpper, expectedProgress, status, ...sources };
}

/**
 * Reads a target declaration that passed the survey checker (survey-format/checker/indicators.ts); throws
 * on anything else, which would be a broken database rather than a user error.
 */
export function parseTarget(d: JsonObject): TargetSpec {
  const id = String(d.id);
  const fail = (what: string) => new Error(`target "${id}": ${what}`);
  if (typeof d.indicator !== 'string') throw fail('names no indicator');
  if (typeof d.by !== 'string' || !isTargetPeriod(d.by)) throw fail('has no period "by"');
  let group: TargetSpec['group'] = null;
  if (d.group !== undefined) {
    if (!isPlainObject(d.group) || typeof d.group.breakdown !== 'string' || typeof d.group.value !== 'string') throw fail('has a malformed group');
    group = { breakdown: d.group.breakdown, value: d.group.value };
  }
  const b = d.baseline;
  let baseline: TargetBaseline;
  if (isPlainObject(b) && typeof b.wave === 'string') baseline = { wave: b.wave };
  else if (isPlainObject(b) && typeof b.period === 'string') baseline = { period: b.period };
  else throw fail('has a malformed baseline');
  if (!isPlainObject(d.source) || typeof d.source.default !== 'string') throw fail('has no source');
  const c = d.change;
  let change: TargetSpec['change'];
  if (isPlainObject(c) && typeof c.relative === 'number') change = { relative: c.relative };
  else if (isPlainObject(c) && typeof c.absolute === 'number') change = { absolute: c.absolute };
  else throw fail('has a malformed change');
  return { indicator: d.indicator, group, baseline, change, by: d.by, source: d.source.default };
}
