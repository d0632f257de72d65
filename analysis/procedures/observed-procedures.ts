import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import type { Wave } from '../../survey-format/wave.ts';
import type { AnswerSource } from '../answer-source.ts';
import type { CompiledDefinition } from '../indicators/definition.ts';
import { UNKNOWN } from '../indicators/tally.ts';
import { PREFER_NOT_TO_SAY } from '../indicators/proportion.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import type { ProcedureRecord } from './procedure-source.ts';
import { procedureRows } from './procedure-rows.ts';
import { tallyRegister, type RegisterBreakdown, type RegisterIndicator } from './register-tally.ts';

// Breakdowns that describe one tester or one visit, not the procedure: they cannot split procedures.
const PER_OBSERVATION = new Set<string>([OBSERVATION_QUESTIONS.profile, OBSERVATION_QUESTIONS.step]);

/**
 * The compliance indicators of an observation protocol counted per procedure, not per observation:
 * every observation of one vacancy or visit (`procedure_ref`), by both testers of a pair and in
 * every step, is one procedure, so n is the number of vacancies, not of observers. A procedure
 * complies with an item when every observation that answered it did; one that did not is enough
 * for "niet gelukt". An observation without a reference is a procedure of its own. Rows as for a
 * register (procedure-rows.ts), with the wave's k and no finite-population correction (the number
 * of procedures a sample was drawn from is not known here); breakdowns by tester profile and step
 * are left out, since a procedure has both profiles and every step.
 */
export async function observedProcedureRows(source: AnswerSource, wave: Wave, compiled: CompiledDefinition, previous: Wave | undefined, options: { pageSize?: number; confidence?: number; significance?: number; live: boolean }): Promise<IndicatorRow[]> {
  const indicators: RegisterIndicator[] = compiled.indicators
    .filter((i) => i.kind === 'compliance')
    .map((i) => {
      const question = i.questions[0]!;
      return { id: i.id, title: i.title ?? null, question, succeeded: (answer: unknown) => i.read({ [question]: answer }) === 1 };
    });
  if (indicators.length === 0) return [];
  const breakdowns: RegisterBreakdown[] = options.live
    ? []
    : compiled.questionBreakdowns.filter((b) => !PER_OBSERVATION.has(b.name)).map((b) => ({ name: b.name, groups: b.groups.filter((g) => g !== UNKNOWN) }));
  const tally = async (w: Wave) => tallyRegister(procedures(source.answerPages(w, options.pageSize), w.period, indicators), indicators, breakdowns);
  const current = await tally(wave);
  // A purged previous wave kept only per-observation figures: no comparison then.
  const before = previous !== undefined && (await source.publishedReport(previous.id)) === undefined ? await tally(previous) : undefined;
  return procedureRows({
    survey: wave.surveyId,
    period: wave.period,
    previousPeriod: before !== undefined && before.records > 0 ? previous!.period : null,
    indicators,
    current,
    previous: before,
    k: wave.kMin,
    finite: false,
    confidence: options.confidence,
    significance: options.significance,
  });
}

const unanswered = (v: unknown) => v === undefined || v === null || v === PREFER_NOT_TO_SAY;

/**
 * Observations merged into one record per procedure: an item's answer is the first one that fails it, else the first.
 * Cost: per observation one parse and one look-up per answer; memory O(procedures).
 */
async function* procedures(pages: AsyncIterable<{ answers: string }[]>, period: string, indicators: readonly RegisterIndicator[]): AsyncIterable<ProcedureRecord[]> {
  // The first indicator of each question, as a search of the list in order would find it.
  const indicatorOf = new Map<string, RegisterIndicator>();
  for (const i of indicators) if (!indicatorOf.has(i.question)) indicatorOf.set(i.question, i);
  const byReference = new Map<string, Record<string, unknown>>();
  let unnamed = 0;
  for await (const page of pages) {
    for (const stored of page) {
      const answers = JSON.parse(stored.answers) as Record<string, unknown>;
      const ref = answers[OBSERVATION_QUESTIONS.reference];
      const key = typeof ref === 'string' && ref !== '' && !unanswered(ref) ? ref : `\u0000${unnamed++}`;
      const merged = byReference.get(key);
      if (merged === undefined) {
        byReference.set(key, Object.fromEntries(Object.entries(answers).filter(([, v]) => !unanswered(v))));
        continue;
      }
      for (const name of Object.keys(answers)) {
        const value = answers[name];
        if (unanswered(value)) continue;
        const had = merged[name];
        const indicator = indicatorOf.get(name);
        if (had === undefined || (indicator !== undefined && !indicator.succeeded(value) && indicator.succeeded(had))) merged[name] = value;
      }
    }
  }
  yield [...byReference.values()].map((answers) => ({ period, directorate: String(answers[OBSERVATION_QUESTIONS.directorate] ?? ''), answers }));
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
