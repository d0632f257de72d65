import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import type { AnswerSource } from '../answer-source.ts';
import { compileDefinition, type CompiledDefinition } from './definition.ts';
import { inviteesOf, type Invitees } from './response-rate.ts';
import { suppressWave, type BreakdownSuppression, type WaveSuppression } from './suppress-wave.ts';
import { tallyWave, type RowReader, type WaveTally } from './tally.ts';
import type { Breakdown } from './types.ts';

/**
 * What of a wave may be published, decided once: every product (the report and the indicators API,
 * the response rates, the response counts, the row-level export's codes and columns) is derived
 * from it, so no two of them disagree on what is hidden (decision 011, rules 7 and 8 of
 * disclosure.ts).
 */
export interface ReleasePlan {
  wave: Wave;
  compiled: CompiledDefinition;
  invitees: Invitees;
  tally: WaveTally;
  /** The wave still takes answers: nothing is published but its count (from k), no figure and no group. */
  open: boolean;
  suppression: WaveSuppression;
}

export interface ReleasePlanOptions {
  /** Answers read per query; default DEFAULT_PAGE_SIZE (answer-source.ts). */
  pageSize?: number;
  /** The moment that decides whether the wave is still open; default the clock. */
  now?: Date;
  /** Readers fed every answer set from the same pass (tally.ts): the wave's answers are read once for them all. */
  readers?: readonly RowReader[];
}

/**
 * Reads and tallies a wave's answers (every indicator, overall, per breakdown: invitation
 * attributes and declared background questions, and per cell of each declared crossing) and decides
 * what may be shown: rules 1-3 and 6-9 of disclosure.ts. Cost: one pass over the wave's answers (tally.ts), which feeds `readers` too, and one {@link suppressWave}.
 */
export async function releasePlan(source: AnswerSource, wave: Wave, options: ReleasePlanOptions = {}): Promise<ReleasePlan> {
  const compiled = compileDefinition(await source.definition(wave.id));
  const invitees = inviteesOf(await source.invitationBatches(wave.id));
  const open = waveStatus(wave, options.now ?? new Date()) !== 'closed';
  const batchBreakdowns: Breakdown[] = [...invitees.byAttribute].map(([name, groups]) => ({
    source: 'invitation',
    name,
    special: false,
    groups: [...groups.keys()],
  }));
  const breakdowns = open ? [] : [...batchBreakdowns, ...compiled.questionBreakdowns];
  const tally = await tallyWave((fields) => source.answerColumns(wave, fields, options.pageSize), compiled.indicators, breakdowns, open ? [] : compiled.crossings, options.readers);
  const suppression = open ? { overall: compiled.indicators.map(() => false), breakdowns: [], crossings: [] } : suppressWave(compiled, tally, wave);
  return { wave, compiled, invitees, tally, open, suppression };
}

/** The released groups of one breakdown of a plan, by source and name; undefined when the plan has no such breakdown. */
export function breakdownRelease(plan: ReleasePlan, source: Breakdown['source'], name: string): (BreakdownSuppression & { groups: string[] }) | undefined {
  const b = plan.tally.breakdowns.findIndex(({ breakdown }) => breakdown.source === source && breakdown.name === name);
  if (b < 0) return undefined;
  return { ...plan.suppression.breakdowns[b]!, groups: [...plan.tally.breakdowns[b]!.groups.keys()] };
}
