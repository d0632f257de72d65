import type { IndicatorRow } from '../indicators/types.ts';
import { alphaNeedsNote, NEGATIVE_ALPHA_NOTE } from './alpha-note.ts';
import { breakdownChart } from './breakdown-chart.ts';
import { crossingsSection } from './crossings-section.ts';
import { changeArrow, changeText, esc, formatCount, formatInterval, formatValue, intervalName } from './format.ts';
import { breakdownBlocks, overallRow, trendPoints, type MonitorInput, type SurveyMonitor } from './model.ts';
import { mysterySection } from './mystery-section.ts';
import { openAnswersSection } from './open-answers.ts';
import { PROCEDURES_ANCHOR, proceduresSection } from './procedures-section.ts';
import { readingGuide } from './reading-guide.ts';
import { reasonsSections } from './reasons-section.ts';
import { STYLE } from './style.ts';
import { breakdownTable, overviewTable, trendTable } from './tables.ts';
import { targetSection } from './target-section.ts';
import { trendChart } from './trend-chart.ts';

/**
 * The monitor report of one wave as one self-contained HTML page: inline CSS, inline SVG charts, no
 * script and no outside address, in Dutch. Per survey a section with its key figures; for mystery
 * guests compliance per checklist item and directorate and the paired tests; per indicator its
 * trend over the waves and its breakdowns, per target its progress towards the goal, each chart
 * with a table of the same numbers.
 */
