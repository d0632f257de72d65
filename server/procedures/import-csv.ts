import { parseCsvRecords } from '../csv/records.ts';
import { fieldProblem, Problem, type FieldProblem } from '../errors.ts';
import type { RecordProblem, RegisterForm, RegisterRecord } from './register-form.ts';

/** Largest import file: 100,000 procedures of a register take about 10 MB. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
/** Problems listed in one refusal; the detail still counts them all. */
export const MAX_LISTED_PROBLEMS = 1000;

/** One fault in an import file: `row` is the line of the file (the header is 1), `column` a question name; `message` Dutch, `en` English. */
export interface ImportProblem extends FieldProblem {
  row: number | null;
  column: string | null;
  en: string;
}

const problem = (row: number | null, column: string | null, nl: string, en: string): ImportProblem => ({
  ...fieldProblem([row === null ? null : `rij ${row}`, column].filter(Boolean).join(', ') || '(bestand)', 'bilingual', { nl, en }),
  row,
  column,
  en,
});

/**
 * Reads a register's CSV export from the HR system: UTF-8 (a BOM is fine), a header of the
 * register's question names (any order, `,` or `;` between fields), one procedure per row, values
 * as the register's choice values (`sociaal`, `ja`, `nvt`). Refuses the whole file, naming every bad
 * row and column in Dutch and English (a 422 Problem), when any row is at fault: a missing or
 * unknown column, a value the register does not take, a reference that looks like a name, e-mail
 * or BSN, a reference twice in one period, bytes that are not UTF-8, or no rows at all.
 */
export function readRegisterCsv(form: RegisterForm, bytes: Uint8Array): RegisterRecord[] {
  const text = decodeUtf8(bytes);
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const [header, ...rows] = parseCsvRecords(text, separator).filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (header === undefined) refuse([problem(null, null, 'het bestand is leeg', 'the file is empty')]);
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const known = new Set(form.columns);
  const headerProblems = [
    ...form.columns.filter((c) => !names.includes(c)).map((c) => problem(header.line, c, 'deze kolom ontbreekt', 'this column is missing')),
    ...names.filter((n) => !known.has(n)).map((n) => problem(header.line, n || '(leeg)', 'is geen vraag van dit register', 'is not a question of this register')),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => problem(header.line, n, 'staat twee keer in de kop', 'appears twice in the header')),
  ];
  if (headerProblems.length > 0) refuse(headerProblems);
  if (rows.length === 0) refuse([problem(null, null, 'het bestand heeft geen rijen onder de kop', 'the file has no rows below the header')]);

  const problems: ImportProblem[] = [];
  const records: RegisterRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== names.length) {
      problems.push(problem(line, null, `heeft ${fields.length} velden, de kop ${names.length}`, `has ${fields.length} fields, the header ${names.length}`));
      continue;
    }
    const answers: Record<string, unknown> = {};
    const cellProblems: RecordProblem[] = [];
    names.forEach((name, i) => {
      const cell = form.cellValue(name, fields[i]!);
      if ('problem' in cell) cellProblems.push(cell.problem);
      else if (cell.value !== undefined) answers[name] = cell.value;
    });
    const checked = cellProblems.length > 0 ? { ok: false as const, problems: cellProblems } : form.check(answers);
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => problem(line, p.column, p.nl, p.en)));
      continue;
    }
    const { record } = checked;
    const id = JSON.stringify([record.period, record.key]);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      const what = form.unit === 'directorate' ? `directie ${record.key}` : `kenmerk ${record.key}`;
      problems.push(problem(line, form.unit === 'directorate' ? 'directie' : 'procedure_ref', `${what} staat in ${record.period} ook in rij ${earlier}`, `${record.key} is also in row ${earlier} for ${record.period}`));
      continue;
    }
    seen.set(id, line);
    records.push(record);
  }
  if (problems.length > 0) refuse(problems);
  return records;
}

function refuse(problems: ImportProblem[]): never {
  const rows = new Set(problems.map((p) => p.row)).size;
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length > listed.length ? ` De eerste ${listed.length} staan hieronder.` : '';
  throw new Problem(422, 'invalid-import',
    `Het bestand is geweigerd: ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'} in ${rows} ${rows === 1 ? 'rij' : 'rijen'}. Er is niets opgeslagen.${more}`,
    listed,
  );
}

/** The file as text; refuses bytes that are not UTF-8, naming the first line where they are. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    refuse([
      problem(line, null, 'het bestand is geen UTF-8 (bijvoorbeeld Windows-1252); sla het op als "CSV UTF-8"', 'the file is not UTF-8 (for example Windows-1252); save it as "CSV UTF-8"'),
    ]);
  }
}
