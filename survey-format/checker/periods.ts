/**
 * The periods a target can be placed in time with: a year ("2024") or a half-year ("2026-H2", the
 * usual wave period). Shared by the checker and analysis/indicators/target.ts.
 */
const PERIOD = /^(\d{4})(?:-H([12]))?$/;

/** Whether a period is a year or a half-year. */
export const isTargetPeriod = (period: string): boolean => PERIOD.test(period);

/**
 * The end of a year or half-year as a fractional year: "2024" → 2025, "2026-H1" → 2026.5,
 * "2026-H2" → 2027; undefined for any other period.
 */
export function periodEnd(period: string): number | undefined {
  const m = PERIOD.exec(period);
  if (!m) return undefined;
  return Number(m[1]) + (m[2] === '1' ? 0.5 : 1);
}
