import { z } from 'zod';
import { ORGANISATION_UNITS } from './organisation.ts';

/**
 * A directorate or city district named by its code or by its Dutch or English label (case and
 * outer spaces aside), as it is typed into an account or the identity provider's role mapping;
 * parses to the code of the organisation list (`Stadsdeel Noord` gives `noord`).
 */
export const ZUnitCode = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const key = text.toLowerCase();
    const unit = ORGANISATION_UNITS.find((u) => u.code === key || u.label.nl.toLowerCase() === key || u.label.en.toLowerCase() === key);
    if (unit !== undefined) return unit.code;
    // The message in English; params carry it in Dutch and English for a reader in either (server/env.ts).
    const en = `must be a directorate or district of the organisation list, by code (such as sociaal or noord) or name; "${text}" is neither`;
    const nl = `moet een directie of stadsdeel uit de organisatielijst zijn, met code (zoals sociaal of noord) of naam; "${text}" is geen van beide`;
    ctx.addIssue({ code: 'custom', message: en, params: { nl, en } });
    return z.NEVER;
  });
