import type { IndicatorRow } from '../indicators/types.ts';
import { esc, formatCount, formatInterval, formatValue } from './format.ts';
import { breakdownKey, UNKNOWN_KEY, type SurveyMonitor } from './model.ts';

/**
 * The survey's crossings (directorate × scale band): per crossing a section, per indicator one
 * table with the row groups down and the column groups across, each cell its value, interval and
 * n, hidden cells marked. Empty when the survey has none.
 */
export function crossingsSection(m: SurveyMonitor, ci: string): string {
  const { report, labels } = m;
  const crossed = report.crossed ?? [];
  const crossings = [...new Set(crossed.map((r) => JSON.stringify([r.breakdown, r.columnBreakdown])))].map((k) => JSON.parse(k) as [string, string]);
  return crossings
    .map(([rows, columns]) => {
      const [rowNames, columnNames] = [labels.breakdowns[breakdownKey('question', rows)], labels.breakdowns[breakdownKey('question', columns)]];
      const [rowLabel, columnLabel] = [rowNames?.label ?? rows, columnNames?.label ?? columns];
      const anchor = `${report.survey}-${rows}-x-${columns}`;
      const tables = report.indicators
        .filter((i) => crossed.some((r) => r.indicator === i.id && r.breakdown === rows && r.columnBreakdown === columns))
        .map((i) => {
          const cells = crossed.filter((r) => r.indicator === i.id && r.breakdown === rows && r.columnBreakdown === columns);
          const rowGroups = [...new Set(cells.map((r) => r.group))];
          const columnGroups = [...new Set(cells.map((r) => r.columnGroup ?? null))];
          // Groups nobody is shown in (every cell hidden) are left out: the one-way table speaks for them.
          const shownRows = rowGroups.filter((g) => cells.some((r) => r.group === g && r.shown));
          if (shownRows.length === 0) return `<p>${esc(i.title ?? i.id)}: te weinig antwoorden in elke combinatie.</p>`;
          const name = (names: typeof rowNames, g: string | null) => names?.groups[g ?? UNKNOWN_KEY] ?? g ?? 'Onbekend';
          const head = columnGroups.map((g) => `<th scope="col">${esc(name(columnNames, g))}</th>`).join('');
          const body = shownRows
            .map((g) => {
              const tds = columnGroups.map((c) => cellHtml(i.kind, cells.find((r) => r.group === g && (r.columnGroup ?? null) === c)));
              return `<tr><th scope="row">${esc(name(rowNames, g))}</th>${tds.join('')}</tr>`;
            })
            .join('\n');
          const left = rowGroups.length - shownRows.length;
          return `<table>
<caption>${esc(i.title ?? i.id)}: per ${esc(rowLabel.toLowerCase())} en ${esc(columnLabel.toLowerCase())}, meting ${esc(report.wave)}, met ${esc(ci)}${left > 0 ? `; ${left} ${left === 1 ? 'groep' : 'groepen'} zonder getoonde cel weggelaten` : ''}</caption>
<thead><tr><th scope="col">${esc(rowLabel)}</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
        })
        .join('\n');
      return `<section class="indicator crossing" aria-labelledby="${esc(anchor)}">
<h3 id="${esc(anchor)}">Gekruist: ${esc(rowLabel)} × ${esc(columnLabel)}</h3>
<p>Elke cel telt wie in beide groepen valt. Een gearceerde cel heeft te weinig antwoorden, of is verborgen zodat zij niet uit de totalen per ${esc(rowLabel.toLowerCase())} of per ${esc(columnLabel.toLowerCase())} terug te rekenen is.</p>
<details>
<summary>Tabellen per indicator</summary>
${tables}
</details>
</section>`;
    })
    .join('\n');
}

function cellHtml(kind: IndicatorRow['kind'], row: IndicatorRow | undefined): string {
  if (row === undefined || !row.shown || row.value === null) return '<td class="hidden-cell"><span class="hatch" aria-hidden="true"></span>te weinig antwoorden</td>';
  return `<td class="num">${formatValue(kind, row.value)}<br><span class="small">${formatInterval(kind, row.lower, row.upper)}, n = ${formatCount(row.n ?? 0)}</span></td>`;
}
