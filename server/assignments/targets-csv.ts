import { parseCsv } from '../csv/records.ts';
import { fieldProblem, Problem } from '../errors.ts';

// Runs in the workspace too (pasted targets), so it imports nothing that needs Node.

const TARGET_COLUMNS = ['reference', 'directorate', 'kind', 'paired'];
const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y']);
const NO = new Set(['nee', 'no', 'false', '0', 'n', '']);

/**
 * Reads a targets file (`reference,directorate,kind,paired`, a header row, `paired` ja/nee) into
 * the objects the admin API takes, for ZTargets to check. Throws a 422 Problem for a wrong header.
 *
 * @example parseTargetsCsv('reference,directorate,kind,paired\nV-1,sociaal,vacature_extern,ja\n')
 *   // [{ reference: 'V-1', directorate: 'sociaal', kind: 'vacature_extern', paired: true }]
 */
export function parseTargetsCsv(text: string): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c.trim() !== ''));
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  if (names.join(',') !== TARGET_COLUMNS.join(',')) {
    throw new Problem(422, 'invalid-targets', `The first line must be ${TARGET_COLUMNS.join(',')}.`, [
      fieldProblem('targets', 'targets-header', { columns: TARGET_COLUMNS.join(',') }),
    ]);
  }
  return rows.map(([reference = '', directorate = '', kind = '', paired = '', ...rest]) => {
    const p = paired.trim().toLowerCase();
    return { reference, directorate, kind, paired: YES.has(p) ? true : NO.has(p) ? false : paired, ...(rest.length > 0 ? { extra: rest.join(',') } : {}) };
  });
}
