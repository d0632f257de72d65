// Statistics for the inclusion monitor's indicators. One statistic per file; see each file's
// doc comment for the formulation, its source and its edge cases.
export { cronbachAlpha, type CronbachAlphaResult } from './cronbach-alpha.ts';
export {
  checkConfidence,
  normalCriticalValue,
  normalTwoSidedP,
  tCdf,
  tCriticalValue,
  tTwoSidedP,
} from './distributions.ts';
export { mcnemarExact, type McNemarExactResult } from './mcnemar-exact.ts';
export { meanInterval, type MeanIntervalResult, type MeanSummary } from './mean-interval.ts';
export {
  netDiscriminationRate,
  type NetDiscriminationRateResult,
  type PairedOutcome,
} from './net-discrimination-rate.ts';
export { scaleScore, type ScaleScoreOptions } from './scale-score.ts';
export { twoProportionTest, type TwoProportionTestResult } from './two-proportion-test.ts';
export type { Interval } from './types.ts';
export { welchTTest, type WelchTTestResult } from './welch-t-test.ts';
export { wilsonInterval, type WilsonIntervalOptions } from './wilson-interval.ts';
