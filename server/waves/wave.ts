import { z } from 'zod';
import { fieldProblem, Problem, type FieldProblem } from '../errors.ts';
import { amsterdamDate, halfYearWave } from '../../survey-format/calendar.ts';
import { WAVE_MODES } from '../../survey-format/wave.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date-format');

/** What a researcher chooses when creating a wave; defaults follow the privacy guide. */
export const ZWaveOptions = z
  .object({
    period: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{0,39}$/, 'period-format').optional(),
    opensOn: isoDate.optional(),
    closesOn: isoDate.optional(),
    mode: z.enum(WAVE_MODES).default('invitation'),
    kMin: z.coerce.number().int().min(5).default(5),
    kSpecial: z.coerce.number().int().min(10).default(10),
    retentionDays: z.coerce.number().int().min(1).max(3650).default(730),
  })
  .refine((o) => !o.opensOn || !o.closesOn || o.opensOn <= o.closesOn, {
    message: 'closes-before-opens',
    path: ['closesOn'],
  })
  .refine((o) => o.kSpecial >= o.kMin, { message: 'k-special-below-k', path: ['kSpecial'] });
export type WaveOptions = z.input<typeof ZWaveOptions>;

/** A 422 naming the wave options at fault. */
export const invalidWave = (fields: FieldProblem[]) => new Problem(422, 'invalid-wave', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);

/** Fills in the defaults that depend on today: the current half-year, opening today, closing at its end. */
export function resolveWaveOptions(options: WaveOptions, now: Date) {
  const o = ZWaveOptions.parse(options);
  const period = o.period ?? halfYearWave(now);
  const opensOn = o.opensOn ?? amsterdamDate(now);
  const halfYear = /^(\d{4})-H([12])$/.exec(period);
  const closesOn = o.closesOn ?? (halfYear ? `${halfYear[1]}-${halfYear[2] === '1' ? '06-30' : '12-31'}` : undefined);
  if (!closesOn) throw invalidWave([fieldProblem('closesOn', 'closes-needed')]);
  if (closesOn < opensOn) throw invalidWave([fieldProblem('closesOn', 'closes-before-opens')]);
  return { ...o, period, opensOn, closesOn };
}
