/**
 * Apache ECharts rendering SVG on the server (no DOM, no script in the page): only the chart kinds
 * and components the report uses are registered. The SVG is cleaned of what only an interactive page
 * needs (hover styles, hydration attributes) and labelled for assistive technology; the numbers
 * behind each chart are in a table beside it.
 */
import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, CustomChart, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** Colours of the report: Amsterdam blue; bars 3.3:1 against white and 5.2:1 against the black error bars. */
export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  grid: '#d6d6d6',
  line: '#004699',
  bar: '#5b8fd0',
  band: '#b9d0ec',
  hidden: '#767676',
  trendBreak: '#a00000',
} as const;

export const FONT = 'Arial, Helvetica, sans-serif';

/** Diagonal hatching for a hidden cell (besides its text "te weinig antwoorden"). */
export const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: COLOURS.hidden, symbolSize: 1 };

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Renders one chart to an SVG string for inline use: `role="img"`, named by the element `labelledBy`
 * (its caption), scaling down with its container.
 */
export function renderSvg(option: ChartOption, width: number, height: number, labelledBy: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: COLOURS.ink }, ...option });
    return tidy(chart.renderToSVGString(), width, height, labelledBy);
  } finally {
    chart.dispose();
  }
}

function tidy(svg: string, width: number, height: number, labelledBy: string): string {
  const open = svg.indexOf('>');
  if (!svg.startsWith('<svg') || open < 0) throw new Error('ECharts did not return an SVG');
  let body = svg.slice(open + 1);
  // Only hover rules: a static report has no pointer effects.
  body = body.replace(/<style\s*>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/style>/g, (whole, css: string) =>
    /^(\s*\.zr\d+-cls-\d+:hover\s*\{[^}]*\}\s*)*$/.test(css) ? '' : whole,
  );
  body = body
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    .replace(/\n+/g, '\n');
  const head = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${labelledBy}" focusable="false">`;
  const out = head + body;
  // The report must open offline: no address but the SVG namespace may appear in a chart.
  if (/(https?:|\/\/|url\((?!#))/i.test(out.replace(SVG_NS, ''))) throw new Error('chart SVG refers to an outside address');
  return out;
}
