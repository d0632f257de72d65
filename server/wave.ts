const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: 'numeric',
});

/**
 * The half-year wave a moment belongs to in Amsterdam time, e.g. `2026-H2`: the finest time
 * Peil stores with an answer, so that the moment of answering cannot be lined up with anything.
 */
export function halfYearWave(at: Date): string {
  const parts = amsterdamParts.formatToParts(at);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  return `${year}-H${month <= 6 ? 1 : 2}`;
}
