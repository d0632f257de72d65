import type { IndicatorKind, IndicatorRow } from '../indicators/types.ts';
import { COLOURS, FONT, HATCH, renderSvg, type ChartOption } from './echarts.ts';
import { formatValue, isShare, plotted } from './format.ts';
import type { CustomApi } from './trend-chart.ts';
import { niceCeil } from './trend-chart.ts';

export const PROGRESS_WIDTH = 700;
export const PROGRESS_HEIGHT = 170;

/** What a progress chart marks besides the current value: where the target starts, where it should get to, and the straight path. */
export interface ProgressMarks {
  baseline: { value: number; label: string } | null;
  goal: { value: number; label: string } | null;
  expected: { value: number; label: string } | null;
}

/**
 * A target as a progress bar on the followed indicator's scale: the stretch from baseline to goal as
 * a light band, the current value as a bar with its interval as an error bar, and labelled lines at
 * the baseline, the goal and where a straight path from baseline to goal would be now. A hidden
 * cell is a hatched, dashed bar reading "te weinig antwoorden".
 */
export function progressChart(kind: IndicatorKind, row: IndicatorRow | undefined, marks: ProgressMarks, labelledBy: string): string {
  const shown = row !== undefined && row.shown && row.value !== null;
  const p = (x: number) => plotted(kind, x);
  const lines = [marks.baseline, marks.goal, marks.expected].filter((m) => m !== null);
  const top = Math.max(0, ...lines.map((m) => p(m.value)), ...(shown ? [p(row.upper ?? row.value!), p(row.value!)] : []));
  const max = isShare(kind) ? Math.min(100, niceCeil(top * 1.15)) : kind === 'scale' ? 100 : niceCeil(top * 1.15);
  const band = marks.baseline && marks.goal ? [p(Math.min(marks.baseline.value, marks.goal.value)), p(Math.max(marks.baseline.value, marks.goal.value))] : null;
  const markLine = (m: { value: number; label: string }, position: string, colour: string, type: string) => ({
    xAxis: p(m.value),
    lineStyle: { color: colour, type, width: 2 },
    label: { show: true, formatter: m.label, position, color: COLOURS.ink, fontSize: 12, backgroundColor: '#ffffff', padding: [1, 3] },
  });
  const series: unknown[] = [
    {
      type: 'bar',
      barWidth: 34,
      silent: true,
      data: [
        shown
          ? { value: p(row.value!), itemStyle: { color: COLOURS.bar } }
          : {
              value: max,
              itemStyle: { color: '#ffffff', borderColor: COLOURS.hidden, borderType: 'dashed', borderWidth: 1, decal: HATCH },
              label: { show: true, position: 'insideLeft', formatter: 'te weinig antwoorden', color: COLOURS.ink, fontSize: 12, backgroundColor: '#ffffff', padding: [1, 4] },
            },
      ],
      markArea: band ? { silent: true, itemStyle: { color: COLOURS.band, opacity: 0.55 }, data: [[{ xAxis: band[0] }, { xAxis: band[1] }]] } : undefined,
      markLine: {
        silent: true,
        symbol: 'none',
        data: [
          ...(marks.baseline ? [markLine(marks.baseline, 'start', COLOURS.muted, 'solid')] : []),
          ...(marks.goal ? [markLine(marks.goal, 'end', COLOURS.line, 'solid')] : []),
          ...(marks.expected ? [markLine(marks.expected, 'insideEndTop', COLOURS.ink, 'dashed')] : []),
        ],
      },
    },
  ];
  if (shown && row.lower !== null && row.upper !== null) {
    series.push({
      type: 'custom',
      silent: true,
      z: 3,
      data: [[0, p(row.lower), p(row.upper), formatValue(kind, row.value!)]],
      encode: { x: [1, 2], y: 0 },
      renderItem: (_params: unknown, api: CustomApi & { value(dim: number): number | string }) => {
        const [x1, cy] = api.coord([api.value(1) as number, 0]);
        const [x2] = api.coord([api.value(2) as number, 0]);
        const cap = 10;
        const points = [[x1, cy - cap], [x1, cy + cap], [x1, cy], [x2, cy], [x2, cy - cap], [x2, cy + cap]];
        return {
          type: 'group',
          children: [
            { type: 'polyline', shape: { points }, style: { stroke: COLOURS.ink, lineWidth: 1.5, fill: null } },
            { type: 'text', style: { text: `nu ${String(api.value(3))}`, x: x2 + 6, y: cy, verticalAlign: 'middle', fill: COLOURS.ink, font: `bold 12px ${FONT}`, backgroundColor: '#ffffff', padding: [1, 2] } },
          ],
        };
      },
    });
  }
  const option: ChartOption = {
    grid: { left: 16, right: 24, top: 52, bottom: 40 },
    xAxis: {
      type: 'value',
      min: 0,
      max,
      axisLabel: { color: COLOURS.ink, fontSize: 12, formatter: isShare(kind) ? '{value}%' : (v: number) => String(v).replace('.', ',') },
      axisLine: { show: true, lineStyle: { color: COLOURS.muted } },
      splitLine: { lineStyle: { color: COLOURS.grid } },
    },
    yAxis: { type: 'category', data: [''], axisLine: { show: false }, axisTick: { show: false }, axisLabel: { show: false } },
    series,
  };
  return renderSvg(option, PROGRESS_WIDTH, PROGRESS_HEIGHT, labelledBy);
}
