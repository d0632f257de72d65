import type { Client } from '@libsql/client';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import { countAnswers, unpurgedWaves } from '../db/waves.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';

/** The last day a wave's raw answers are kept: its closing date plus its retention period. */
export function retentionEnd(wave: Pick<Wave, 'closesOn' | 'retentionDays'>): string {
  const [year, month, day] = wave.closesOn.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + wave.retentionDays)).toISOString().slice(0, 10);
}

/**
 * Whether a wave's raw answers are to be deleted on `now`: it is closed, and its closing date plus
 * its retention period lies before today (Amsterdam dates). A wave closed by hand before its
 * closing date still counts from that date: nothing is deleted earlier than the researcher said.
 */
export function isPastRetention(wave: Pick<Wave, 'opensOn' | 'closesOn' | 'closed' | 'retentionDays'>, now: Date): boolean {
  return waveStatus(wave, now) === 'closed' && retentionEnd(wave) < amsterdamDate(now);
}

/** A wave past retention with how many raw answers it still has. */
export interface DueWave {
  wave: Wave;
  answers: number;
}

/** Every wave not yet purged whose retention period has passed on `now`, oldest first per survey. */
export async function wavesPastRetention(client: Client, now: Date): Promise<DueWave[]> {
  const due: DueWave[] = [];
  for (const wave of await unpurgedWaves(client)) {
    if (isPastRetention(wave, now)) due.push({ wave, answers: await countAnswers(client, wave) });
  }
  return due;
}
