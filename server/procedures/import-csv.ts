import { fieldCountProblem, importProblem as problem, readImportTable, refuseImport as refuse, type ImportProblem } from '../csv/import-file.ts';
import type { RecordProblem, RegisterForm, RegisterRecord } from './register-form.ts';

export { MAX_IMPORT_BYTES, MAX_LISTED_PROBLEMS, type ImportProblem } from '../csv/import-file.ts';

/**
 * Reads a register's CSV export from the HR system: UTF-8 (a BOM is fine), a header of the
 * register's question names (any order, `,` or `;` between fields), one procedure per row, values
 * as the register's choice values (`sociaal`, `ja`, `nvt`). Refuses the whole file, naming every bad
 * row and column in Dutch and English (a 422 Problem), when any row is at fault: a missing or
 * unknown column, a value the register does not take, a reference that looks like a name, e-mail
 * or BSN, a reference twice in one period, bytes that are not UTF-8, or no rows at all.
 */
export function readRegisterCsv(form: RegisterForm, bytes: Uint8Array): RegisterRecord[] {
  const { names, rows } = readImportTable(bytes, form.columns, { nl: 'is geen vraag van dit register', en: 'is not a question of this register' });

  const problems: ImportProblem[] = [];
  const records: RegisterRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const count = fieldCountProblem({ line, fields }, names);
    if (count !== undefined) {
      problems.push(count);
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
