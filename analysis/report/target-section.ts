import { goalOf, type TargetSpec, type TargetStatus } from '../indicators/target.ts';
import type { IndicatorKind, IndicatorRow } from '../indicators/types.ts';
import { esc, formatChange, formatCount, formatInterval, formatValue, plotted } from './format.ts';
import { breakdownKey, overallRow, trendPoints, type SurveyMonitor } from './model.ts';
import { progressChart, type ProgressMarks } from './progress-chart.ts';
import { trendTable } from './tables.ts';
import { trendChart } from './trend-chart.ts';

/** How the report words a target's status (analysis/indicators/target.ts says how it is decided). */
export const STATUS_TEXT: Record<TargetStatus, string> = {
  reached: 'doel gehaald',
  not_reached: 'doel niet gehaald',
  on_track: 'op koers',
  behind: 'achter op schema',
  undetermined: 'nog niet te zeggen',
};

const HIDDEN = '<td colspan="COLS" class="hidden-cell"><span class="hatch" aria-hidden="true"></span>te weinig antwoorden</td>';
const pct = (x: number) => `${x < 0 ? '−' : ''}${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(Math.abs(x) * 100)}%`;

/** "25% hoger", "5,0 procentpunt lager": the declared change in words. */
function changeWords(kind: IndicatorKind, change: TargetSpec['change']): string {
  if ('relative' in change) return `${pct(Math.abs(change.relative))} ${change.relative > 0 ? 'hoger' : 'lager'}`;
  // formatChange writes "+5,0 procentpunt"; here the direction is a word.
  return `${formatChange(kind, Math.abs(change.absolute)).slice(1)} ${change.absolute > 0 ? 'hoger' : 'lager'}`;
}

/** The status of a target row in words, with why there is none when there is none. */
export function statusText(row: IndicatorRow | undefined): string {
  const t = row?.target;
  if (!row?.shown || !t) return 'te weinig antwoorden';
  if (t.baseline === null) return 'geen oordeel: de uitgangswaarde is niet bekend (te weinig antwoorden of niet vergelijkbaar)';
  if (t.status === null) return 'geen oordeel: de uitgangswaarde is zelf een schatting';
  return STATUS_TEXT[t.status];
}

/**
 * A target in the report: its headline (share of the way to the goal and the verdict), what it
 * follows, a progress bar with baseline, goal and the straight path, the followed value over the
 * waves with baseline and goal as lines, and both as tables.
 */
