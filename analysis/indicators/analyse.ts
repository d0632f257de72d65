import type { AnswerSource } from '../answer-source.ts';
import { waveStatus, type Wave, type WaveDefinition } from '../../survey-format/wave.ts';
import { analysePairs, isPairedProtocol, type PairedReport } from '../paired/analyse.ts';
import { withPairedChange } from '../paired/paired-change.ts';
import { pairCollector, type CollectedPairs, type PairCollector } from '../paired/pairs.ts';
import { observedProcedureRows, observedProcedures, procedureMerger, withProceduresCounted, type ObservedProcedures, type ProcedureMerger } from '../procedures/observed-procedures.ts';
import type { Cell } from './cell.ts';
import { breaksTrend, compileDefinition } from './definition.ts';
import { publishRows, rowKey, type Figure, type PublishedWave, type WaveFigures } from './publish-rows.ts';
import { releasePlan, type ReleasePlan } from './release-plan.ts';
import { rankReasons } from './reasons.ts';
import { responseRateIndicator } from './response-rate.ts';
import { crossedKey } from './suppress-crossing.ts';
import { UNKNOWN, type RowReader } from './tally.ts';
import { targetRows } from './target-rows.ts';
import type { TargetDeclaration } from './target-rows.ts';
import type { EnteredBaseline, TargetSpec } from './target.ts';
import type { Breakdown, IndicatorKind, IndicatorRow } from './types.ts';

/** Confidence level of the intervals unless {@link AnalyseOptions} says otherwise. */
export const DEFAULT_CONFIDENCE = 0.95;

export interface AnalyseOptions {
  /** Confidence level of the intervals; default {@link DEFAULT_CONFIDENCE}. */
  confidence?: number;
  /** A change is significant when the test's p-value is below this; default 0.05. */
  significance?: number;
  /** Answers read per query; default DEFAULT_PAGE_SIZE (answer-source.ts). */
  pageSize?: number;
  /** The moment that decides whether a wave is still open (no group figures then); default the clock. */
  now?: Date;
  /**
   * Readers of each analysed wave's answers fed from its tally's pass, so that a caller that needs more
   * of the wave (its open texts: report/collect.ts) does not read it again. Not the previous wave's;
   * a wave whose report was stored is not read.
   */
  readersOf?: (wave: Wave, definition: WaveDefinition) => RowReader[];
}

/** Everything published about one wave of one survey: only suppressed figures. */
export interface SurveyReport {
  survey: string;
  wave: string;
  waveId: string;
  surveyVersion: string;
  closed: boolean;
  kMin: number;
  kSpecial: number;
  previousWave: string | null;
  previousVersion: string | null;
  /**
   * Every indicator in the order the survey declares them (response rate first); a target with its
   * declaration; each reason of a `reasons` indicator (id `<id>.<reason>`, its title the reason's
   * text) with the list it belongs to.
   */
  indicators: { id: string; kind: IndicatorKind; title: string | null; target: TargetSpec | null; list?: { id: string; title: string | null } }[];
  /** Target rows come after the other indicators' rows. */
  rows: IndicatorRow[];
  /**
   * The cells of the survey's crossings (`crossings`: directorate × scale band), one row per
   * indicator and cell, with `columnBreakdown` and `columnGroup` (rule 9 of disclosure.ts).
   * Absent from a report stored before crossings existed.
   */
  crossed?: IndicatorRow[];
  /** Paired testing, for an observation protocol with pairs of testers (analysis/paired); else null. */
  paired: PairedReport | null;
}

export class WaveNotFoundError extends Error {}

/**
 * All indicators of every survey that has a wave in `period` (or only `surveyId`'s), each overall and
 * per group of every breakdown, compared with the survey's previous wave, after disclosure control.
 * Throws WaveNotFoundError when no such wave exists.
 */
export async function analysePeriod(source: AnswerSource, period: string, surveyId?: string, options: AnalyseOptions = {}): Promise<SurveyReport[]> {
  const waves = (await source.waves(surveyId)).filter((w) => w.period === period);
  if (waves.length === 0) {
    throw new WaveNotFoundError(surveyId === undefined ? `No survey has a wave "${period}".` : `Survey "${surveyId}" has no wave "${period}".`);
  }
  const reports: SurveyReport[] = [];
  for (const wave of waves) reports.push(await analyseWave(source, wave, options));
  return reports;
}

