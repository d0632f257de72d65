import type { PairedRow } from '../paired/analyse.ts';
import { COLOURS, FONT, HATCH, renderSvg, type ChartOption } from './echarts.ts';
import type { CustomApi } from './trend-chart.ts';
import { niceCeil } from './trend-chart.ts';

export const PAIRED_WIDTH = 700;
const ROW = 30;
const LEFT = 200;
const RIGHT = 100;

/**
 * The net discrimination rate per group as points with their interval on a scale around zero
 * (percentage points): right of the zero line the majority profile fared better, left the
 * minority profile. A hidden group is a hatched, dashed band reading "te weinig antwoorden".
 */
export function pairedChart(rows: readonly { label: string; row: PairedRow }[], labelledBy: string): string {
  const shown = rows.filter((r) => r.row.shown && r.row.value !== null);
  const reach = Math.max(10, ...shown.flatMap((r) => [Math.abs(r.row.lower ?? 0), Math.abs(r.row.upper ?? 0), Math.abs(r.row.value!)].map((x) => x * 100)));
  const max = Math.min(100, niceCeil(reach * 1.1));
  const height = rows.length * ROW + 84;
  const percent = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(Math.abs(x))}`;
  const option: ChartOption = {
    grid: { left: LEFT, right: RIGHT, top: 40, bottom: 40 },
    xAxis: {
      type: 'value',
      min: -max,
      max,
      axisLabel: { color: COLOURS.ink, fontSize: 12, formatter: (v: number) => percent(v) },
      splitLine: { lineStyle: { color: COLOURS.grid } },
      axisLine: { show: true, lineStyle: { color: COLOURS.muted } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: COLOURS.ink, fontSize: 12, width: LEFT - 14, overflow: 'truncate' },
    },
    series: [
      {
        // Hidden groups: a band across the whole scale.
        type: 'bar',
        silent: true,
        barWidth: '60%',
        stack: 'hidden',
        data: rows.map(({ row }) => (row.shown ? null : -max)),
        itemStyle: { color: '#ffffff', borderColor: COLOURS.hidden, borderType: 'dashed', borderWidth: 1, decal: HATCH },
      },
      {
        type: 'bar',
        silent: true,
        barWidth: '60%',
        stack: 'hidden',
        data: rows.map(({ row }) => (row.shown ? null : 2 * max)),
        itemStyle: { color: '#ffffff', borderColor: COLOURS.hidden, borderType: 'dashed', borderWidth: 1, decal: HATCH },
        label: { show: true, position: 'insideLeft', formatter: 'te weinig antwoorden', color: COLOURS.ink, fontSize: 12, backgroundColor: '#ffffff', padding: [1, 4] },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: COLOURS.ink, width: 1.5 },
          label: { show: false },
          data: [{ xAxis: 0 }],
        },
      },
      {
        type: 'custom',
        silent: true,
        z: 3,
        encode: { x: [1, 2, 3], y: 0 },
        data: rows.flatMap(({ row }, i) =>
          row.shown && row.value !== null ? [[i, (row.lower ?? row.value) * 100, (row.upper ?? row.value) * 100, row.value * 100]] : [],
        ),
        renderItem: (_params: unknown, api: CustomApi) => {
          const [x1, cy] = api.coord([api.value(1), api.value(0)]);
          const [x2] = api.coord([api.value(2), api.value(0)]);
          const [xv] = api.coord([api.value(3), api.value(0)]);
          const cap = ROW * 0.25;
          const points = [[x1, cy - cap], [x1, cy + cap], [x1, cy], [x2, cy], [x2, cy - cap], [x2, cy + cap]];
          return {
            type: 'group',
            children: [
              { type: 'polyline', shape: { points }, style: { stroke: COLOURS.ink, lineWidth: 1.5, fill: null } },
              { type: 'circle', shape: { cx: xv, cy, r: 6 }, style: { fill: COLOURS.line, stroke: '#ffffff', lineWidth: 1.5 } },
              {
                type: 'text',
                style: { text: `${percent(api.value(3))} pp`, x: Math.max(x2, xv) + 8, y: cy, verticalAlign: 'middle', fill: COLOURS.ink, font: `12px ${FONT}`, backgroundColor: '#ffffff', padding: [1, 2] },
              },
            ],
          };
        },
      },
    ],
    graphic: [
      { type: 'text', left: LEFT, top: 10, style: { text: '← B (minderheid) vaker positief', fill: COLOURS.ink, font: `11px ${FONT}` } },
      { type: 'text', right: RIGHT, top: 10, style: { text: 'A (meerderheid) vaker positief →', fill: COLOURS.ink, font: `11px ${FONT}` } },
    ],
  };
  return renderSvg(option, PAIRED_WIDTH, height, labelledBy);
}
