const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function partsOf(at: Date): { year: string; month: string; day: string } {
  const parts = amsterdamParts.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The calendar date in Amsterdam, `YYYY-MM-DD`: waves open and close on Amsterdam dates. */
export function amsterdamDate(at: Date): string {
  const { year, month, day } = partsOf(at);
  return `${year}-${month}-${day}`;
}

/**
 * The half-year wave a moment belongs to in Amsterdam time, e.g. `2026-H2`: the finest time
 * Peil stores with an answer, so that the moment of answering cannot be lined up with anything.
 */
export function halfYearWave(at: Date): string {
  const { year, month } = partsOf(at);
  return `${year}-H${Number(month) <= 6 ? 1 : 2}`;
}
