import { amsterdamDate } from './calendar.ts';

/**
 * A wave: one survey version fielded in one period, with its anonymity settings. The server stores it
 * (server/db/waves.ts) and decides its settings (server/waves/); analysis and the client read it.
 */
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
