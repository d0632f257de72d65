import type { Client } from '@libsql/client';
import type { HrFigures } from '../../analysis/monitor/hr-figures.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';
import { storeHrFigures } from '../db/hr-figures.ts';
import { DIRECTORATES, WAVES, type Directorate } from './model.ts';
import { Random } from './random.ts';

/** The organisation unit of a seeded directorate: by its Dutch label, its survey choice, or the start of its label. */
function unitOf(d: Directorate): string {
  const unit = ORGANISATION_UNITS.find((u) => u.label.nl === d.name) ?? ORGANISATION_UNITS.find((u) => u.code === d.choice) ?? ORGANISATION_UNITS.find((u) => u.label.nl.startsWith(d.name));
  if (unit === undefined) throw new Error(`seed directorate "${d.name}" is not in the organisation list`);
  return unit.code;
}

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
        directorate: unitOf(d),
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
  // Two seeded directorates share a unit only if the list changes; the import would refuse that, so sum them.
  const byKey = new Map<string, HrFigures>();
  for (const r of rows) {
    const key = `${r.period} ${r.directorate}`;
    const old = byKey.get(key);
    byKey.set(key, old === undefined ? r : { ...old, headcount: old.headcount + r.headcount, inflow: old.inflow + r.inflow, throughflow: old.throughflow + r.throughflow, outflow: old.outflow + r.outflow, reports: old.reports + r.reports, sanctions: old.sanctions + r.sanctions });
  }
  await storeHrFigures(client, [...byKey.values()]);
  return { rows: byKey.size };
}
