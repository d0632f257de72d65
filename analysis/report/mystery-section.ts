import type { PairedReport, PairedRow } from '../paired/analyse.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import { breakdownChart } from './breakdown-chart.ts';
import { esc, formatCount, formatInterval, formatP, formatValue } from './format.ts';
import { breakdownKey, overallRow, UNKNOWN_KEY, type SurveyMonitor } from './model.ts';
import { pairedChart } from './paired-chart.ts';

const HIDDEN = '<td colspan="COLS" class="hidden-cell"><span class="hatch" aria-hidden="true"></span>te weinig antwoorden</td>';
const hiddenCells = (cols: number) => HIDDEN.replace('COLS', String(cols));
const DIRECTORATE = 'opdracht_directie';

const pp = (x: number) => {
  const v = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(x * 100));
  return `${x > 0 ? '+' : x < 0 ? '−' : '±'}${v}`;
};

/**
 * The mystery-guest part of a survey's section in the report: compliance per checklist item overall
 * and per directorate (the `compliance` indicators, with intervals and the usual suppression), and
 * the paired-testing table per directorate with its chart and a short guide to reading it. Empty
 * for a survey without compliance indicators and paired testing.
 */
export function mysterySection(m: SurveyMonitor, ci: string): string {
  const items = m.report.indicators.filter((i) => i.kind === 'compliance');
  const parts = [items.length > 0 ? complianceBlock(m, items, ci) : '', m.report.paired ? pairedBlock(m, m.report.paired, ci) : ''].filter((p) => p !== '');
  return parts.length === 0 ? '' : `<section class="mystery" aria-labelledby="${esc(`${m.report.survey}-mystery`)}">
<h3 id="${esc(`${m.report.survey}-mystery`)}">Mystery guests: naleving en gelijke behandeling</h3>
${parts.join('\n')}
</section>`;
}