/**
 * {@link analysePeriod} for one wave. A wave whose raw answers were deleted after its retention
 * period (server/retention) has its stored report returned as it was published then; a change since
 * the previous wave is always computed from that wave's published rows (published-cell.ts), so
 * it is the same whether or not the previous wave was purged.
 */
export async function analyseWave(source: AnswerSource, wave: Wave, options: AnalyseOptions = {}): Promise<SurveyReport> {
  const stored = await source.publishedReport(wave.id);
  // Stored by analyseWave itself (server/retention), so it has this shape.
  if (stored !== undefined) return stored.report as SurveyReport;
  const definition = await source.definition(wave.id);
  const previousWave = await previousWaveOf(source, wave);
  // An observation protocol's compliance items are counted per procedure: a pair of testers is one vacancy (decision 016).
  const procedures = definition.kind === 'observation' ? observedProcedures(compileDefinition(definition), waveStatus(wave, options.now ?? new Date()) !== 'closed') : undefined;
  const paired = isPairedProtocol(definition);
  // The observations of this wave and of the previous one are read once, in the pass of their indicators (decision 025).
  const observed = observationReaders(procedures, paired);
  const current = await waveFigures(source, wave, { ...options, readers: [...observed.readers, ...(options.readersOf?.(wave, definition) ?? [])] });
  const observedBefore = observationReaders(procedures, paired && previousWave !== undefined && isPairedProtocol(await source.definition(previousWave.id)));
  const previous = previousWave === undefined ? undefined : await publishedWave(source, previousWave, options, observedBefore.readers);
  const perObservation = rankReasons(publishRows(current, previous, options));
  const rows =
    procedures === undefined
      ? perObservation
      : withProceduresCounted(
          perObservation,
          await observedProcedureRows(
            wave,
            procedures,
            observed.procedures!.records(wave.period),
            // A purged previous wave kept only per-observation figures: no comparison then.
            previous === undefined || previous.stored !== undefined ? undefined : { period: previous.wave.period, records: observedBefore.procedures!.records(previous.wave.period) },
            options,
          ),
        );
  const crossed = rankReasons(publishRows({ ...current, figures: current.crossed }, previous === undefined ? undefined : { ...previous, rows: previous.crossed }, options));
  const published: PublishedWave = { wave, compiled: current.compiled, rows, crossed, confidence: options.confidence ?? DEFAULT_CONFIDENCE };
  const targets = await targetRows(current.compiled.targets, rows, { survey: wave.surveyId, period: wave.period, previousWave: previous?.wave.period ?? null }, (spec) =>
    baselineOf(source, spec, published, options),
  );
  return {
    survey: wave.surveyId,
    wave: wave.period,
    waveId: wave.id,
    surveyVersion: wave.surveyVersion,
    closed: waveStatus(wave, options.now ?? new Date()) === 'closed',
    kMin: wave.kMin,
    kSpecial: wave.kSpecial,
    previousWave: previous?.wave.period ?? null,
    previousVersion: previous?.wave.surveyVersion ?? null,
    indicators: [
      ...(wave.mode === 'invitation' ? [{ id: 'response_rate', kind: 'response_rate' as const, title: 'Respons', target: null }] : []),
      ...current.compiled.indicators.map((i) => ({
        id: i.id,
        kind: i.kind,
        title: i.title ?? null,
        target: null,
        ...(i.list === undefined ? {} : { list: { id: i.list.id, title: i.list.title ?? null } }),
      })),
      ...current.compiled.targets.map((t) => ({ id: t.id, kind: 'target' as const, title: t.title ?? null, target: t.spec })),
    ],
    rows: [...rows, ...targets],
    crossed,
    paired: paired ? await pairedWithChange(source, wave, observed.pairs!.result(), previous, observedBefore.pairs, options) : null,
  };
}

/** The readers of a wave's observations fed by its tally's pass: per procedure (when the protocol counts procedures) and per pair (when it is paired). */
function observationReaders(procedures: ObservedProcedures | undefined, paired: boolean): { procedures?: ProcedureMerger; pairs?: PairCollector; readers: RowReader[] } {
  const merger = procedures === undefined ? undefined : procedureMerger(procedures);
  const pairs = paired ? pairCollector() : undefined;
  return { procedures: merger, pairs, readers: [merger, pairs].filter((r) => r !== undefined) };
}

/**
 * Paired testing of a wave from its collected pairs, with the change of each shown rate since the
 * previous wave's published one (paired-change.ts): stored when that wave was purged, else from the
 * pairs collected in its pass (`previousPairs`, none when it is not a paired protocol).
 */
