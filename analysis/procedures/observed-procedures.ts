import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import type { Wave } from '../../survey-format/wave.ts';
import type { CompiledDefinition } from '../indicators/definition.ts';
import { UNKNOWN, type RowReader } from '../indicators/tally.ts';
import { PREFER_NOT_TO_SAY } from '../indicators/proportion.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import type { ProcedureRecord } from './procedure-source.ts';
import { procedureRows } from './procedure-rows.ts';
import { tallyRegister, type RegisterBreakdown, type RegisterIndicator } from './register-tally.ts';

// Breakdowns that describe one tester or one visit, not the procedure: they cannot split procedures.
const PER_OBSERVATION = new Set<string>([OBSERVATION_QUESTIONS.profile, OBSERVATION_QUESTIONS.step]);

/** What an observation protocol counts per procedure: its compliance items, and the breakdowns that can split procedures. */
export interface ObservedProcedures {
  indicators: RegisterIndicator[];
  breakdowns: RegisterBreakdown[];
}

/**
 * The compliance indicators of an observation protocol counted per procedure, not per observation:
 * every observation of one vacancy or visit (`procedure_ref`), by both testers of a pair and in
 * every step, is one procedure, so n is the number of vacancies, not of observers. A procedure
 * complies with an item when every observation that answered it did; one that did not is enough
 * for "niet gelukt". An observation without a reference is a procedure of its own. Breakdowns by
 * tester profile and step are left out, since a procedure has both profiles and every step, and
 * every breakdown while the wave is `live`. Undefined when the protocol has no compliance item.
 */
export function observedProcedures(compiled: CompiledDefinition, live: boolean): ObservedProcedures | undefined {
  const indicators: RegisterIndicator[] = compiled.indicators
    .filter((i) => i.kind === 'compliance')
    .map((i) => {
      const question = i.questions[0]!;
      return { id: i.id, title: i.title ?? null, question, succeeded: (answer: unknown) => i.read({ [question]: answer }) === 1 };
    });
  if (indicators.length === 0) return undefined;
  const breakdowns: RegisterBreakdown[] = live
    ? []
    : compiled.questionBreakdowns.filter((b) => !PER_OBSERVATION.has(b.name)).map((b) => ({ name: b.name, groups: b.groups.filter((g) => g !== UNKNOWN) }));
  return { indicators, breakdowns };
}

/**
 * Rows of the procedures of a wave (`current`, from {@link procedureMerger}) compared with those of
 * the previous wave (`previous`: none when that wave was purged, since it kept only per-observation
 * figures), as for a register (procedure-rows.ts), with the wave's k and no finite-population
 * correction (the number of procedures a sample was drawn from is not known here).
 */
export async function observedProcedureRows(
  wave: Wave,
  { indicators, breakdowns }: ObservedProcedures,
  current: readonly ProcedureRecord[],
  previous: { period: string; records: readonly ProcedureRecord[] } | undefined,
  options: { confidence?: number; significance?: number },
): Promise<IndicatorRow[]> {
  const tally = (records: readonly ProcedureRecord[]) => tallyRegister(onePage(records), indicators, breakdowns);
  const before = previous === undefined ? undefined : await tally(previous.records);
  return procedureRows({
    survey: wave.surveyId,
    period: wave.period,
    previousPeriod: before !== undefined && before.records > 0 ? previous!.period : null,
    indicators,
    current: await tally(current),
    previous: before,
    k: wave.kMin,
    finite: false,
    confidence: options.confidence,
    significance: options.significance,
  });
}

async function* onePage(records: readonly ProcedureRecord[]): AsyncIterable<ProcedureRecord[]> {
  yield [...records];
}

const unanswered = (v: unknown) => v === undefined || v === null || v === PREFER_NOT_TO_SAY;

/** A {@link RowReader} that merges observations into procedures; `records` once every observation was read. */
export interface ProcedureMerger extends RowReader {
  records(period: string): ProcedureRecord[];
}

/**
 * Observations merged into one record per procedure (`procedure_ref`): an item's answer is the first
 * one that fails it, else the first; every other answer the first given. Reads the reference, the
 * directorate, the items' questions and the breakdowns' (what tallyRegister reads), fed one
 * observation at a time by the tally's pass (analyseWave).
 * Cost: per observation one look-up per field; memory O(procedures).
 */
export function procedureMerger({ indicators, breakdowns }: ObservedProcedures): ProcedureMerger {
  const fields = [...new Set([OBSERVATION_QUESTIONS.reference, OBSERVATION_QUESTIONS.directorate, ...indicators.map((i) => i.question), ...breakdowns.map((b) => b.name)])];
  // The first indicator of each question, as a search of the list in order would find it.
  const indicatorOf = new Map<string, RegisterIndicator>();
  for (const i of indicators) if (!indicatorOf.has(i.question)) indicatorOf.set(i.question, i);
  const byReference = new Map<string, Record<string, unknown>>();
  let unnamed = 0;
  const read = (answers: Readonly<Record<string, unknown>>) => {
    const ref = answers[OBSERVATION_QUESTIONS.reference];
    const key = typeof ref === 'string' && ref !== '' && !unanswered(ref) ? ref : `\u0000${unnamed++}`;
    const merged = byReference.get(key);
    if (merged === undefined) {
      byReference.set(key, Object.fromEntries(Object.entries(answers).filter(([, v]) => !unanswered(v))));
      return;
    }
    for (const name of fields) {
      const value = answers[name];
      if (unanswered(value)) continue;
      const had = merged[name];
      const indicator = indicatorOf.get(name);
      if (had === undefined || (indicator !== undefined && !indicator.succeeded(value) && indicator.succeeded(had))) merged[name] = value;
    }
  };
  const records = (period: string): ProcedureRecord[] =>
    [...byReference.values()].map((answers) => ({ period, directorate: String(answers[OBSERVATION_QUESTIONS.directorate] ?? ''), answers }));
  return { fields, read, records };
}

/** `rows` with every compliance indicator's rows replaced by its per-procedure rows, in the declared order. */
export function withProceduresCounted(rows: readonly IndicatorRow[], perProcedure: readonly IndicatorRow[]): IndicatorRow[] {
  const replaced = new Set(perProcedure.map((r) => r.indicator));
  const out: IndicatorRow[] = [];
  for (const row of rows) {
    if (!replaced.has(row.indicator)) out.push(row);
    else if (out.every((r) => r.indicator !== row.indicator)) out.push(...perProcedure.filter((r) => r.indicator === row.indicator));
  }
  return out;
}
