import { randomInt, randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import { insertAssignment, takenInWave } from '../db/assignments.ts';
import { getWave, getWaveDefinition } from '../db/waves.ts';
import { fieldProblem, Problem, problems } from '../errors.ts';
import { invitationTokenHash, newInvitationToken } from '../submissions/anonymise.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';
import type { Assignment } from './assignment.ts';
import { checkTargets, type TTarget } from './targets.ts';

/** An assignment as created: with its token, which is shown once and kept only as a hash. */
export interface CreatedAssignment extends Assignment {
  token: string;
}

/** The pair number's prefix: the period without separators (`2026-H2` gives `2026H2`). */
const pairPrefix = (period: string) => period.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) || 'P';

/** The next free pair number of a wave: `2026H2-001`, `2026H2-002`, ... (the survey allows `^[A-Za-z0-9-]{1,20}$`). */
function pairNumbers(period: string, taken: string[]): () => string {
  const prefix = pairPrefix(period);
  let last = Math.max(0, ...taken.map((id) => (id.startsWith(`${prefix}-`) ? Number(id.slice(prefix.length + 1)) || 0 : 0)));
  return () => `${prefix}-${String(++last).padStart(3, '0')}`;
}

/**
 * Creates the assignments for `targets` in an assignment wave: one for an unpaired target, two for
 * a paired one (profiles a and b, their order in the pair drawn with crypto randomness, so neither
 * profile always applies first). Pair numbers are drawn and stored in one write transaction, so two
 * researchers creating at once cannot get the same number. Tokens are returned once.
 *
 * Throws a Problem: 404 unknown wave, 409 not an assignment wave or closed, 422 targets that do not
 * fit the wave's survey (see checkTargets). Stores nothing then.
 */
export async function createAssignments(client: Client, waveId: string, targets: TTarget[], now: Date): Promise<{ wave: Wave; assignments: CreatedAssignment[] }> {
  const wave = await getWave(client, waveId);
  if (!wave) throw problems.notFound(`Wave "${waveId}"`);
  if (wave.mode !== 'assignment') {
    throw new Problem(409, 'not-assignment-wave', `Wave ${waveId} takes answers by ${wave.mode}; create a wave with mode assignment.`, [
      fieldProblem('id', 'not-assignment-wave'),
    ]);
  }
  if (waveStatus(wave, now) === 'closed') throw new Problem(409, 'wave-closed', `Wave ${waveId} is closed.`, [fieldProblem('id', 'wave-closed')]);
  const definition = await getWaveDefinition(client, waveId);

  const tx = await client.transaction('write');
  try {
    const taken = await takenInWave(tx, waveId);
    checkTargets(definition, targets, taken.unpairedReferences);
    const nextPair = pairNumbers(wave.period, taken.pairIds);
    const assignments = targets.flatMap((t): CreatedAssignment[] => {
      const base = { waveId, reference: t.reference, directorate: t.directorate, kind: t.kind };
      if (!t.paired) return [{ ...base, id: randomUUID(), pairId: null, profile: null, order: null, token: newInvitationToken() }];
      const pairId = nextPair();
      const aFirst = randomInt(2) === 0;
      return [
        { ...base, id: randomUUID(), pairId, profile: 'a', order: aFirst ? 1 : 2, token: newInvitationToken() },
        { ...base, id: randomUUID(), pairId, profile: 'b', order: aFirst ? 2 : 1, token: newInvitationToken() },
      ];
    });
    await tx.batch(assignments.map(({ token, ...a }) => insertAssignment(a, invitationTokenHash(token))));
    await tx.commit();
    return { wave, assignments };
  } finally {
    tx.close();
  }
}

/** The link a mystery guest opens: the token sits in the fragment, which browsers never send to a server. */
export function assignmentLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/opdracht/#t=${token}`;
}
