import type { Cell } from './coarsen.ts';
import type { Column, Lang } from './columns.ts';
import type { WaveExport } from './export.ts';

/** A byte order mark, so that Excel reads the file as UTF-8; R reads it with fileEncoding "UTF-8-BOM". */
export const BOM = '\uFEFF';

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, quotes doubled. */
export function csvField(value: Cell): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function label(column: Column, value: Cell, lang: Lang): Cell {
  if (value === '') return value;
  const found = column.values.find((v) => String(v.code) === String(value));
  return found ? found.label[lang] : value;
}

/**
 * The export as CSV (RFC 4180: CRLF line ends, header row), UTF-8 with a byte order mark. With
 * `labels` 'nl' or 'en' a coded value is written as its label in that language.
 */
export function toCsv(e: WaveExport, labels: 'codes' | Lang): string {
  const lines = [e.columns.map((c) => csvField(c.name)).join(',')];
  for (const row of e.rows) {
    lines.push(row.map((v, i) => csvField(labels === 'codes' ? v : label(e.columns[i]!, v, labels))).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
