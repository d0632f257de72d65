import type { Column, Lang } from './columns.ts';
import type { WaveExport } from './export.ts';

/** An R string literal (JSON's escapes are R's too). */
const rString = (s: string) => JSON.stringify(s);
const rVector = (items: string[]) => `c(${items.join(', ')})`;
const rCode = (c: Column, v: string | number) => (c.type === 'numeric' ? String(v) : rString(String(v)));

/**
 * An R script (base R only) that reads the export's CSV (codes, `<wave>.csv` beside it) with
 * read.csv, turns coded columns into factors with labels in `lang`, and keeps each variable's
 * question text in attribute "label" (as haven and labelled do).
 */
export function toR(e: WaveExport, lang: Lang): string {
  const file = `${e.wave.id}.csv`;
  const classes = e.columns.map((c) => `${rString(c.name)} = ${rString(c.type === 'numeric' ? 'numeric' : 'character')}`);
  const out = [
    `# Peil export ${e.wave.id} (${e.wave.surveyId} ${e.wave.surveyVersion}): reads ${file} (codes). No packages needed.`,
    `# Background columns coarsened to k = ${e.k}; open text scrubbed.`,
    `peil <- read.csv(${rString(file)}, fileEncoding = "UTF-8-BOM", na.strings = "", check.names = FALSE,`,
    `  colClasses = ${rVector(classes)})`,
  ];
  for (const c of e.columns) {
    const col = `peil[[${rString(c.name)}]]`;
    if (c.values.length > 0 && (c.kind === 'choice' || c.kind === 'attribute' || c.kind === 'boolean')) {
      out.push(`${col} <- factor(${col}, levels = ${rVector(c.values.map((v) => rCode(c, v.code)))}, labels = ${rVector(c.values.map((v) => rString(v.label[lang])))})`);
    } else if (c.values.length > 0) {
      out.push(`attr(${col}, "labels") <- setNames(${rVector(c.values.map((v) => rCode(c, v.code)))}, ${rVector(c.values.map((v) => rString(v.label[lang])))})`);
    }
    out.push(`attr(${col}, "label") <- ${rString(c.title[lang])}`);
  }
  out.push('');
  return out.join('\n');
}
