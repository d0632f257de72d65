import { fieldCountProblem, importProblem, readImportTable, refuseImport, type ImportProblem } from '../csv/import-file.ts';
import type { HrFigures } from '../../analysis/monitor/hr-figures.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';

/** The columns of the HR export, in the order the template lists them; each maps to one field of HrFigures. */
export const HR_COLUMNS = ['periode', 'directie', 'bezetting', 'verzuim_pct', 'instroom', 'doorstroom', 'uitstroom', 'meldingen', 'sancties'] as const;
type Column = (typeof HR_COLUMNS)[number];

const COUNT_FIELDS: readonly [Column, keyof HrFigures][] = [
  ['bezetting', 'headcount'],
  ['instroom', 'inflow'],
  ['doorstroom', 'throughflow'],
  ['uitstroom', 'outflow'],
  ['meldingen', 'reports'],
  ['sancties', 'sanctions'],
];
const UNITS = new Set(ORGANISATION_UNITS.map((u) => u.code));
const HALF_YEAR = /^\d{4}-H[12]$/;

/**
 * Reads the HR system's aggregate export: one row per directorate and half-year, the columns of
 * {@link HR_COLUMNS} (any order, `,` or `;`, UTF-8). Counts are whole numbers from 0, `verzuim_pct`
 * a percentage from 0 to 100 (a decimal comma is fine), `directie` a code of the organisation list.
 * A file with any fault is refused whole (server/csv/import-file.ts), naming every row and column
 * in Dutch and English; so is a directorate twice in one period, or an outflow or inflow above the
 * headcount's bounds the HR system cannot produce (more leavers than employees).
 */
export function readHrCsv(bytes: Uint8Array): HrFigures[] {
  const { names, rows } = readImportTable(bytes, HR_COLUMNS, { nl: 'is geen kolom van de HR-cijfers', en: 'is not a column of the HR figures' });
  const problems: ImportProblem[] = [];
  const figures: HrFigures[] = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    const count = fieldCountProblem(record, names);
    if (count !== undefined) {
      problems.push(count);
      continue;
    }
    const cell = (c: Column) => record.fields[names.indexOf(c)]!.trim();
    const at = (c: Column, nl: string, en: string) => problems.push(importProblem(record.line, c, nl, en));
    const before = problems.length;
    const period = cell('periode').toUpperCase();
    if (!HALF_YEAR.test(period)) at('periode', `"${cell('periode')}" is geen halfjaar zoals 2026-H2`, `"${cell('periode')}" is not a half-year like 2026-H2`);
    const directorate = cell('directie').toLowerCase();
    if (!UNITS.has(directorate)) at('directie', `"${cell('directie')}" staat niet in de organisatielijst`, `"${cell('directie')}" is not in the organisation list`);
    const row: Record<string, number> = {};
    for (const [column, field] of COUNT_FIELDS) {
      const text = cell(column);
      if (!/^\d{1,7}$/.test(text)) at(column, `"${text}" is geen heel getal van 0 of meer`, `"${text}" is not a whole number from 0`);
      else row[field] = Number(text);
    }
    const absenceText = cell('verzuim_pct').replace(',', '.');
    const absence = /^\d{1,3}(\.\d{1,3})?$/.test(absenceText) ? Number(absenceText) : Number.NaN;
    if (!(absence >= 0 && absence <= 100)) at('verzuim_pct', `"${cell('verzuim_pct')}" is geen percentage van 0 tot 100`, `"${cell('verzuim_pct')}" is not a percentage from 0 to 100`);
    if (row.outflow !== undefined && row.headcount !== undefined && row.outflow > row.headcount) {
      at('uitstroom', 'is groter dan de bezetting', 'is larger than the headcount');
    }
    if (problems.length > before) continue;
    const key = `${period} ${directorate}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      at('directie', `${directorate} staat in ${period} ook in rij ${earlier}`, `${directorate} is also in row ${earlier} for ${period}`);
      continue;
    }
    seen.set(key, record.line);
    figures.push({ period, directorate, absence, ...(row as Omit<HrFigures, 'period' | 'directorate' | 'absence'>) });
  }
  if (problems.length > 0) refuseImport(problems);
  return figures;
}
