/**
 * The questions every register (a survey of kind `register`, docs/survey-format.md "Registers")
 * asks under these names, because Peil itself reads them: the reference that keys a record, the
 * directorate and period it is counted in, and the two breakdowns of a vacancy procedure. The
 * checker (checker/register.ts), the import and entry (server/procedures/) and the indicators
 * (analysis/procedures/) take the names from here.
 */
export const REGISTER_QUESTIONS = {
  reference: 'procedure_ref',
  directorate: 'directie',
  year: 'jaar',
  half: 'halfjaar',
  scale: 'schaalgroep',
  recruitment: 'werving',
} as const;

/** The questions a register must ask, each required, and the types they may have. */
export const REQUIRED_REGISTER_QUESTIONS: readonly { name: string; types: readonly string[] }[] = [
  { name: REGISTER_QUESTIONS.reference, types: ['text'] },
  { name: REGISTER_QUESTIONS.directorate, types: ['dropdown', 'radiogroup'] },
  { name: REGISTER_QUESTIONS.year, types: ['text'] },
  { name: REGISTER_QUESTIONS.half, types: ['dropdown', 'radiogroup'] },
];

/** The answer "niet van toepassing": a record answering it is left out of that agreement's count. */
export const NOT_APPLICABLE = 'nvt';

/** The half-year answers of `halfjaar`, and the period they make with `jaar` (2026 + h2 → 2026-H2). */
export const HALVES = ['h1', 'h2'] as const;
export const periodOf = (year: number, half: (typeof HALVES)[number]): string => `${year}-${half.toUpperCase()}`;

/**
 * What a register counts per record: a vacancy procedure (the default), keyed by its reference, or
 * a directorate (an audit of every directorate's onboarding), keyed by the directorate, once per period.
 */
export type RegisterUnit = 'procedure' | 'directorate';

/** The half-year before a half-year: 2026-H2 → 2026-H1, 2026-H1 → 2025-H2. */
export function previousHalfYear(period: string): string {
  const m = /^(\d{4})-H([12])$/.exec(period);
  if (!m) throw new RangeError(`previousHalfYear requires a half-year like 2026-H2, not "${period}"`);
  return m[2] === '2' ? `${m[1]}-H1` : `${Number(m[1]) - 1}-H2`;
}
