// Paired testing (mystery guests): net discrimination rate and McNemar's exact test per wave,
// overall and per directorate, after disclosure control. Definitions in outcome.ts.
export { analysePairs, isPairedProtocol, MCNEMAR_EXACT, NET_DISCRIMINATION, type AnalysePairsOptions, type PairedReport, type PairedRow } from './analyse.ts';
export { DEFAULT_MAJORITY_PROFILE, FINAL_OUTCOMES, FINAL_STEP, POSITIVE_OUTCOMES, type Profile } from './outcome.ts';
export { collectPairs, type CollectedPairs, type Pair, type PairStatus, type ProfileOutcome } from './pairs.ts';
