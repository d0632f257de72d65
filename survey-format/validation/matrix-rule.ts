import type { AnswerRule } from './answer-rule.ts';
import { describeValues, readItemValues } from './choice-list.ts';
import { isPlainObject, type JsonReader } from './survey-json.ts';

/**
 * Compiles a single-choice `matrix`: an object from known row values to known column values;
 * `eachRowUnique` wants different columns per row, `eachRowRequired` (alias `isAllRowRequired`) every row.
 */
export function compileMatrixRule(q: JsonReader): AnswerRule {
  // Object keys are strings, so a numeric row value 1 arrives as "1".
  const rows = readItemValues(q, 'rows').map((r) => String(r.value));
  const columns = readItemValues(q, 'columns').map((c) => c.value);
  if (rows.length === 0 || columns.length === 0) q.fail('matrix-rows-columns');
  const rowSet = new Set(rows);
  const columnSet = new Set<unknown>(columns);
  const columnList = describeValues(columns);
  const eachRowUnique = q.bool('eachRowUnique', false);
  const eachRowRequired = q.bool('eachRowRequired', false);
  return {
    check(value) {
      if (!isPlainObject(value)) return 'must be an object of row: column';
      const picked = new Set<unknown>();
      for (const [row, column] of Object.entries(value)) {
        if (!rowSet.has(row)) return `has unknown row "${row}" (rows: ${rows.join(', ')})`;
        if (!columnSet.has(column)) return `row "${row}" must be one of: ${columnList}`;
        if (eachRowUnique && picked.has(column)) return 'must have a different answer in every row';
        picked.add(column);
      }
      return undefined;
    },
    incomplete(value) {
      if (!eachRowRequired) return undefined;
      const answered = isPlainObject(value) ? value : {};
      const missing = rows.filter((row) => !Object.hasOwn(answered, row));
      return missing.length > 0 ? `must answer every row (missing: ${missing.join(', ')})` : undefined;
    },
  };
}
