import { splitReasonId } from '../indicators/reasons.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import { changeText, esc, formatCount, formatInterval, formatValue } from './format.ts';
import { breakdownKey, UNKNOWN_KEY, type SurveyMonitor } from './model.ts';

const HIDDEN = '<span class="hatch" aria-hidden="true"></span>te weinig antwoorden';

/**
 * One section per `reasons` indicator of a survey: its reasons ranked by the share naming them
 * (everyone), with interval, n and change; then, on demand, one table per breakdown: the reasons
 * down, the groups across, hidden groups marked. Empty when the survey has none.
 */
export function reasonsSections(m: SurveyMonitor, ci: string): string {
  const lists = new Map<string, { title: string; reasons: { id: string; title: string }[] }>();
  for (const i of m.report.indicators) {
    if (i.kind !== 'reasons' || i.list === undefined) continue;
    const list = lists.get(i.list.id) ?? { title: i.list.title ?? i.list.id, reasons: [] };
    list.reasons.push({ id: i.id, title: i.title ?? splitReasonId(i.id).reason });
    lists.set(i.list.id, list);
  }
  return [...lists].map(([id, list]) => reasonsSection(m, `${m.report.survey}-${id}`, list, ci)).join('\n');
}

function reasonsSection(m: SurveyMonitor, anchor: string, list: { title: string; reasons: { id: string; title: string }[] }, ci: string): string {
  const { report, labels } = m;
  const rowOf = (id: string, breakdown: string | null, group: string | null) =>
    report.rows.find((r) => r.indicator === id && r.breakdown === breakdown && r.group === group && (breakdown === null || r.breakdownSource !== null));
  const overall = list.reasons.map((r) => ({ ...r, row: rowOf(r.id, null, null) }));
  // Ranked: shown reasons by their place, hidden ones last in the order asked.
  const ranked = [...overall].sort((a, b) => (a.row?.rank ?? Infinity) - (b.row?.rank ?? Infinity));
  const body = ranked
    .map(({ title, row }) => {
      const head = `<th scope="row">${esc(title)}</th>`;
      if (row === undefined || !row.shown || row.value === null) return `<tr class="hidden-row"><td></td>${head}<td colspan="4" class="hidden-cell">${HIDDEN}</td></tr>`;
      return `<tr><td class="num">${row.rank}</td>${head}<td class="num">${formatValue('reasons', row.value)}</td><td>${formatInterval('reasons', row.lower, row.upper)}</td><td class="num">${formatCount(row.n ?? 0)}</td><td>${esc(changeText(row))}</td></tr>`;
    })
    .join('\n');
  const breakdowns = new Map<string, { source: IndicatorRow['breakdownSource']; name: string; groups: (string | null)[] }>();
  for (const r of report.rows) {
    if (r.indicator !== overall[0]?.id || r.breakdown === null) continue;
    const key = breakdownKey(r.breakdownSource, r.breakdown);
    const b = breakdowns.get(key) ?? { source: r.breakdownSource, name: r.breakdown, groups: [] };
    b.groups.push(r.group);
    breakdowns.set(key, b);
  }
  const perGroup = [...breakdowns]
    .map(([key, b]) => {
      const names = labels.breakdowns[key];
      const groupName = (g: string | null) => names?.groups[g ?? UNKNOWN_KEY] ?? g ?? 'Onbekend';
      const head = b.groups.map((g) => `<th scope="col">${esc(groupName(g))}</th>`).join('');
      const rows = ranked
        .map(({ id, title }) => {
          const cells = b.groups.map((g) => {
            const row = report.rows.find((r) => r.indicator === id && r.breakdownSource === b.source && r.breakdown === b.name && r.group === g);
            return row?.shown && row.value !== null ? `<td class="num">${formatValue('reasons', row.value)}</td>` : `<td class="hidden-cell">${HIDDEN}</td>`;
          });
          return `<tr><th scope="row">${esc(title)}</th>${cells.join('')}</tr>`;
        })
        .join('\n');
      return `<table>
<caption>${esc(list.title)}: per ${esc((names?.label ?? b.name).toLowerCase())}, meting ${esc(report.wave)}</caption>
<thead><tr><th scope="col">Reden</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
    })
    .join('\n');
  const n = overall.find((r) => r.row?.shown)?.row?.n;
  return `<section class="indicator reasons" aria-labelledby="${esc(anchor)}">
<h3 id="${esc(anchor)}">${esc(list.title)}</h3>
<p>Het aandeel van wie deze vraag beantwoordde${n === undefined || n === null ? '' : ` (n = ${formatCount(n)})`} dat de reden noemde; iemand kon meer redenen noemen. Wie "geen van deze redenen" of "anders" koos, telt mee in het aantal.</p>
<table>
<caption>${esc(list.title)}, meting ${esc(report.wave)}, van vaakst naar minst vaak genoemd</caption>
<thead><tr><th scope="col">Plaats</th><th scope="col">Reden</th><th scope="col">Aandeel</th><th scope="col">${esc(ci)}</th><th scope="col">Aantal (n)</th><th scope="col">Verandering sinds de vorige meting</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<details>
<summary>Per groep</summary>
${perGroup}
</details>
</section>`;
}
