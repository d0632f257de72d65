import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import { fieldProblem, problems } from '../errors.ts';

/**
 * A mystery guest's assignment: what to observe and, for paired testing, which half of a pair.
 * Observations made through it carry these values as answers, so analysis reads them as it reads
 * any observation (analysis/paired groups by pair id and profile).
 */
export interface Assignment {
  /** Random (UUID v4), for listing; the link's token is kept only as a hash. */
  id: string;
  waveId: string;
  /** The vacancy number or procedure reference, as the City knows it. */
  reference: string;
  /** A choice of the survey's directorate question (opdracht_directie). */
  directorate: string;
  /** A choice of the survey's kind-of-assignment question (opdracht_soort). */
  kind: string;
  /** For paired testing: the pair number (e.g. `2026H2-007`), else null. */
  pairId: string | null;
  /** For paired testing: the tester profile, else null. */
  profile: 'a' | 'b' | null;
  /** For paired testing: this application's place in the pair's randomised order, else null. */
  order: 1 | 2 | null;
}

/**
 * Questions an assignment answers for its guest: prefilled, or (the pair and profile of an unpaired
 * assignment) left empty. The guest's app hides all of them.
 */
export const FIXED_QUESTIONS: readonly string[] = [
  OBSERVATION_QUESTIONS.pair,
  OBSERVATION_QUESTIONS.profile,
  OBSERVATION_QUESTIONS.reference,
  OBSERVATION_QUESTIONS.directorate,
  OBSERVATION_QUESTIONS.kind,
];

/**
 * The answers the server fills in from an assignment, by question name. The guest's app hides these
 * questions; the server merges them into every observation made through the assignment.
 *
 * @example prefilledAnswers({ reference: 'SP-Noord', directorate: 'dienstverlening', kind: 'servicepunt', pairId: null, profile: null })
 *   // { procedure_ref: 'SP-Noord', opdracht_directie: 'dienstverlening', opdracht_soort: 'servicepunt' }
 */
export function prefilledAnswers(a: Pick<Assignment, 'reference' | 'directorate' | 'kind' | 'pairId' | 'profile'>): Record<string, string> {
  const q = OBSERVATION_QUESTIONS;
  const pair: Record<string, string> = a.pairId !== null && a.profile !== null ? { [q.pair]: a.pairId, [q.profile]: a.profile } : {};
  return {
    ...pair,
    [q.reference]: a.reference,
    [q.directorate]: a.directorate,
    [q.kind]: a.kind,
  };
}

/** The attributes copied onto each observation: the application's place in its pair's order. */
export function assignmentAttributes(a: Pick<Assignment, 'order'>): Record<string, string> {
  return a.order === null ? {} : { volgorde: String(a.order) };
}

/**
 * An observation's answers with the assignment's filled in. The app hides those questions, but if it
 * sends one anyway it must hold the assignment's value; otherwise the observation would describe
 * another procedure or pair. Throws a 422 Problem naming each such question.
 */
export function mergePrefilled(a: Assignment, answers: Record<string, unknown>): Record<string, unknown> {
  const prefilled = prefilledAnswers(a);
  const fields = FIXED_QUESTIONS.flatMap((name) => {
    const sent = answers[name];
    if (sent === undefined || sent === prefilled[name]) return [];
    const expected = prefilled[name];
    return [expected === undefined ? fieldProblem(name, 'assignment-not-paired') : fieldProblem(name, 'assignment-value', { expected: String(expected) })];
  });
  if (fields.length > 0) throw problems.invalidAnswers(fields);
  return { ...answers, ...prefilled };
}
