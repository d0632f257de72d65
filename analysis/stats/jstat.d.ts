// Types for the parts of jstat 1.9 (MIT, ships without types) that analysis/stats uses.
// Only what is declared here may be called; add a member here before using another one.
declare module 'jstat' {
  interface JStatNormal {
    /** P(X <= x) for X ~ N(mean, sd²); computed as 0.5·(1 + erf), so absolute (not relative) accuracy in far tails. */
    cdf(x: number, mean: number, sd: number): number;
    /** The p-quantile of N(mean, sd²). */
    inv(p: number, mean: number, sd: number): number;
  }

  interface JStatStudentT {
    /** The p-quantile of Student's t with `df` degrees of freedom (about 7-8 significant digits). */
    inv(p: number, df: number): number;
  }

  interface JStat {
    normal: JStatNormal;
    studentt: JStatStudentT;
    /** Regularised incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
  }

  const jStat: JStat;
  export default jStat;
}
