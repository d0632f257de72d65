import type { Client } from '@libsql/client';
import { listAssignments, observationCounts } from '../db/assignments.ts';
import { getWaveDefinition } from '../db/waves.ts';
import type { Wave } from '../../survey-format/wave.ts';
import type { Assignment } from './assignment.ts';
import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import { choiceValues } from './targets.ts';

/** An assignment as the researcher's list shows it: never its token, with how far its guest got. */
export interface AssignmentProgress extends Assignment {
  /** Observations stored for this assignment. */
  observations: number;
  /** The furthest step observed (the step question's choices are in procedure order), or null. */
  furthestStep: string | null;
}

/**
 * A wave's assignments with their progress. Observations carry the assignment's pair number,
 * profile and reference as answers (the server filled them in), so they are counted from the
 * answers themselves: a pair's half by pair number and profile, an unpaired assignment by its
 * reference (unique among the wave's unpaired ones) among observations without a pair number.
 *
 * Cost: one grouped query over the wave's answers.
 */
export async function assignmentProgress(client: Client, wave: Wave): Promise<AssignmentProgress[]> {
  const assignments = await listAssignments(client, wave.id);
  const steps = choiceValues(await getWaveDefinition(client, wave.id), OBSERVATION_QUESTIONS.step) ?? [];
  const counts = await observationCounts(client, wave, OBSERVATION_QUESTIONS);
  const byKey = new Map<string, { observations: number; rank: number }>();
  for (const c of counts) {
    const key = c.pairId !== null ? `pair:${c.pairId.toUpperCase()}:${c.profile}` : `ref:${(c.reference ?? '').toUpperCase()}`;
    const p = byKey.get(key) ?? { observations: 0, rank: -1 };
    p.observations += c.n;
    p.rank = Math.max(p.rank, c.step === null ? -1 : steps.indexOf(c.step));
    byKey.set(key, p);
  }
  return assignments.map((a) => {
    const key = a.pairId !== null ? `pair:${a.pairId.toUpperCase()}:${a.profile}` : `ref:${a.reference.toUpperCase()}`;
    const p = byKey.get(key);
    return { ...a, observations: p?.observations ?? 0, furthestStep: p && p.rank >= 0 ? steps[p.rank]! : null };
  });
}
