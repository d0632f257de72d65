import type { Client } from '@libsql/client';
import type { HrFigures } from '../../analysis/monitor/hr-figures.ts';
import { storeHrFigures } from '../db/hr-figures.ts';
import { DIRECTORATES, WAVES } from './model.ts';
import { Random } from './random.ts';

/**
 * Made-up HR aggregates for every directorate and half-year of the seed, as the HR system would
 * export them: a headcount near the directorate's, absence of 4-8% (higher where the climate is
 * worse, slowly falling), in-, through- and outflow of a few percent, and meldingen and sanctions
 * of a few per thousand staff, so small directorates show hidden counts in the monitor.
 */
export async function seedHrFigures(client: Client, seed = 1): Promise<{ rows: number }> {
  const rng = new Random(seed + 16);
  const rows: HrFigures[] = [];
  WAVES.forEach(({ period }, w) => {
    for (const d of DIRECTORATES) {
      const headcount = Math.max(1, Math.round(d.headcount * (1 + 0.03 * rng.normal())));
      const share = (p: number) => rng.binomial(headcount, Math.max(0, p));
      const reports = share(0.006 - 0.002 * d.climate);
      rows.push({
        period,
        directorate: d.code,
        headcount,
        absence: Math.round(Math.max(2, 6 - 3 * d.climate - 0.2 * w + 0.5 * rng.normal()) * 10) / 10,
        inflow: share(0.05),
        throughflow: share(0.02),
        outflow: share(0.045 - 0.01 * d.climate),
        reports,
        sanctions: rng.binomial(reports, 0.3),
      });
    }
  });
  await storeHrFigures(client, rows);
  return { rows: rows.length };
}
