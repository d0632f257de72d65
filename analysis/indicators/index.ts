// Indicators of a survey wave, overall and per group, after disclosure control. Only suppressed
// figures leave this module: see disclosure.ts for the rules.
export { analysePeriod, analyseWave, previousWaveOf, WaveNotFoundError, type AnalyseOptions, type SurveyReport } from './analyse.ts';
export { HIDDEN_REASON } from './disclosure.ts';
export { toCsv, toJson, UNKNOWN_LABEL } from './output.ts';
export type { ChangeTest, IndicatorKind, IndicatorRow } from './types.ts';
