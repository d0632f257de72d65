import { esc } from '../report/format.ts';
import { STYLE } from '../report/style.ts';
import type { Monitor, MonitorCell, MonitorLine, MonitorSummary } from './model.ts';
import { citySummary, directoratePage } from './page.ts';
import { sparkline } from './sparkline.ts';
import { cellText, changeText, goalText, monitorWords, placeName, trendText } from './words.ts';

const SECTIONS: MonitorLine['section'][] = ['survey', 'target', 'agreement', 'hr'];
const w = monitorWords('nl');

/** The file the integral monitor of a period is written to (beside its JSON, `.json`). */
export const integralMonitorFileName = (period: string, extension: 'html' | 'json') => `integrale-monitor-${period}.${extension}`;

function cell(line: Pick<MonitorLine, 'unit'>, c: MonitorCell): string {
  const change = changeText(line, c, 'nl');
  const goal = goalText(c, 'nl');
  const value = `<span class="${c.status === 'shown' ? 'value' : 'hidden-cell'}">${esc(cellText(line.unit, c, 'nl'))}</span>`;
  return `${value}${change ? `<br><span class="change">${esc(change)}</span>` : ''}${goal ? `<br><span class="goal">${esc(goal)}</span>` : ''}`;
}

function trendSvg(line: MonitorLine, trend: readonly (number | null)[], periods: readonly string[]): string {
  const alt = esc(trendText(line.unit, periods, trend, 'nl'));
  if (trend.every((v) => v === null)) return `<span>${alt}</span>`;
  const s = sparkline(trend);
  const lines = s.segments.map((p) => `<polyline points="${p}" fill="none" stroke="#004699" stroke-width="1.5"/>`).join('');
  const dot = s.last ? `<circle cx="${s.last.x}" cy="${s.last.y}" r="2.5" fill="#004699"/>` : '';
  return `<svg role="img" aria-label="${alt}" width="${s.width}" height="${s.height}" viewBox="0 0 ${s.width} ${s.height}"><title>${alt}</title>${lines}${dot}</svg>`;
}

function summaryList(summary: MonitorSummary, lines: readonly MonitorLine[], id: string, level: 2 | 3): string {
  const title = (key: string) => esc(lines.find((l) => l.key === key)?.title.nl ?? key);
  const list = (heading: string, keys: string[]) => `<h${level + 1}>${heading}</h${level + 1}>${keys.length === 0 ? '<p>Niets.</p>' : `<ul>${keys.map((k) => `<li>${title(k)}</li>`).join('')}</ul>`}`;
  return `<section aria-labelledby="${id}"><h${level} id="${id}">Samenvatting</h${level}>
<p>Verbeterd of verslechterd: een duidelijke (significante) verandering sinds het vorige halfjaar.</p>
${list('Verslechterd', summary.declined)}${list('Doel of afspraak niet gehaald', summary.missed)}${list('Verbeterd', summary.improved)}</section>`;
}

function overview(monitor: Monitor): string {
  const head = `<tr><th scope="col">Cijfer</th><th scope="col">${w.city}</th>${monitor.directorates.map((c) => `<th scope="col"><a href="#directie-${esc(c)}">${esc(placeName(c, 'nl'))}</a></th>`).join('')}</tr>`;
  const bodies = SECTIONS.map((section) => {
    const lines = monitor.lines.filter((l) => l.section === section);
    if (lines.length === 0) return '';
    const rows = lines.map((l) => `<tr><th scope="row">${esc(l.title.nl)}${l.source ? `<br><small>${esc(l.source.title.nl)}</small>` : ''}</th><td>${cell(l, l.city)}</td>${monitor.directorates.map((c) => `<td>${cell(l, l.byDirectorate[c]!)}</td>`).join('')}</tr>`);
    return `<tbody><tr><th scope="colgroup" colspan="${monitor.directorates.length + 2}">${esc(w.sections[section])}</th></tr>${rows.join('')}</tbody>`;
  });
  return `<div class="wide" role="region" aria-labelledby="overzicht-caption" tabindex="0"><table>
<caption id="overzicht-caption">Kerncijfers per directie, ${esc(monitor.period)}. Verborgen cijfers staan erbij met de reden.</caption>
<thead>${head}</thead>${bodies.join('')}</table></div>`;
}

function directorateSection(monitor: Monitor, code: string): string {
  const page = directoratePage(monitor, code);
  const place = esc(placeName(code, 'nl'));
  const tables = SECTIONS.map((section) => {
    const lines = monitor.lines.filter((l) => l.section === section);
    if (lines.length === 0) return '';
    const rows = lines.map((l) => {
      const c = l.byDirectorate[code]!;
      const details = [c.lower !== null && c.upper !== null ? `marge ${esc(cellText(l.unit, { ...c, value: c.lower }, 'nl'))} – ${esc(cellText(l.unit, { ...c, value: c.upper }, 'nl'))}` : '', c.n !== null ? `n = ${c.n}` : '', l.goalSource ? `bron van het doel: ${esc(l.goalSource.nl)}` : '']
        .filter(Boolean)
        .join('; ');
      return `<tr><th scope="row">${esc(l.title.nl)}${details ? `<br><small>${details}</small>` : ''}</th><td>${cell(l, c)}</td><td>${trendSvg(l, c.trend, monitor.periods)}</td><td>${cell(l, l.city)}</td></tr>`;
    });
    return `<div class="wide" role="region" aria-label="${esc(w.sections[section])}: ${place}" tabindex="0"><table><caption>${esc(w.sections[section])}: ${place}, ${esc(monitor.period)}</caption>
<thead><tr><th scope="col">Cijfer</th><th scope="col">${place}</th><th scope="col">Verloop</th><th scope="col">${w.city}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  });
  return `<section aria-labelledby="directie-${esc(code)}"><h2 id="directie-${esc(code)}">${place}</h2>
${summaryList(page.summary, monitor.lines, `samenvatting-${esc(code)}`, 3)}
<details><summary>Alle cijfers van ${place}</summary>${tables.join('')}</details></section>`;
}

/**
 * The integral monitor of a period as one self-contained HTML page (inline CSS and SVG, no script,
 * no outside address), in Dutch: the city's summary, the overview of every directorate, and per
 * directorate its summary with every figure, change and trend on demand. Only what `monitor` holds,
 * which is only what the surveys' and registers' reports and the HR release publish (decision 021).
 */
export function renderIntegralMonitor(monitor: Monitor): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Integrale monitor ${esc(monitor.period)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="masthead"><p><span class="brand">Gemeente Amsterdam</span> <span class="sub">Integrale monitor</span></p></header>
<main>
<h1>Integrale monitor ${esc(monitor.period)}</h1>
<p class="lead">Alle kerncijfers van de vragenlijsten, de doelen, de prestatieafspraken en de HR-cijfers per directie naast elkaar, met de verandering sinds het vorige halfjaar (pijl en woorden) en het verloop over ${monitor.periods.length} halfjaren (${esc(monitor.periods.join(', '))}). Elk cijfer is hetzelfde als in het rapport van zijn eigen vragenlijst of register; een verborgen cijfer (te weinig antwoorden) is ook hier verborgen.</p>
${summaryList(citySummary(monitor), monitor.lines, 'samenvatting', 2)}
<h2>Alle directies</h2>
${overview(monitor)}
${monitor.directorates.map((c) => directorateSection(monitor, c)).join('\n')}
</main>
</body>
</html>
`;
}
