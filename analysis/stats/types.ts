/** A confidence interval: the lower and upper limit, on the scale of the estimate. */
export interface Interval {
  lower: number;
  upper: number;
}
