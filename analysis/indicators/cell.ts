/**
 * What one group contributes to one indicator, accumulated one respondent at a time: the count, the
 * sum, Welford's running mean and sum of squared deviations (numerically stable for any n), and the
 * smallest and largest value, which tell whether everyone in the group gave the same answer.
 * A proportion adds 0 or 1 per respondent, so its `sum` is the number with the outcome.
 */
export interface Cell {
  n: number;
  sum: number;
  mean: number;
  /** Σ (value − mean)²; the sample variance is m2 / (n − 1). */
  m2: number;
  low: number;
  high: number;
}

export function emptyCell(): Cell {
  return { n: 0, sum: 0, mean: 0, m2: 0, low: Number.POSITIVE_INFINITY, high: Number.NEGATIVE_INFINITY };
}

export function addToCell(cell: Cell, value: number): void {
  cell.n++;
  cell.sum += value;
  const delta = value - cell.mean;
  cell.mean += delta / cell.n;
  cell.m2 += delta * (value - cell.mean);
  if (value < cell.low) cell.low = value;
  if (value > cell.high) cell.high = value;
}

/** Sample standard deviation (n − 1 denominator), 0 when every value is equal, null below n = 2. */
export function cellSd(cell: Cell): number | null {
  if (cell.n < 2) return null;
  if (cell.low === cell.high) return 0;
  return Math.sqrt(Math.max(0, cell.m2) / (cell.n - 1));
}
