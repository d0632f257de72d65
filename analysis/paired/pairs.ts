import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import type { StoredAnswer } from '../answer-source.ts';
import type { RowReader } from '../indicators/tally.ts';
import { FINAL_OUTCOMES, FINAL_STEP, POSITIVE_OUTCOMES, type Profile } from './outcome.ts';

/** What one tester profile of a pair reached, over all of that tester's observations. */
export interface ProfileOutcome {
  observations: number;
  /** The furthest positive outcome (see POSITIVE_OUTCOMES), or null when none was observed. */
  furthestPositive: string | null;
  /** Whether the tester's procedure has ended: a final outcome, or any outcome at the final step. */
  final: boolean;
}

/**
 * - `complete`: both profiles have a final outcome; the only pairs that enter the analysis.
 * - `incomplete`: a profile has no final outcome yet (or no observation at all). Counted, not used.
 * - `inconsistent`: the observations of the pair name different directorates or vacancy
 *   references, so it is not one vacancy tested twice. Counted, not used.
 */
export type PairStatus = 'complete' | 'incomplete' | 'inconsistent';

export interface Pair {
  /** The pair number, trimmed and upper-cased (testers type it by hand). */
  id: string;
  status: PairStatus;
  /** The directorate all observations agree on; null when none was given or they disagree. */
  directorate: string | null;
  /** The vacancy or assignment reference all observations agree on; null likewise. */
  reference: string | null;
  /** The vacancy's salary-scale band (`vacature_schaalgroep`) and kind of assignment (internal or external vacancy), when the observations agree on one. */
  scale: string | null;
  kind: string | null;
  profiles: Record<Profile, ProfileOutcome>;
}

export interface CollectedPairs {
  /** Sorted by pair number. */
  pairs: Pair[];
  /** Observations without a usable pair number or profile (cannot belong to a pair). */
  unpairedObservations: number;
}

interface Accumulator {
  directorates: Set<string>;
  references: Set<string>;
  scales: Set<string>;
  kinds: Set<string>;
  profiles: Record<Profile, { observations: number; rank: number; furthest: string | null; final: boolean }>;
}

/** The vacancy's salary-scale band in the mystery-guest protocol (surveys/mystery-guest.json). */
export const SCALE_QUESTION = 'vacature_schaalgroep';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** The answers pairs are made of: pair number, profile, the vacancy's directorate, reference, scale band and kind, step and outcome. */
const PAIR_FIELDS = [
  OBSERVATION_QUESTIONS.pair,
  OBSERVATION_QUESTIONS.profile,
  OBSERVATION_QUESTIONS.directorate,
  OBSERVATION_QUESTIONS.reference,
  SCALE_QUESTION,
  OBSERVATION_QUESTIONS.kind,
  OBSERVATION_QUESTIONS.outcome,
  OBSERVATION_QUESTIONS.step,
];

/** A {@link RowReader} that groups observations into pairs; `result` once every observation was read. */
export interface PairCollector extends RowReader {
  result(): CollectedPairs;
}

/**
 * Groups a wave's mystery-guest observations (one per step per tester) into pairs and derives, per
 * pair and profile, the furthest positive outcome and whether the procedure ended. Fed one
 * observation at a time: by the tally's pass (analyseWave) or by {@link collectPairs}.
 *
 * Cost: memory O(pairs), not O(observations).
 */
export function pairCollector(): PairCollector {
  const byId = new Map<string, Accumulator>();
  let unpairedObservations = 0;
  const read = (answers: Readonly<Record<string, unknown>>) => {
    const id = text(answers[OBSERVATION_QUESTIONS.pair])?.toUpperCase();
    const profile = answers[OBSERVATION_QUESTIONS.profile];
    if (id === undefined || (profile !== 'a' && profile !== 'b')) {
      unpairedObservations++;
      return;
    }
    let acc = byId.get(id);
    if (acc === undefined) {
      const empty = () => ({ observations: 0, rank: 0, furthest: null, final: false });
      acc = { directorates: new Set(), references: new Set(), scales: new Set(), kinds: new Set(), profiles: { a: empty(), b: empty() } };
      byId.set(id, acc);
    }
    const directorate = text(answers[OBSERVATION_QUESTIONS.directorate]);
    if (directorate !== undefined) acc.directorates.add(directorate);
    const reference = text(answers[OBSERVATION_QUESTIONS.reference]);
    if (reference !== undefined) acc.references.add(reference.toUpperCase());
    const scale = text(answers[SCALE_QUESTION]);
    if (scale !== undefined) acc.scales.add(scale);
    const kind = text(answers[OBSERVATION_QUESTIONS.kind]);
    if (kind !== undefined) acc.kinds.add(kind);

    const p = acc.profiles[profile];
    p.observations++;
    const outcome = text(answers[OBSERVATION_QUESTIONS.outcome]);
    if (outcome === undefined) return;
    const rank = POSITIVE_OUTCOMES[outcome] ?? 0;
    if (rank > p.rank) {
      p.rank = rank;
      p.furthest = outcome;
    }
    if (FINAL_OUTCOMES.has(outcome) || answers[OBSERVATION_QUESTIONS.step] === FINAL_STEP) p.final = true;
  };
  const result = (): CollectedPairs => {
    const pairs = [...byId]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([id, acc]): Pair => {
        const one = (s: Set<string>) => (s.size === 1 ? [...s][0]! : null);
        const profiles = {
          a: { observations: acc.profiles.a.observations, furthestPositive: acc.profiles.a.furthest, final: acc.profiles.a.final },
          b: { observations: acc.profiles.b.observations, furthestPositive: acc.profiles.b.furthest, final: acc.profiles.b.final },
        };
        const status: PairStatus =
          acc.directorates.size > 1 || acc.references.size > 1 ? 'inconsistent' : profiles.a.final && profiles.b.final ? 'complete' : 'incomplete';
        return { id, status, directorate: one(acc.directorates), reference: one(acc.references), scale: one(acc.scales), kind: one(acc.kinds), profiles };
      });
    return { pairs, unpairedObservations };
  };
  return { fields: PAIR_FIELDS, read, result };
}

/** {@link pairCollector} over stored answer pages: one pass, each observation parsed once. */
export async function collectPairs(pages: AsyncIterable<StoredAnswer[]>): Promise<CollectedPairs> {
  const collector = pairCollector();
  for await (const page of pages) for (const stored of page) collector.read(JSON.parse(stored.answers) as Record<string, unknown>);
  return collector.result();
}
