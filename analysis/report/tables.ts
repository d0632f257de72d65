import type { IndicatorKind, IndicatorRow } from '../indicators/types.ts';
import { changeText, esc, formatCount, formatInterval, formatValue } from './format.ts';
import type { BreakdownBlock } from './model.ts';

const HIDDEN = '<td colspan="COLS" class="hidden-cell"><span class="hatch" aria-hidden="true"></span>te weinig antwoorden</td>';
const hiddenCells = (cols: number) => HIDDEN.replace('COLS', String(cols));

/** The numbers of a trend chart: one row per wave. */
export function trendTable(caption: string, kind: IndicatorKind, points: readonly { wave: string; row: IndicatorRow | undefined }[], ci: string): string {
  const body = points
    .map(({ wave, row }) => {
      const head = `<th scope="row">${esc(wave)}</th>`;
      if (row === undefined) return `<tr>${head}<td colspan="4">niet gemeten</td></tr>`;
      if (!row.shown || row.value === null) return `<tr class="hidden-row">${head}${hiddenCells(4)}</tr>`;
      return `<tr>${head}<td class="num">${formatCount(row.n ?? 0)}</td><td class="num">${formatValue(kind, row.value)}</td><td>${formatInterval(kind, row.lower, row.upper)}</td><td>${esc(changeText(row))}</td></tr>`;
    })
    .join('\n');
  return `<table>
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">Meting</th><th scope="col">Aantal (n)</th><th scope="col">Waarde</th><th scope="col">${esc(ci)}</th><th scope="col">Verandering sinds de meting ervoor</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** The numbers of a breakdown chart: one row group per breakdown, one row per group. */
export function breakdownTable(caption: string, kind: IndicatorKind, blocks: readonly BreakdownBlock[], ci: string): string {
  const groups = blocks
    .map((block) => {
      const rows = block.rows
        .map(({ label, row }) => {
          const head = `<th scope="row">${esc(label)}</th>`;
          if (!row.shown || row.value === null) return `<tr class="hidden-row">${head}${hiddenCells(4)}</tr>`;
          return `<tr>${head}<td class="num">${formatCount(row.n ?? 0)}</td><td class="num">${formatValue(kind, row.value)}</td><td>${formatInterval(kind, row.lower, row.upper)}</td><td>${esc(changeText(row))}</td></tr>`;
        })
        .join('\n');
      return `<tbody>\n<tr><th scope="rowgroup" colspan="5" class="group-head">${esc(block.label)}</th></tr>\n${rows}\n</tbody>`;
    })
    .join('\n');
  return `<table>
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">Groep</th><th scope="col">Aantal (n)</th><th scope="col">Waarde</th><th scope="col">${esc(ci)}</th><th scope="col">Verandering sinds de vorige meting</th></tr></thead>
${groups}
</table>`;
}

/** The overall figure of every indicator of a survey: the survey's key figures. */
export function overviewTable(caption: string, indicators: readonly { id: string; title: string; row: IndicatorRow | undefined }[], ci: string): string {
  const body = indicators
    .map(({ id, title, row }) => {
      const head = `<th scope="row"><a href="#${esc(id)}">${esc(title)}</a></th>`;
      if (row === undefined) return `<tr>${head}<td colspan="4">niet gemeten</td></tr>`;
      if (!row.shown || row.value === null) return `<tr class="hidden-row">${head}${hiddenCells(4)}</tr>`;
      return `<tr>${head}<td class="num">${formatValue(row.kind, row.value)}</td><td>${formatInterval(row.kind, row.lower, row.upper)}</td><td class="num">${formatCount(row.n ?? 0)}</td><td>${esc(changeText(row))}</td></tr>`;
    })
    .join('\n');
  return `<table class="overview">
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Waarde</th><th scope="col">${esc(ci)}</th><th scope="col">Aantal (n)</th><th scope="col">Verandering sinds de vorige meting</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