async function pairedWithChange(
  source: AnswerSource,
  wave: Wave,
  pairs: CollectedPairs,
  previous: (PublishedWave & { stored?: SurveyReport }) | undefined,
  previousPairs: PairCollector | undefined,
  options: AnalyseOptions,
): Promise<PairedReport> {
  const pairOptions = { confidence: options.confidence, significance: options.significance };
  const current = await analysePairs(source, wave, { ...pairOptions, pairs });
  if (previous === undefined || previousPairs === undefined) return current;
  const before = previous.stored !== undefined ? previous.stored.paired : await analysePairs(source, previous.wave, { ...pairOptions, pairs: previousPairs.result() });
  return withPairedChange(current, before);
}

/**
 * A wave's published rows: stored when it was purged (with that report, `stored`), else made now
 * (without its own comparison, which is not needed) in a pass that feeds `readers` too.
 */
async function publishedWave(source: AnswerSource, wave: Wave, options: AnalyseOptions, readers: readonly RowReader[] = []): Promise<PublishedWave & { stored?: SurveyReport }> {
  const stored = await source.publishedReport(wave.id);
  if (stored !== undefined) {
    const compiled = compileDefinition(await source.definition(wave.id));
    const report = stored.report as SurveyReport;
    return { wave, compiled, rows: report.rows, crossed: report.crossed ?? [], confidence: stored.confidence, stored: report };
  }
  const figures = await waveFigures(source, wave, { ...options, readers });
  const crossed = publishRows({ ...figures, figures: figures.crossed }, undefined, options);
  return { wave, compiled: figures.compiled, rows: publishRows(figures, undefined, options), crossed, confidence: options.confidence ?? DEFAULT_CONFIDENCE };
}

/**
 * The value a target starts from: the figure a researcher entered with its source, or the followed
 * cell as published in the baseline wave of the same survey. Null when none was entered yet, that
 * wave does not exist, its cell was hidden, or the indicator was declared or asked differently
 * then (a trend break: not comparable).
 */
async function baselineOf(
  source: AnswerSource,
  { id, spec }: TargetDeclaration,
  current: PublishedWave,
  options: AnalyseOptions,
): Promise<EnteredBaseline | { value: number; source: null } | null> {
  if (!('wave' in spec.baseline)) return (await source.targetBaselines?.(current.wave.surveyId))?.get(id) ?? null;
  const period = spec.baseline.wave;
  const wave = current.wave.period === period ? current.wave : (await source.waves(current.wave.surveyId)).find((w) => w.period === period);
  if (wave === undefined) return null;
  const then = wave === current.wave ? current : await publishedWave(source, wave, options);
  const indicator = current.compiled.indicators.find((i) => i.id === spec.indicator);
  if (indicator === undefined || (then !== current && breaksTrend(indicator, current.compiled, then.compiled))) return null;
  const key = JSON.stringify([spec.indicator, spec.group === null ? null : 'question', spec.group?.breakdown ?? null, spec.group?.value ?? null]);
  const row = then.rows.find((r) => r.kind !== 'target' && rowKey(r) === key);
  return row?.shown && row.value !== null ? { value: row.value, source: null } : null;
}

/** The wave of the same survey just before this one in period order ("2025-H2" before "2026-H1"). */
export async function previousWaveOf(source: AnswerSource, wave: Wave): Promise<Wave | undefined> {
  const order = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  const earlier = (await source.waves(wave.surveyId)).filter((w) => order(w.period, wave.period) < 0);
  return earlier.sort((a, b) => order(a.period, b.period)).at(-1);
}

