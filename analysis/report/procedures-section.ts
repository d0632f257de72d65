import type { ProcedureReport } from '../procedures/analyse-procedures.ts';
import { esc, formatCount } from './format.ts';
import type { BreakdownBlock } from './model.ts';
import { breakdownTable, overviewTable } from './tables.ts';

/** The anchor of the section, for the table of contents. */
export const PROCEDURES_ANCHOR = 'prestatieafspraken';

/**
 * "Prestatieafspraken": per register the share of procedures in which each agreement succeeded,
 * for everyone and per directorate, scale band and internal/external, with the change since the
 * previous half-year: the figures the City steers on, counted per procedure (decision 016).
 * Empty when no register has records in the period.
 */
const VERDICT = { reached: 'gehaald', not_reached: 'niet gehaald', undetermined: 'nog niet te zeggen' } as const;
const pct = (x: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x * 100)}%`;

/** The register's agreement targets for the year: target, figure with its interval, and a verdict only where the interval allows one. */
function targetsTable(report: ProcedureReport): string {
  if (report.targets.length === 0) return '';
  const titles = new Map(report.indicators.map((i) => [i.id, i.title ?? i.id]));
  const groups = report.labels.directie?.groups ?? {};
  const rows = report.targets
    .map((t) => {
      const who = t.directorate === null ? 'Alle directies' : (groups[t.directorate] ?? t.directorate);
      const figure = t.value === null ? '<td colspan="2" class="hidden-cell">te weinig procedures</td>' : `<td class="num">${pct(t.value)}</td><td>${pct(t.lower!)} tot ${pct(t.upper!)}</td>`;
      return `<tr><th scope="row">${esc(titles.get(t.indicator) ?? t.indicator)}: ${esc(who)}</th><td class="num">ten minste ${pct(t.atLeast)}</td>${figure}<td>${t.verdict === null ? '' : VERDICT[t.verdict]}</td><td>${esc(t.source.default)}</td></tr>`;
    })
    .join('\n');
  return `<table>
<caption>Afspraken ${report.period.slice(0, 4)}: ${esc(report.title)}</caption>
<thead><tr><th scope="col">Afspraak</th><th scope="col">Doel</th><th scope="col">Gelukt</th><th scope="col">Marge</th><th scope="col">Oordeel</th><th scope="col">Bron van het doel</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function proceduresSection(reports: readonly ProcedureReport[], ci: string): string {
  if (reports.length === 0) return '';
  const registers = reports.map((report) => {
    const anchor = `${PROCEDURES_ANCHOR}-${report.register}`;
    const indicators = report.indicators.map((i) => ({ ...i, title: i.title ?? i.id, anchor: `${anchor}-${i.id}` }));
    const overall = (id: string) => report.rows.find((r) => r.indicator === id && r.breakdown === null);
    const unit = report.unit === 'directorate' ? 'directies' : 'procedures';
    const tables = indicators.map((i) => {
      const blocks: BreakdownBlock[] = Object.entries(report.labels).map(([name, { label, groups }]) => ({
        label,
        rows: report.rows.filter((r) => r.indicator === i.id && r.breakdown === name).map((row) => ({ label: row.group === null ? 'onbekend' : (groups[row.group] ?? row.group), row })),
      }));
      return `<section class="indicator" aria-labelledby="${esc(i.anchor)}">
<h4 id="${esc(i.anchor)}">${esc(i.title)}</h4>
${breakdownTable(`${i.title}: aandeel ${unit} gelukt per groep, ${report.period}`, 'compliance', blocks, ci)}
</section>`;
    });
    return `<section aria-labelledby="${esc(anchor)}">
<h3 id="${esc(anchor)}">${esc(report.title)}</h3>
${targetsTable(report)}
<p class="meta">${esc(report.period)} · ${formatCount(report.records)} ${unit} geregistreerd · ${report.rows.some((r) => r.previousValue !== null) ? `veranderingen ten opzichte van ${esc(report.previousPeriod)}` : 'geen eerdere periode om mee te vergelijken'}</p>
${overviewTable(`${report.title}: aandeel ${unit} gelukt, ${report.period}`, indicators.map((i) => ({ id: i.anchor, title: i.title, row: overall(i.id) })), ci)}
${tables.join('\n')}
</section>`;
  });
  return `<section class="survey" aria-labelledby="${PROCEDURES_ANCHOR}">
<h2 id="${PROCEDURES_ANCHOR}">Prestatieafspraken</h2>
<p class="purpose">Per afspraak het aandeel procedures dat gelukt is, geteld per procedure (een vacature), niet per persoon. Procedures waarvoor een afspraak niet geldt (nvt) tellen niet mee. De marge houdt rekening met het aantal geregistreerde procedures. Een groep met minder dan ${formatCount(reports[0]!.k)} procedures met een antwoord wordt niet getoond.</p>
${registers.join('\n')}
</section>`;
}
