// Runs in the workspace too (pasted targets), so it imports nothing that needs Node.

/** One CSV record and the line of the file it starts on (1-based; a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records: quoted fields may hold the separator, quotes (doubled) and line breaks.
 * `separator` is `,` by default; spreadsheets set to Dutch write `;`.
 *
 * @example parseCsvRecords('a,b\n"x, y",z\n') // [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x, y', 'z'] }]
 */
export function parseCsvRecords(text: string, separator = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ line: start, fields: record });
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      if (ch === '\n') line++;
      field += ch;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** {@link parseCsvRecords} without the line numbers. */
export const parseCsv = (text: string, separator = ','): string[][] => parseCsvRecords(text, separator).map((r) => r.fields);
