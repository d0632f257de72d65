import { fieldProblem, Problem, type FieldProblem } from '../errors.ts';
import { parseCsvRecords, type CsvRecord } from './records.ts';

/** Largest import file: 100,000 procedures of a register take about 10 MB. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
/** Problems listed in one refusal; the detail still counts them all. */
export const MAX_LISTED_PROBLEMS = 1000;

/** One fault in an import file: `row` is the line of the file (the header is 1), `column` a column name; `message` Dutch, `en` English. */
export interface ImportProblem extends FieldProblem {
  row: number | null;
  column: string | null;
  en: string;
}

/** One fault, named as every import names it: `rij 5, directie` (or `(bestand)` for the whole file). */
export const importProblem = (row: number | null, column: string | null, nl: string, en: string): ImportProblem => ({
  ...fieldProblem([row === null ? null : `rij ${row}`, column].filter(Boolean).join(', ') || '(bestand)', 'bilingual', { nl, en }),
  row,
  column,
  en,
});

/** Refuses a whole import file: a 422 `invalid-import` listing every problem (the first 1,000), in Dutch, nothing stored. */
export function refuseImport(problems: readonly ImportProblem[]): never {
  const rows = new Set(problems.map((p) => p.row)).size;
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length > listed.length ? ` De eerste ${listed.length} staan hieronder.` : '';
  throw new Problem(
    422,
    'invalid-import',
    `Het bestand is geweigerd: ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'} in ${rows} ${rows === 1 ? 'rij' : 'rijen'}. Er is niets opgeslagen.${more}`,
    listed,
  );
}

/** An import file's header (lower-cased names) and its non-empty rows, each with the line it starts on. */
export interface ImportTable {
  headerLine: number;
  names: string[];
  rows: CsvRecord[];
}

/**
 * Reads an import file as a table with exactly the columns `columns` (any order, `,` or `;`
 * between fields, UTF-8 with or without a BOM). Refuses the whole file (see {@link refuseImport})
 * for bytes that are not UTF-8, no header, a missing, unknown (`unknown` says what it is not) or
 * doubled column, or no rows. Rows are returned unchecked: each import checks its own values.
 */
export function readImportTable(bytes: Uint8Array, columns: readonly string[], unknown: { nl: string; en: string }): ImportTable {
  const text = decodeUtf8(bytes);
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const [header, ...rows] = parseCsvRecords(text, separator).filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (header === undefined) refuseImport([importProblem(null, null, 'het bestand is leeg', 'the file is empty')]);
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const known = new Set(columns);
  const headerProblems = [
    ...columns.filter((c) => !names.includes(c)).map((c) => importProblem(header.line, c, 'deze kolom ontbreekt', 'this column is missing')),
    ...names.filter((n) => !known.has(n)).map((n) => importProblem(header.line, n || '(leeg)', unknown.nl, unknown.en)),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => importProblem(header.line, n, 'staat twee keer in de kop', 'appears twice in the header')),
  ];
  if (headerProblems.length > 0) refuseImport(headerProblems);
  if (rows.length === 0) refuseImport([importProblem(null, null, 'het bestand heeft geen rijen onder de kop', 'the file has no rows below the header')]);
  return { headerLine: header.line, names, rows };
}

/** The problem of a row whose number of fields differs from the header's, or undefined. */
export function fieldCountProblem({ line, fields }: CsvRecord, names: readonly string[]): ImportProblem | undefined {
  if (fields.length === names.length) return undefined;
  return importProblem(line, null, `heeft ${fields.length} velden, de kop ${names.length}`, `has ${fields.length} fields, the header ${names.length}`);
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
    refuseImport([
      importProblem(line, null, 'het bestand is geen UTF-8 (bijvoorbeeld Windows-1252); sla het op als "CSV UTF-8"', 'the file is not UTF-8 (for example Windows-1252); save it as "CSV UTF-8"'),
    ]);
  }
}
