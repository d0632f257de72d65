import { z } from 'zod';
import { amsterdamDate, halfYearWave } from '../../survey-format/calendar.ts';

/** A wave as stored: one survey version fielded in one period, with its anonymity settings. */
export interface Wave {
  id: string;
  surveyId: string;
  surveyVersion: string;
  period: string;
  opensOn: string;
  closesOn: string;
  /**
   * How answers come in: single-use invitation links, an open link, or (observation surveys only)
   * mystery-guest assignment links, each used for many observations.
   */
  mode: WaveMode;
  /** Smallest group for which any figure is shown. */
  kMin: number;
  /** Smallest group for breakdowns by special-category data (origin, disability) and open text. */
  kSpecial: number;
  retentionDays: number;
  /** The Amsterdam date its raw answers were deleted after the retention period (server/retention/); null while they are kept. */
  purgedOn: string | null;
  closed: boolean;
}

/** The ways a wave takes answers. */
export const WAVE_MODES = ['invitation', 'open', 'assignment'] as const;
export type WaveMode = (typeof WAVE_MODES)[number];

/** The survey definition as a wave fielded it (the Peil envelope), fixed for the life of the wave. */
export type WaveDefinition = { survey: Record<string, unknown> } & Record<string, unknown>;

export type WaveStatus = 'planned' | 'open' | 'closed';

/** Whether a wave takes answers on `now` (Amsterdam dates, both ends included). */
export function waveStatus(wave: Pick<Wave, 'opensOn' | 'closesOn' | 'closed'>, now: Date): WaveStatus {
  const today = amsterdamDate(now);
  if (wave.closed || today > wave.closesOn) return 'closed';
  return today < wave.opensOn ? 'planned' : 'open';
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** What a researcher chooses when creating a wave; defaults follow the privacy guide. */
export const ZWaveOptions = z
  .object({
    period: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,39}$/, 'must be a short name like 2026-H2').optional(),
    opensOn: isoDate.optional(),
    closesOn: isoDate.optional(),
    mode: z.enum(WAVE_MODES).default('invitation'),
    kMin: z.coerce.number().int().min(5, 'must be at least 5').default(5),
    kSpecial: z.coerce.number().int().min(10, 'must be at least 10').default(10),
    retentionDays: z.coerce.number().int().min(1).max(3650).default(730),
  })
  .refine((o) => !o.opensOn || !o.closesOn || o.opensOn <= o.closesOn, {
    message: 'must not be before the opening date',
    path: ['closesOn'],
  })
  .refine((o) => o.kSpecial >= o.kMin, { message: 'must be at least kMin', path: ['kSpecial'] });
export type WaveOptions = z.input<typeof ZWaveOptions>;

/** Fills in the defaults that depend on today: the current half-year, opening today, closing at its end. */
export function resolveWaveOptions(options: WaveOptions, now: Date) {
  const o = ZWaveOptions.parse(options);
  const period = o.period ?? halfYearWave(now);
  const opensOn = o.opensOn ?? amsterdamDate(now);
  const halfYear = /^(\d{4})-H([12])$/.exec(period);
  const closesOn = o.closesOn ?? (halfYear ? `${halfYear[1]}-${halfYear[2] === '1' ? '06-30' : '12-31'}` : undefined);
  if (!closesOn) throw new Error('closesOn is required for a period that is not a half-year');
  if (closesOn < opensOn) throw new Error('closesOn must not be before opensOn');
  return { ...o, period, opensOn, closesOn };
}
