const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

interface Parts {
  year: string;
  month: string;
  day: string;
}

function format(at: Date | number): Parts {
  const parts = amsterdamParts.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day') };
}

const HOUR_MS = 3_600_000;
/** The UTC hour last asked for, when the Amsterdam date is the same all through it. */
let cached: { hour: number; parts: Parts } | undefined;

/**
 * The Amsterdam date's parts. Every submission asks for today's date (waveStatus), and Intl's
 * formatting costs microseconds a call, so the date of the last UTC hour asked for is kept: the
 * date can change within an hour only where the zone's offset is not whole hours, which is tested
 * here by formatting the hour's first and last millisecond, and such an hour is not kept.
 */
function partsOf(at: Date): Parts {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  if (cached?.hour === hour) return cached.parts;
  const parts = format(at);
  const first = format(hour * HOUR_MS);
  const last = format((hour + 1) * HOUR_MS - 1);
  if (first.day === last.day && first.month === last.month && first.year === last.year) cached = { hour, parts };
  return parts;
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
