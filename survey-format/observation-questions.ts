/**
 * The questions of the mystery-guest protocol (surveys/mystery-guest.json) that have a fixed meaning
 * in Peil, named once for both sides: the server fills in the pair, profile, reference, directorate
 * and kind from a guest's assignment on every observation (server/assignments/), and paired testing
 * reads the pair, profile, reference, directorate, step and outcome (analysis/paired/).
 */
export const OBSERVATION_QUESTIONS = {
  pair: 'paar_id',
  profile: 'testprofiel',
  reference: 'procedure_ref',
  directorate: 'opdracht_directie',
  kind: 'opdracht_soort',
  step: 'stap',
  outcome: 'uitkomst',
} as const;
