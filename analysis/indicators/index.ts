// Indicators of a survey wave, overall and per group, after disclosure control. Only suppressed
// figures leave this module: see disclosure.ts for the rules.
export { analysePeriod, analyseWave, previousWaveOf, WaveNotFoundError, type AnalyseOptions, type SurveyReport } from './analyse.ts';
export { HIDDEN_REASON } from './disclosure.ts';
export { outputRows, toCsv, toJson, UNKNOWN_LABEL, type OutputRow } from './output.ts';
export { goalOf, periodEnd, targetFigures, type TargetFigures, type TargetSpec, type TargetStatus } from './target.ts';
export type { ChangeTest, IndicatorKind, IndicatorRow } from './types.ts';
