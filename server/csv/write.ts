/**
 * The one CSV writer of the server, in two dialects:
 * - `rfc4180`: RFC 4180 as statistics software reads it: `,` between fields, `.` in numbers,
 *   CRLF line ends, UTF-8 without a byte order mark.
 * - `excel-nl`: what Excel with Dutch regional settings opens with a double click: `;` between
 *   fields, a decimal comma in numbers, CRLF, UTF-8 with a byte order mark (without it Excel
 *   reads the file as Windows-1252 and garbles every accented letter).
 */
export const CSV_DIALECTS = ['rfc4180', 'excel-nl'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** A byte order mark, so that Excel reads the file as UTF-8; R reads it with fileEncoding "UTF-8-BOM". */
export const BOM = '\uFEFF';

const SEPARATOR: Readonly<Record<CsvDialect, string>> = { rfc4180: ',', 'excel-nl': ';' };

const NEEDS_QUOTES: Readonly<Record<CsvDialect, RegExp>> = { rfc4180: /[",\r\n]/, 'excel-nl': /[";\r\n]/ };

/** One field: numbers in the dialect's notation; quoted when it holds the separator, a quote, CR or LF, quotes doubled. */
function csvField(value: string | number, dialect: CsvDialect = 'rfc4180'): string {
  const s = typeof value === 'number' && dialect === 'excel-nl' ? String(value).replace('.', ',') : String(value);
  return NEEDS_QUOTES[dialect].test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows as a whole CSV file in `dialect`, the first row being the header.
 *
 * @example csvText([['a', 'b'], [1.5, 'x;y']], 'excel-nl') // '\uFEFFa;b\r\n1,5;"x;y"\r\n'
 */
export function csvText(rows: readonly (readonly (string | number)[])[], dialect: CsvDialect): string {
  const text = rows.map((r) => r.map((v) => csvField(v, dialect)).join(SEPARATOR[dialect])).join('\r\n') + '\r\n';
  return dialect === 'excel-nl' ? BOM + text : text;
}
