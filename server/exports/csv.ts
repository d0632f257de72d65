import { csvText, type CsvDialect } from '../csv/write.ts';
import type { Cell } from './coarsen.ts';
import type { Column, Lang } from './columns.ts';
import type { WaveExport } from './export.ts';

function label(column: Column, value: Cell, lang: Lang): Cell {
  if (value === '') return value;
  const found = column.values.find((v) => String(v.code) === String(value));
  return found ? found.label[lang] : value;
}

/**
 * The export as CSV in `dialect` (server/csv/write.ts), with a header row. With `labels` 'nl' or
 * 'en' a coded value is written as its label in that language.
 */
export function toCsv(e: WaveExport, labels: 'codes' | Lang, dialect: CsvDialect): string {
  const rows = e.rows.map((row) => (labels === 'codes' ? row : row.map((v, i) => label(e.columns[i]!, v, labels))));
  return csvText([e.columns.map((c) => c.name), ...rows], dialect);
}
