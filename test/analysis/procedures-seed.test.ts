import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseProcedures } from '../../analysis/procedures/analyse-procedures.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { databaseProcedureSource } from '../../server/db/procedure-source.ts';
import { seedProcedures } from '../../server/seed/procedures.ts';
import { DIRECTORATES } from '../../server/seed/model.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

/** The seed's register records, read back through the database source the analyse command uses. */
let db: TestDatabase;
const catalog = loadCatalog('surveys');

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.destroy();
});

describe('seeded register records', () => {
  it('give every directorate procedures in every half-year, and improve from 2025 to 2026', async () => {
    const { records } = await seedProcedures(db.client, catalog);
    expect(records).toBeGreaterThan(1000);
    const source = databaseProcedureSource(db.client, catalog);
    const procedures = (await analyseProcedures(source, '2026-H2')).find((r) => r.register === 'procedures');
    expect((await analyseProcedures(source, '2026-H2')).map((r) => r.register)).toEqual(['onboarding-audit', 'procedures']);
    const biws = procedures!.rows.filter((r) => r.indicator === 'biws_gevolgd' && r.breakdown === 'directie');
    // The small Bestuursstaf has too few vacancies to show, and one more directorate is hidden with it.
    expect(biws.filter((r) => r.shown).length).toBeGreaterThanOrEqual(5);
    expect(biws.find((r) => r.group === 'sociaal')).toMatchObject({ shown: true });
    const counted = await db.client.execute("SELECT count(DISTINCT directorate) AS d FROM procedure_records WHERE register_id = 'procedures' AND period = '2026-H2'");
    expect(Number(counted.rows[0]!.d)).toBe(DIRECTORATES.length);
    const rooney = procedures!.rows.find((r) => r.indicator === 'rooney_rule' && r.breakdown === null)!;
    expect(rooney.previousWave).toBe('2026-H1');
    const early = (await analyseProcedures(source, '2025-H1')).find((r) => r.register === 'procedures');
    const rooneyEarly = early!.rows.find((r) => r.indicator === 'rooney_rule' && r.breakdown === null)!;
    expect(rooney.value!).toBeGreaterThan(rooneyEarly.value!);
    // Seeding again stores nothing twice.
    expect((await seedProcedures(db.client, catalog)).records).toBe(0);
  });
});