function directorateNames(m: SurveyMonitor): { key: string; label: string }[] {
  const names = m.labels.breakdowns[breakdownKey('question', DIRECTORATE)];
  const seen = new Map<string, string>();
  for (const r of m.report.rows) {
    if (r.breakdown !== DIRECTORATE || r.breakdownSource !== 'question') continue;
    const key = r.group ?? UNKNOWN_KEY;
    seen.set(key, names?.groups[key] ?? (r.group === null ? 'Onbekend' : r.group));
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}

function complianceBlock(m: SurveyMonitor, items: SurveyMonitor['report']['indicators'], ci: string): string {
  const { report } = m;
  const id = `${report.survey}-naleving`;
  const title = (i: (typeof items)[number]) => i.title ?? i.id;
  const overall = items.map((i) => ({ label: title(i), row: overallRow(report, i.id) })).filter((x): x is { label: string; row: IndicatorRow } => x.row !== undefined);
  const chart = breakdownChart('compliance', [{ label: 'Alle observaties', rows: overall }], `${id}-grafiek`, false);
  const directorates = directorateNames(m);
  const cell = (row: IndicatorRow | undefined) => {
    if (row === undefined) return '<td>niet gemeten</td>';
    if (!row.shown || row.value === null) return hiddenCells(1);
    return `<td class="num">${formatValue('compliance', row.value)}<br><span class="small">${formatInterval('compliance', row.lower, row.upper)}, n = ${formatCount(row.n ?? 0)}</span></td>`;
  };
  const body = items
    .map((i) => {
      const groupRow = (key: string) =>
        report.rows.find((r) => r.indicator === i.id && r.breakdown === DIRECTORATE && r.breakdownSource === 'question' && (r.group ?? UNKNOWN_KEY) === key);
      return `<tr><th scope="row"><a href="#${esc(`${report.survey}-${i.id}`)}">${esc(title(i))}</a></th>${cell(overallRow(report, i.id))}${directorates.map((d) => cell(groupRow(d.key))).join('')}</tr>`;
    })
    .join('\n');
  return `<h4 id="${esc(id)}">Naleving per onderdeel van de checklist</h4>
<p>Per onderdeel het aandeel observaties waarin het goed ging, met het ${esc(ci)}. Een observatie is één stap van één mystery guest (vacature gelezen, gesolliciteerd, gesprek, uitkomst); een onderdeel telt alleen mee bij de stap waar het over gaat.</p>
<figure class="chart bars">
<figcaption id="${esc(`${id}-grafiek`)}">Naleving per onderdeel in ${esc(report.wave)}, alle observaties samen, met ${esc(ci)}.</figcaption>
${chart.svg}
</figure>
<details>
<summary>Tabel: naleving per onderdeel en per directie</summary>
<div class="wide" role="region" aria-label="Naleving per onderdeel en directie" tabindex="0">
<table class="compliance">
<caption>Naleving per onderdeel en directie, meting ${esc(report.wave)} (${esc(ci)} en aantal observaties)</caption>
<thead><tr><th scope="col">Onderdeel</th><th scope="col">Alle observaties</th>${directorates.map((d) => `<th scope="col">${esc(d.label)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</details>`;
}

function pairedBlock(m: SurveyMonitor, paired: PairedReport, ci: string): string {
  const id = `${m.report.survey}-paartesten`;
  const names = m.labels.breakdowns[breakdownKey('question', DIRECTORATE)];
  const label = (r: PairedRow) => (r.breakdown === null ? 'Alle paren' : (names?.groups[r.group ?? UNKNOWN_KEY] ?? r.group ?? 'Onbekend'));
  // The directorate table; the splits by scale band and internal/external are in the JSON and CSV.
  const rows = paired.rows.filter((row) => row.breakdown === null || row.breakdown === DIRECTORATE).map((row) => ({ label: label(row), row }));
  const line = ({ label: name, row }: { label: string; row: PairedRow }) => {
    const head = `<th scope="row">${esc(name)}</th>`;
    if (!row.shown || row.value === null) return `<tr class="hidden-row">${head}${hiddenCells(7)}</tr>`;
    const interval = row.lower === null || row.upper === null ? 'geen interval' : `${pp(row.lower)} tot ${pp(row.upper)}`;
    const p = row.pValue === null ? '' : `${formatP(row.pValue)}${row.significant ? ', significant' : ''}`;
    return `<tr>${head}<td class="num">${formatCount(row.n ?? 0)}</td><td class="num">${row.bothPositive}</td><td class="num">${row.majorityOnly}</td><td class="num">${row.minorityOnly}</td><td class="num">${row.neitherPositive}</td><td class="num">${pp(row.value)} procentpunt<br><span class="small">${interval}</span></td><td>${esc(p)}</td></tr>`;
  };
  const { complete, incomplete, inconsistent } = paired.pairs;
  return `<h4 id="${esc(id)}">Paartesten: krijgen beide profielen dezelfde kans?</h4>
<div class="reading">
<p><strong>Zo lees je dit.</strong> Bij een paartest solliciteren twee mystery guests op dezelfde vacature. Hun profielen zijn gelijk, op één kenmerk na: profiel A hoort bij de meerderheid, profiel B heeft het kenmerk dat we onderzoeken. Een uitkomst is <em>positief</em> als iemand is uitgenodigd of verder kwam. We tellen per paar of beiden, alleen A, alleen B of geen van beiden een positieve uitkomst kregen.</p>
<p>De <strong>netto discriminatie</strong> is het aandeel paren waarin alleen profiel A positief was, min het aandeel waarin alleen profiel B positief was. Boven nul kreeg de meerderheid vaker een kans; 0 betekent geen verschil. Het ${esc(ci)} (Newcombe, voor gepaarde uitkomsten) laat zien hoe zeker dat is. De <strong>McNemar-toets</strong> (exact) kijkt alleen naar de paren met verschillende uitkomsten; bij p &lt; 0,05 is het verschil waarschijnlijk geen toeval. Alleen paren waarvan beide procedures klaar zijn tellen mee; een directie met te weinig paren tonen we niet.</p>
</div>
<p class="meta">Meting ${esc(paired.wave)}: ${formatCount(complete)} complete ${complete === 1 ? 'paar' : 'paren'}; ${formatCount(incomplete)} nog niet afgerond en ${formatCount(inconsistent)} met tegenstrijdige gegevens tellen niet mee${paired.unpairedObservations > 0 ? `; ${formatCount(paired.unpairedObservations)} observaties zonder paar (zoals bezoeken aan een servicepunt) tellen alleen mee voor de naleving` : ''}.</p>
<figure class="chart paired">
<figcaption id="${esc(`${id}-grafiek`)}">Netto discriminatie per directie in ${esc(paired.wave)}, in procentpunten, met ${esc(ci)}. Rechts van de nullijn kreeg profiel A (meerderheid) vaker een positieve uitkomst.</figcaption>
${pairedChart(rows, `${id}-grafiek`)}
</figure>
<table class="paired">
<caption>Paartesten per directie, meting ${esc(paired.wave)}</caption>
<thead><tr><th scope="col">Directie</th><th scope="col">Paren</th><th scope="col">Beiden positief</th><th scope="col">Alleen A (meerderheid)</th><th scope="col">Alleen B (minderheid)</th><th scope="col">Geen van beiden</th><th scope="col">Netto discriminatie (${esc(ci)})</th><th scope="col">McNemar (exact)</th></tr></thead>
<tbody>
${rows.map(line).join('\n')}
</tbody>
</table>`;
}