export function targetSection(m: SurveyMonitor, target: { id: string; title: string; anchor: string; spec: TargetSpec }, ci: string): string {
  const { report, labels } = m;
  const { spec } = target;
  const followed = report.indicators.find((i) => i.id === spec.indicator);
  const kind: IndicatorKind = followed?.kind ?? 'proportion';
  const row = overallRow(report, target.id);
  const t = row?.shown ? row.target : null;
  const baseline = t?.baseline ?? null;
  const goal = t?.goal ?? (baseline === null ? null : goalOf(baseline, spec.change));
  const basePeriod = 'wave' in spec.baseline ? spec.baseline.wave : spec.baseline.period;
  const names = spec.group ? labels.breakdowns[breakdownKey('question', spec.group.breakdown)] : undefined;
  const groupText = spec.group ? `, groep ${names?.groups[spec.group.value] ?? spec.group.value}${names ? ` (${names.label.toLowerCase()})` : ''}` : '';
  const followedLink = `<a href="#${esc(`${report.survey}-${spec.indicator}`)}">${esc(followed?.title ?? spec.indicator)}</a>`;
  const expected = t?.expectedProgress != null && baseline !== null && goal !== null ? baseline + t.expectedProgress * (goal - baseline) : null;
  const marks: ProgressMarks = {
    baseline: baseline === null ? null : { value: baseline, label: `start ${basePeriod}: ${formatValue(kind, baseline)}` },
    goal: goal === null ? null : { value: goal, label: `doel ${spec.by}: ${formatValue(kind, goal)}` },
    expected: expected === null || t?.expectedProgress === 1 ? null : { value: expected, label: `rechte lijn nu: ${formatValue(kind, expected)}` },
  };
  const progressId = `${target.anchor}-voortgang`;
  const trendId = `${target.anchor}-trend`;
  const points = trendPoints(m, target.id);
  const lines = [
    ...(baseline === null ? [] : [{ value: plotted(kind, baseline), label: `start ${basePeriod}` }]),
    ...(goal === null ? [] : [{ value: plotted(kind, goal), label: `doel ${spec.by}` }]),
  ];
  const key =
    row?.shown && row.value !== null && t?.progress != null
      ? `<p class="key"><span class="big">${pct(t.progress)}</span> <span class="key-text">van de weg naar het doel (interval ${t.progressLower === null ? 'onbekend' : `${pct(t.progressLower)} tot ${pct(t.progressUpper!)}`}) · <strong>${esc(statusText(row))}</strong></span></p>`
      : `<p class="key hidden-key">${row?.shown ? esc(statusText(row)) : '<span class="hatch" aria-hidden="true"></span>Te weinig antwoorden'}</p>`;
  return `<section class="indicator target" aria-labelledby="${esc(target.anchor)}">
<h3 id="${esc(target.anchor)}">${esc(target.title)}</h3>
${key}
<p class="target-what">Volgt ${followedLink}${esc(groupText)}. Uitgangswaarde: ${baseline === null ? 'niet bekend' : esc(formatValue(kind, baseline))} in ${esc(basePeriod)}${t?.baselineSource ? ` (bron: ${esc(t.baselineSource)})` : 'wave' in spec.baseline ? ' (meting in Peil)' : ' (nog niet ingevoerd door een onderzoeker)'}. Doel: ${goal === null ? 'niet te bepalen' : esc(formatValue(kind, goal))} in ${esc(spec.by)}, ${esc(changeWords(kind, spec.change))} dan de uitgangswaarde (bron: ${esc(spec.source)}).</p>
<div class="pair">
<figure class="chart progress">
<figcaption id="${esc(progressId)}">Voortgang in ${esc(report.wave)}: de waarde nu met ${esc(ci)}, de uitgangswaarde en het doel; het lichte vlak is de afstand die te gaan is${marks.expected ? ', de stippellijn waar een rechte lijn naar het doel nu zou zijn' : ''}.</figcaption>
${progressChart(kind, row, marks, progressId)}
</figure>
<figure class="chart trend">
<figcaption id="${esc(trendId)}">Verloop over de metingen${esc(groupText)}, met ${esc(ci)}; stippellijnen: uitgangswaarde en doel.</figcaption>
${trendChart(kind, points, trendId, ci, lines)}
</figure>
</div>
<details>
<summary>Tabellen met de cijfers bij deze grafieken</summary>
${progressTable(`${target.title}: voortgang per meting`, kind, points, ci)}
${trendTable(`${target.title}: verloop over de metingen`, kind, points, ci)}
</details>
</section>`;
}

function progressTable(caption: string, kind: IndicatorKind, points: readonly { wave: string; row: IndicatorRow | undefined }[], ci: string): string {
  const body = points
    .map(({ wave, row }) => {
      const head = `<th scope="row">${esc(wave)}</th>`;
      if (row === undefined) return `<tr>${head}<td colspan="6">niet gemeten</td></tr>`;
      if (!row.shown || row.value === null) return `<tr class="hidden-row">${head}${HIDDEN.replace('COLS', '6')}</tr>`;
      const t = row.target;
      const progress = t?.progress == null ? 'onbekend' : pct(t.progress);
      const interval = t?.progressLower == null || t.progressUpper == null ? 'geen interval' : `${pct(t.progressLower)} tot ${pct(t.progressUpper)}`;
      const expected = t?.expectedProgress == null ? 'onbekend' : pct(t.expectedProgress);
      return `<tr>${head}<td class="num">${formatCount(row.n ?? 0)}</td><td class="num">${formatValue(kind, row.value)} (${formatInterval(kind, row.lower, row.upper)})</td><td class="num">${progress}</td><td>${interval}</td><td class="num">${expected}</td><td>${esc(statusText(row))}</td></tr>`;
    })
    .join('\n');
  return `<table>
<caption>${esc(caption)}</caption>
<thead><tr><th scope="col">Meting</th><th scope="col">Aantal (n)</th><th scope="col">Waarde (${esc(ci)})</th><th scope="col">Voortgang naar het doel</th><th scope="col">Interval van de voortgang</th><th scope="col">Rechte lijn naar het doel</th><th scope="col">Oordeel</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
