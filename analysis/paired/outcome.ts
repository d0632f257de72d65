/**
 * What counts in a paired test of the mystery-guest protocol (surveys/mystery-guest.json), in one
 * place: which outcome values are positive and how far each one goes, which outcomes end a
 * procedure, and which tester profile is the majority one. The questions it reads are named in
 * survey-format/observation-questions.ts.
 */

/** The step "Ik heb de uitkomst van de procedure gekregen": an observation at it ends the procedure. */
export const FINAL_STEP = 'uitkomst';

/**
 * Positive outcomes of `uitkomst`, ranked by how far in the procedure they go. These are exactly the
 * values of the protocol's own `positieve_uitkomst` indicator: a positive outcome is a callback
 * (invited for an interview) or anything beyond it, or being helped at a service point.
 * A tester's *furthest* positive outcome is the highest-ranked one among all of their observations,
 * so an invitation followed by a rejection after the interview still counts as positive (the usual
 * "callback" outcome of correspondence and paired testing).
 */
export const POSITIVE_OUTCOMES: Readonly<Record<string, number>> = {
  uitgenodigd: 1,
  geholpen: 1,
  volgende_ronde: 2,
  aanbod: 3,
};

/**
 * Outcomes that end a tester's procedure whatever the step: a rejection, no help, no reply within
 * the agreed time, an offer, being helped. `uitgenodigd` and `volgende_ronde` do not: the procedure
 * goes on, unless they were recorded at the {@link FINAL_STEP}.
 */
export const FINAL_OUTCOMES: ReadonlySet<string> = new Set(['afgewezen', 'niet_geholpen', 'geen_reactie', 'aanbod', 'geholpen']);

export type Profile = 'a' | 'b';
export const PROFILES: readonly Profile[] = ['a', 'b'];

/**
 * The protocol calls the profiles only "Profiel A" and "Profiel B" (matched testers; the research
 * lead hands them out). Convention of this analysis: profile A is the majority (reference) profile,
 * profile B the one carrying the trait under test (minority). A study that assigned them the other
 * way round passes `majorityProfile: 'b'` to analysePairs.
 */
export const DEFAULT_MAJORITY_PROFILE: Profile = 'a';

export const isPositive = (outcome: string): boolean => Object.hasOwn(POSITIVE_OUTCOMES, outcome);
