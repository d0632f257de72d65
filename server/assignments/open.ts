import type { Client } from '@libsql/client';
import { findAssignment } from '../db/assignments.ts';
import { getWaveDefinition } from '../db/waves.ts';
import { fieldProblem, Problem } from '../errors.ts';
import { invitationTokenHash } from '../submissions/anonymise.ts';
import { publicDefinition, type PublicDefinition } from '../waves/public-definition.ts';
import { waveStatus, type Wave, type WaveStatus } from '../../survey-format/wave.ts';
import { FIXED_QUESTIONS, prefilledAnswers, type Assignment } from './assignment.ts';
import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';

/** What the mystery guest's app gets when it opens an assignment link (the contract of `POST /api/assignments/open`). */
export interface OpenedAssignment {
  assignment: Pick<Assignment, 'reference' | 'directorate' | 'kind' | 'pairId' | 'profile' | 'order'>;
  /** Answers the server fills in on every observation: the app hides these questions. */
  prefilled: Record<string, string>;
  /**
   * Every question the app should not show: the prefilled ones and, for an unpaired assignment, the
   * pair number and profile, which must stay empty. (An addition to the contract; `prefilled` alone
   * is enough for a paired assignment.)
   */
  hiddenQuestions: string[];
  /** The question that says which step an observation describes. */
  stepQuestion: string;
  survey: { id: string; version: string; definition: PublicDefinition };
  wave: { period: string; status: WaveStatus; closesOn: string };
}

/** 403 for a token that is no assignment (of this survey, when one is named); says nothing more. */
export const unknownAssignment = () =>
  new Problem(403, 'unknown-assignment', 'This assignment link is not valid.', [fieldProblem('token', 'token-unknown')]);

/** An assignment and its wave by the link's token, or a 403 Problem. */
export async function assignmentByToken(client: Client, token: string): Promise<{ assignment: Assignment; wave: Wave }> {
  const found = await findAssignment(client, invitationTokenHash(token));
  if (!found) throw unknownAssignment();
  return found;
}

/**
 * Opens an assignment for its guest: what to observe, the answers filled in for them, and the
 * survey as the wave fields it. It works in every state of the wave (the app shows "closed"),
 * and it uses nothing up: a guest opens the same link as often as needed.
 */
export async function openAssignment(client: Client, token: string, now: Date): Promise<OpenedAssignment> {
  const { assignment, wave } = await assignmentByToken(client, token);
  const definition = publicDefinition(await getWaveDefinition(client, wave.id), wave);
  const { reference, directorate, kind, pairId, profile, order } = assignment;
  return {
    assignment: { reference, directorate, kind, pairId, profile, order },
    prefilled: prefilledAnswers(assignment),
    hiddenQuestions: [...FIXED_QUESTIONS],
    stepQuestion: OBSERVATION_QUESTIONS.step,
    survey: { id: wave.surveyId, version: wave.surveyVersion, definition },
    wave: { period: wave.period, status: waveStatus(wave, now), closesOn: wave.closesOn },
  };
}
