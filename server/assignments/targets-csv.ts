import { Problem } from '../errors.ts';

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
    throw new Problem(422, 'invalid-targets', 'Invalid targets', `The first line must be ${TARGET_COLUMNS.join(',')}.`, [
      { field: 'targets', message: `header must be ${TARGET_COLUMNS.join(',')}` },
    ]);
  }
  return rows.map(([reference = '', directorate = '', kind = '', paired = '', ...rest]) => {
    const p = paired.trim().toLowerCase();
    return { reference, directorate, kind, paired: YES.has(p) ? true : NO.has(p) ? false : paired, ...(rest.length > 0 ? { extra: rest.join(',') } : {}) };
  });
}

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
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
      field += ch;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