export function renderMonitorHtml(input: MonitorInput): string {
  const answers = input.surveys.reduce((s, m) => s + respondents(m), 0);
  const toc = input.surveys.map((m) => `<li><a href="#${esc(m.report.survey)}">${esc(m.labels.title)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inclusiemonitor: meting ${esc(input.wave)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead"><p><span class="brand">Gemeente Amsterdam</span> <span class="sub">Inclusiemonitor</span></p></header>
<main>
<h1>Inclusiemonitor: meting ${esc(input.wave)}</h1>
<p class="lead">De uitkomsten van ${input.surveys.length === 1 ? 'één vragenlijst' : `${input.surveys.length} vragenlijsten`} in de meting ${esc(input.wave)}, met ${formatCount(answers)} ingevulde vragenlijsten. Per onderwerp zie je hoe de uitkomst zich ontwikkelt over de metingen en hoe groepen van elkaar verschillen. Gemaakt op ${esc(dutchDate(input.generatedOn))}.</p>
<nav aria-labelledby="inhoud"><h2 id="inhoud">Inhoud</h2><ol><li><a href="#leeswijzer">Zo lees je dit rapport</a></li>
${toc}${input.procedures?.length ? `\n<li><a href="#${PROCEDURES_ANCHOR}">Prestatieafspraken</a></li>` : ''}</ol></nav>
${readingGuide({
  confidence: input.confidence,
  significance: input.significance,
  kMin: input.surveys.map((m) => m.report.kMin),
  kSpecial: input.surveys.map((m) => m.report.kSpecial),
})}
${input.surveys.map((m) => surveySection(m, intervalName(input.confidence))).join('\n')}
${proceduresSection(input.procedures ?? [], intervalName(input.confidence))}
</main>
<footer><p>Gemaakt met Peil. Alle cijfers zijn na geheimhoudingsregels (k-drempel en secundaire onderdrukking); ruwe antwoorden staan niet in dit rapport.</p></footer>
</body>
</html>
`;
}

function respondents(m: SurveyMonitor): number {
  const rr = overallRow(m.report, 'response_rate');
  if (rr?.n != null) return rr.n;
  return Math.max(0, ...m.report.rows.filter((r) => r.breakdown === null).map((r) => r.n ?? 0));
}

function surveySection(m: SurveyMonitor, ci: string): string {
  const { report, labels } = m;
  const anchor = (id: string) => `${report.survey}-${id}`;
  // Reasons are shown as one ranked list each (reasons-section.ts), not one section per reason.
  const indicators = report.indicators.filter((i) => i.kind !== 'reasons').map((i) => ({ ...i, title: i.title ?? i.id, anchor: anchor(i.id) }));
  const compared = report.previousWave === null ? 'Er is geen eerdere meting om mee te vergelijken.' : `Veranderingen zijn ten opzichte van ${esc(report.previousWave)}.`;
  return `<section class="survey" aria-labelledby="${esc(report.survey)}">
<h2 id="${esc(report.survey)}">${esc(labels.title)}</h2>
${labels.purpose ? `<p class="purpose">${esc(labels.purpose)}</p>` : ''}
<p class="meta">Meting ${esc(report.wave)} · ${formatCount(respondents(m))} ingevuld · ${compared}</p>
<h3 id="${esc(anchor('kerncijfers'))}">Kerncijfers</h3>
${overviewTable(`Kerncijfers ${labels.title}, meting ${report.wave}`, indicators.map((i) => ({ id: i.anchor, title: i.title, row: overallRow(report, i.id) })), ci)}
${mysterySection(m, ci)}
${indicators.map((i) => (i.target ? targetSection(m, { ...i, spec: i.target }, ci) : indicatorSection(m, i, ci))).join('\n')}
${reasonsSections(m, ci)}
${crossingsSection(m, ci)}
${openAnswersSection(m.openTexts, report.kSpecial, anchor('open-antwoorden'))}
</section>`;
}

function indicatorSection(m: SurveyMonitor, indicator: { id: string; kind: IndicatorRow['kind']; title: string; anchor: string }, ci: string): string {
  const { report, labels } = m;
  const points = trendPoints(m, indicator.id);
  const blocks = breakdownBlocks(report, labels, indicator.id);
  const overall = overallRow(report, indicator.id);
  const trendId = `${indicator.anchor}-trend`;
  const barsId = `${indicator.anchor}-groepen`;
  const hidden = blocks.reduce((s, b) => s + b.rows.filter((r) => !r.row.shown).length, 0);
  const bars = breakdownChart(indicator.kind, blocks, barsId);
  return `<section class="indicator" aria-labelledby="${esc(indicator.anchor)}">
<h3 id="${esc(indicator.anchor)}">${esc(indicator.title)}</h3>
${keyFigure(indicator.kind, overall, report.previousWave)}
<div class="pair">
<figure class="chart trend">
<figcaption id="${esc(trendId)}">Verloop over de metingen: ${esc(indicator.title)}, met ${esc(ci)}${points.some((p) => p.row && !p.row.shown) ? '; sommige metingen hebben te weinig antwoorden' : ''}.</figcaption>
${trendChart(indicator.kind, points, trendId, ci)}
</figure>
<figure class="chart bars">
<figcaption id="${esc(barsId)}">Per groep in ${esc(report.wave)}: ${esc(indicator.title)}, met ${esc(ci)}. Stippellijn: iedereen samen.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'groep heeft' : 'groepen hebben'} te weinig antwoorden.` : ''}</figcaption>
${bars.svg}
</figure>
</div>
<details>
<summary>Tabellen met de cijfers bij deze grafieken</summary>
${trendTable(`${indicator.title}: verloop over de metingen`, indicator.kind, points, ci)}
${breakdownTable(`${indicator.title}: per groep, meting ${report.wave}`, indicator.kind, blocks, ci)}
</details>
</section>`;
}

function keyFigure(kind: IndicatorRow['kind'], row: IndicatorRow | undefined, previousWave: string | null): string {
  if (row === undefined) return '';
  if (!row.shown || row.value === null) {
    return `<p class="key hidden-key"><span class="hatch" aria-hidden="true"></span>Iedereen samen: te weinig antwoorden</p>`;
  }
  const arrow = changeArrow(row);
  const since = previousWave === null ? '' : ` sinds ${esc(previousWave)}: ${arrow ? `${arrow} ` : ''}${esc(changeText(row))}`;
  const alpha = row.alpha === null ? '' : ` · Cronbachs alfa ${String(row.alpha.toFixed(2)).replace('.', ',')}`;
  const note = alphaNeedsNote(row.alpha) ? `\n<p class="alpha-note">${esc(NEGATIVE_ALPHA_NOTE.nl)}</p>` : '';
  return `<p class="key"><span class="big">${formatValue(kind, row.value)}</span> <span class="key-text">iedereen samen (n = ${formatCount(row.n ?? 0)}; interval ${formatInterval(kind, row.lower, row.upper)})${since}${alpha}</span></p>${note}`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}
