import { MERGED, type Column, type Lang } from './columns.ts';
import type { WaveExport } from './export.ts';

/** An SPSS string literal: single quotes, doubled inside. */
export const spssString = (s: string) => `'${s.replace(/'/g, "''").replace(/[\r\n]+/g, ' ')}'`;

function format(c: Column): string {
  if (c.type === 'numeric') return c.kind === 'number' ? 'F12.2' : 'F8.0';
  const codes = c.values.map((v) => String(v.code).length);
  const width = c.kind === 'text' ? (c.maxLength ?? 2000) : Math.max(1, MERGED.length, ...codes);
  // Characters to bytes: UTF-8 needs up to 3 per character of Dutch text; SPSS allows 32767.
  return `A${Math.min(32767, width * 3)}`;
}

const code = (c: Column, v: string | number) => (c.type === 'numeric' ? String(v) : spssString(String(v)));

/**
 * SPSS syntax that reads the export's CSV (codes, `<wave>.csv` beside it) with GET DATA and sets
 * variable and value labels in `lang`. The first line (header, with the byte order mark) is skipped.
 */
export function toSpss(e: WaveExport, lang: Lang): string {
  const file = `${e.wave.id}.csv`;
  const out = [
    `* Peil export ${e.wave.id} (${e.wave.surveyId} ${e.wave.surveyVersion}): reads ${file} (codes).`,
    `* Background columns coarsened to k = ${e.k}; open text scrubbed.`,
    'GET DATA /TYPE=TXT',
    `  /FILE=${spssString(file)}`,
    "  /ENCODING='UTF8'",
    '  /DELCASE=LINE',
    "  /DELIMITERS=','",
    `  /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED',
    '  /FIRSTCASE=2',
    '  /VARIABLES=',
    ...e.columns.map((c) => `    ${c.name} ${format(c)}`),
    '.',
    'VARIABLE LABELS',
    e.columns.map((c) => `  ${c.name} ${spssString(c.title[lang])}`).join('\n  /') + '.',
  ];
  const labelled = e.columns.filter((c) => c.values.length > 0);
  if (labelled.length > 0) {
    out.push('VALUE LABELS');
    out.push(labelled.map((c) => `  ${c.name}\n${c.values.map((v) => `    ${code(c, v.code)} ${spssString(v.label[lang])}`).join('\n')}`).join('\n  /') + '.');
  }
  out.push('EXECUTE.', '');
  return out.join('\n');
}
