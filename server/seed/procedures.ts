import type { Client } from '@libsql/client';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import { storeRecords } from '../db/procedure-records.ts';
import { RegisterForm, type RegisterRecord } from '../procedures/register-form.ts';
import { DIRECTORATES, WAVES } from './model.ts';
import { Random } from './random.ts';

/**
 * Made-up register records for every directorate and half-year of the seed: vacancy procedures
 * (about one per 60 staff a half-year) whose agreements are kept more often over time and in
 * directorates with a better climate, and one onboarding audit per directorate from 2026. Every
 * record is checked by the register's own form before it is stored.
 */
// The share of procedures where an agreement succeeded in the first and last wave (scale 12 and up for the I&D ones).
const SUCCESS: Readonly<Record<string, readonly [number, number]>> = {
  biws_gevolgd: [0.72, 0.86],
  opdracht_vertaald: [0.35, 0.7],
  vacaturetekst_inclusief: [0.5, 0.78],
  rooney_rule: [0.28, 0.58],
};
const FROM_SCALE_12 = new Set(['opdracht_vertaald', 'vacaturetekst_inclusief', 'rooney_rule']);

export async function seedProcedures(client: Client, catalog: Catalog, seed = 1): Promise<{ records: number }> {
  const rng = new Random(seed + 15);
  let records = 0;
  const procedures = catalog.get('procedures');
  if (procedures !== undefined) {
    const form = new RegisterForm(procedures.definition);
    const rows: RegisterRecord[] = [];
    WAVES.forEach(({ period }, w) => {
      const [year, half] = period.split('-') as [string, string];
      let number = 0;
      for (const d of DIRECTORATES) {
        const count = Math.max(3, Math.round(d.headcount / 60 + rng.normal() * 3));
        for (let i = 0; i < count; i++) {
          const scale = rng.weighted([['t_m_8', 35], ['9_11', 40], ['12_plus', 25]] as const);
          const answers: Record<string, unknown> = {
            procedure_ref: `V${year}${half}-${String(++number).padStart(4, '0')}`,
            directie: d.code,
            schaalgroep: scale,
            werving: rng.chance(0.3) ? 'intern' : 'extern',
            jaar: Number(year),
            halfjaar: half.toLowerCase(),
          };
          for (const [question, [first, last]] of Object.entries(SUCCESS)) {
            if (FROM_SCALE_12.has(question) && scale !== '12_plus') answers[question] = 'nvt';
            else if (!rng.chance(0.05)) answers[question] = rng.chance(first + ((last - first) * w) / (WAVES.length - 1) + d.climate * 0.2) ? 'ja' : 'nee';
          }
          rows.push(checked(form, answers));
        }
      }
    });
    records += (await storeRecords(client, form.id, form.version, rows)).inserted;
  }
  const audit = catalog.get('onboarding-audit');
  if (audit !== undefined) {
    const form = new RegisterForm(audit.definition);
    const rows = WAVES.filter(({ period }) => period.startsWith('2026')).flatMap(({ period }) => {
      const [year, half] = period.split('-') as [string, string];
      const codes = DIRECTORATES.map((d) => d.code);
      return codes.map((code, i) =>
        checked(form, { procedure_ref: `AUD${year}${half}-${String(i + 1).padStart(2, '0')}`, directie: code, jaar: Number(year), halfjaar: half.toLowerCase(), welkomstaanbod: rng.chance(0.6) ? 'ja' : 'nee' }),
      );
    });
    records += (await storeRecords(client, form.id, form.version, rows)).inserted;
  }
  return { records };
}

function checked(form: RegisterForm, answers: Record<string, unknown>): RegisterRecord {
  const result = form.check(answers);
  if (!result.ok) throw new Error(`seed record does not fit ${form.id}: ${result.problems.map((p) => `${p.column}: ${p.en}`).join('; ')}`);
  return result.record;
}
