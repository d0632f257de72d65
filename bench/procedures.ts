/**
 * Benchmark: a register import of 100,000 procedures (`procedures`, the HR system's CSV) and the
 * analysis of those 100,000 records, each against its ceiling measured in the same run:
 * - import: Peil reads the CSV (UTF-8 check, RFC 4180, every row through the register's validator
 *   and the reference rule, duplicates) and stores it in one transaction, reading the existing keys
 *   first; the ceiling only splits the lines on commas and inserts the same rows, 400 per INSERT as Peil does, in one batch.
 * - analysis: analyseProcedures (every agreement, overall and per directorate, scale band and
 *   internal/external, with the previous half-year, intervals and suppression); the ceiling is
 *   SQLite counting one agreement per directorate with json_extract in one GROUP BY.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseProcedures } from '../analysis/procedures/analyse-procedures.ts';
import { openDatabase } from '../server/db/open.ts';
import { storeRecords } from '../server/db/procedure-records.ts';
import { databaseProcedureSource } from '../server/db/procedure-source.ts';
import { readRegisterCsv } from '../server/procedures/import-csv.ts';
import { RegisterForm } from '../server/procedures/register-form.ts';
import { loadCatalog } from '../survey-format/catalog/catalog.ts';
import { ORGANISATION_UNITS } from '../survey-format/organisation/organisation.ts';

const ROWS = Number(process.env.BENCH_REGISTER_ROWS ?? 100_000);
const DIRECTORATES = [...ORGANISATION_UNITS.map((u) => u.code), 'anders'];
const YES_NO = ['ja', 'nee', 'ja', 'nvt'];

function csv(rows: number): string {
  const lines = ['procedure_ref,directie,schaalgroep,werving,jaar,halfjaar,biws_gevolgd,opdracht_vertaald,vacaturetekst_inclusief,rooney_rule'];
  for (let i = 0; i < rows; i++) {
    const pick = (list: readonly string[], salt: number) => list[(i * 7 + salt * 13 + (i >> salt)) % list.length]!;
    lines.push(`V2026H2-${String(i).padStart(6, '0')},${pick(DIRECTORATES, 1)},${pick(['t_m_8', '9_11', '12_plus'], 2)},${pick(['intern', 'extern'], 3)},2026,h2,${pick(['ja', 'nee'], 4)},${pick(YES_NO, 5)},${pick(YES_NO, 6)},${pick(YES_NO, 7)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const seconds = async (f: () => Promise<unknown>) => {
  const start = performance.now();
  await f();
  return (performance.now() - start) / 1000;
};

export async function runProcedureBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-bench-register-'));
  const peil = await openDatabase(`file:${join(dir, 'peil.db')}`);
  const bare = await openDatabase(`file:${join(dir, 'bare.db')}`);
  try {
    const catalog = loadCatalog('surveys');
    const form = new RegisterForm(catalog.get('procedures')!.definition);
    const bytes = new TextEncoder().encode(csv(ROWS));
    const importSeconds = await seconds(async () => storeRecords(peil.client, form.id, form.version, readRegisterCsv(form, bytes)));
    const bareImport = await seconds(async () => {
      const lines = new TextDecoder().decode(bytes).split('\r\n').slice(1, -1);
      const rows = lines.map((line) => {
        const f = line.split(',');
        return [randomUUID(), 'procedures', '1.0.0', '2026-H2', f[0]!, f[0]!, f[1]!, JSON.stringify(f)];
      });
      const statements = [];
      for (let i = 0; i < rows.length; i += 400) {
        const chunk = rows.slice(i, i + 400);
        statements.push({ sql: `INSERT INTO procedure_records (id, register_id, register_version, period, record_key, reference, directorate, answers) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, args: chunk.flat() });
      }
      await bare.client.batch(statements, 'write');
    });
    const source = databaseProcedureSource(peil.client, catalog);
    const analyseSeconds = await seconds(() => analyseProcedures(source, '2026-H2'));
    const bareAnalyse = await seconds(() =>
      peil.client.execute("SELECT directorate, count(*) AS n, sum(json_extract(answers, '$.biws_gevolgd') = 'ja') AS ja FROM procedure_records WHERE register_id = 'procedures' AND period = '2026-H2' GROUP BY directorate"),
    );
    const again = await seconds(async () => storeRecords(peil.client, form.id, form.version, readRegisterCsv(form, bytes)));
    console.log(`what | peil s | ceiling s | ceiling/peil`);
    console.log(`import ${ROWS} register rows (${(bytes.length / 1e6).toFixed(1)} MB CSV) | ${importSeconds.toFixed(2)} | ${bareImport.toFixed(2)} | ${(bareImport / importSeconds).toFixed(2)}`);
    console.log(`the same file again (nothing changes) | ${again.toFixed(2)} | | `);
    console.log(`analyse ${ROWS} procedures (4 agreements x 3 breakdowns, previous half-year) | ${analyseSeconds.toFixed(2)} | ${bareAnalyse.toFixed(2)} | ${(bareAnalyse / analyseSeconds).toFixed(2)}`);
  } finally {
    peil.close();
    bare.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runProcedureBench();
