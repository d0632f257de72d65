import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { main } from '../../server/cli/analyse.ts';
import { storeRecords } from '../../server/db/procedure-records.ts';
import { RegisterForm } from '../../server/procedures/register-form.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

/** `npm run analyse` on a database with register records only: the procedures' figures in JSON and CSV. */
let db: TestDatabase;

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { DATABASE_URL: db.url } });
  return { code, out, err };
}

beforeAll(async () => {
  db = await freshDatabase();
  const form = new RegisterForm(loadCatalog('surveys').get('procedures')!.definition);
  const records = Array.from({ length: 20 }, (_, i) => {
    const checked = form.check({
      procedure_ref: `V2026-${String(i).padStart(4, '0')}`,
      directie: i < 12 ? 'sociaal' : 'veiligheid',
      schaalgroep: '12_plus',
      werving: 'extern',
      jaar: 2026,
      halfjaar: 'h2',
      biws_gevolgd: i % 4 === 0 ? 'nee' : 'ja',
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    return checked.record;
  });
  await storeRecords(db.client, form.id, form.version, records);
});
afterAll(async () => {
  await db?.destroy();
});

describe('npm run analyse with register records', () => {
  it('writes the registers\' figures under "procedures" in JSON, even without a survey wave in the period', async () => {
    const r = await run(['--wave', '2026-H2']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { surveys: unknown[]; procedures: { register: string; records: number; rows: { indicator: string; group: string | null; n: number; value: number }[] }[] };
    expect(doc.surveys).toEqual([]);
    expect(doc.procedures.map((p) => [p.register, p.records])).toEqual([['procedures', 20]]);
    const sociaal = doc.procedures[0]!.rows.find((row) => row.indicator === 'biws_gevolgd' && row.group === 'sociaal')!;
    expect(sociaal).toMatchObject({ n: 12, value: 0.75 });
  });

  it('writes them as CSV rows beside the others', async () => {
    const r = await run(['--wave', '2026-H2', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\r\nprocedures,2026-H2,biws_gevolgd,compliance,question,directie,sociaal,Sociaal,false,true,,12,0\.75,/);
  });

  it('writes each agreement target on the row it is about: the goal, the verdict and the source', async () => {
    const lines = (await run(['--wave', '2026-H2', '--format', 'csv'])).out.split('\r\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['target_goal', 'target_status', 'target_source']));
    // Sociaal: 12 of 12 procedures known, 9 followed BIWS: exactly 75%, short of the 90% agreed for 2026.
    const sociaal = lines.find((l) => l.startsWith('procedures,2026-H2,biws_gevolgd,compliance,question,directie,sociaal,'))!;
    expect(sociaal).toContain(',0.9,,,,,not_reached,Werkwaarde: het memo prestatieafspraken');
    // Veiligheid has no target of its own; the organisation-wide one sits on the overall row.
    expect(lines.find((l) => l.startsWith('procedures,2026-H2,biws_gevolgd,compliance,question,directie,veiligheid,'))).not.toContain('Werkwaarde');
    expect(lines.find((l) => l.startsWith('procedures,2026-H2,biws_gevolgd,compliance,,,,'))).toContain(',0.9,');
  });

  it('still says there is no such wave when neither surveys nor registers have one', async () => {
    expect((await run(['--wave', '2019-H1'])).code).toBe(1);
  });
});