/** Reads, tallies, estimates and suppresses one wave: every figure with whether it may be shown (release-plan.ts). */
async function waveFigures(source: AnswerSource, wave: Wave, options: AnalyseOptions & { readers?: readonly RowReader[] }): Promise<WaveFigures> {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const plan = await releasePlan(source, wave, options);
  const { compiled, tally, invitees, suppression } = plan;

  const figures: Figure[] = [];
  if (wave.mode === 'invitation' && invitees.total > 0) figures.push(...responseRateFigures(plan, confidence));
  compiled.indicators.forEach((indicator, i) => {
    const figure = (breakdown: Breakdown | null, group: string | null, cell: Cell, populationSize: number | undefined, shown: boolean): Figure => ({
      indicator: indicator.id,
      kind: indicator.kind,
      breakdown,
      group,
      shown,
      cell,
      estimate: shown ? indicator.estimate(cell, populationSize, confidence) : undefined,
      populationSize: indicator.kind === 'mean' || indicator.kind === 'scale' ? undefined : populationSize,
      alpha: breakdown === null && shown ? tally.alphas[i]! : null,
      compare: indicator.compare,
    });
    const overallPopulation = wave.mode === 'invitation' && invitees.total > 0 ? invitees.total : undefined;
    figures.push(figure(null, null, tally.overall.cells[i]!, overallPopulation, suppression.overall[i]!));
    tally.breakdowns.forEach(({ breakdown, groups }, b) => {
      const hidden = suppression.breakdowns[b]!.tables[i]!;
      if (hidden === null) return;
      for (const g of orderedGroups(breakdown, groups)) {
        const population = breakdown.source === 'invitation' ? invitees.byAttribute.get(breakdown.name)?.get(g) : undefined;
        figures.push(figure(breakdown, g === UNKNOWN ? null : g, groups.get(g)!.cells[i]!, population || undefined, !hidden.has(g)));
      }
    });
  });
  return { wave, compiled, figures, crossed: crossedFigures(plan, confidence) };
}

/** One figure per indicator and cell of every crossing the plan releases (rule 9), rows and columns in their groups' order. */
function crossedFigures({ compiled, tally, suppression }: ReleasePlan, confidence: number): Figure[] {
  const figures: Figure[] = [];
  tally.crossings.forEach(({ crossing, cells }, x) => {
    const rows = orderedGroups(crossing.rows, cells);
    const columns = orderedGroups(crossing.columns, cells.get(rows[0]!) ?? new Map());
    compiled.indicators.forEach((indicator, i) => {
      const hidden = suppression.crossings[x]!.tables[i];
      if (hidden === null || hidden === undefined) return;
      for (const r of rows) {
        for (const c of columns) {
          const cell = cells.get(r)!.get(c)!.cells[i]!;
          const shown = !hidden.has(crossedKey(r, c));
          figures.push({
            indicator: indicator.id,
            kind: indicator.kind,
            breakdown: crossing.rows,
            group: r === UNKNOWN ? null : r,
            column: { breakdown: crossing.columns, group: c === UNKNOWN ? null : c },
            shown,
            cell,
            estimate: shown ? indicator.estimate(cell, undefined, confidence) : undefined,
            populationSize: undefined,
            alpha: null,
            compare: indicator.compare,
          });
        }
      }
    });
  });
  return figures;
}

/** Response rates: overall from k answers of a closed wave, per batch attribute the groups the plan releases. */
function responseRateFigures({ wave, tally, invitees, open, suppression }: ReleasePlan, confidence: number): Figure[] {
  const rate = responseRateIndicator();
  const figure = (breakdown: Breakdown | null, group: string | null, answers: number, invited: number, shown: boolean): Figure => {
    const cell = rate.cell(answers, invited);
    return {
      indicator: 'response_rate',
      kind: 'response_rate',
      breakdown,
      group,
      shown: shown && invited > 0,
      cell,
      estimate: shown && invited > 0 ? rate.estimate(cell, confidence) : undefined,
      populationSize: invited,
      alpha: null,
      compare: rate.compare,
    };
  };
  const answers = tally.overall.respondents;
  const figures = [figure(null, null, answers, invitees.total, !open && answers >= wave.kMin)];
  tally.breakdowns.forEach(({ breakdown, groups }, b) => {
    if (breakdown.source !== 'invitation') return;
    const inviteesOfGroup = invitees.byAttribute.get(breakdown.name)!;
    const { hidden } = suppression.breakdowns[b]!;
    for (const g of orderedGroups(breakdown, groups)) {
      if ((groups.get(g)?.respondents ?? 0) === 0 && !inviteesOfGroup.has(g)) continue;
      figures.push(figure(breakdown, g === UNKNOWN ? null : g, groups.get(g)!.respondents, inviteesOfGroup.get(g) ?? 0, !hidden.has(g)));
    }
  });
  return figures;
}

/** Groups in the order they were designed (choices, batch values), then any others, unknown last. */
function orderedGroups(breakdown: Breakdown, groups: ReadonlyMap<string, unknown>): string[] {
  const designed = breakdown.groups.filter((g) => g !== UNKNOWN);
  const known = new Set(designed);
  const extra = [...groups.keys()].filter((g) => !known.has(g) && g !== UNKNOWN).sort();
  return [...designed, ...extra, ...(groups.has(UNKNOWN) ? [UNKNOWN] : [])];
}
