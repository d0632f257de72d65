import type { IndicatorKind } from '../indicators/types.ts';
import { COLOURS, FONT, HATCH, renderSvg, type ChartOption } from './echarts.ts';
import { changeArrow, formatValue, isShare, plotted } from './format.ts';
import type { BreakdownBlock } from './model.ts';
import { niceCeil, type CustomApi } from './trend-chart.ts';

export const BREAKDOWN_WIDTH = 700;
const ROW = 24;
const TITLE = 26;
const GAP = 12;
const AXIS = 34;
const LEFT = 230;
const RIGHT = 96;

/**
 * One horizontal bar per group with its interval as an error bar, a block of bars per breakdown
 * (the overall figure first), all on one scale starting at zero; a dashed line marks the overall value
 * (the first row), unless `overallLine` is false (rows that are not groups of one total).
 * A hidden group is an empty, hatched, dashed bar across the scale reading "te weinig antwoorden".
 */
export function breakdownChart(kind: IndicatorKind, blocks: readonly BreakdownBlock[], labelledBy: string, overallLine = true): { svg: string; height: number } {
  const shownRows = blocks.flatMap((b) => b.rows.map((r) => r.row)).filter((r) => r.shown && r.value !== null);
  const top = Math.max(0, ...shownRows.map((r) => plotted(kind, r.upper ?? r.value!)), ...shownRows.map((r) => plotted(kind, r.value!)));
  const max = isShare(kind) ? Math.min(100, niceCeil(top * 1.05)) : kind === 'scale' ? 100 : niceCeil(top * 1.05);
  const overall = overallLine ? blocks[0]?.rows[0]?.row : undefined;
  const overallValue = overall?.shown && overall.value !== null ? plotted(kind, overall.value) : undefined;

  const grids: unknown[] = [];
  const xAxes: unknown[] = [];
  const yAxes: unknown[] = [];
  const titles: unknown[] = [];
  const series: unknown[] = [];
  let y = 4;
  blocks.forEach((block, b) => {
    const last = b === blocks.length - 1;
    titles.push({ text: block.label, top: y, left: 4, textStyle: { fontSize: 13, fontWeight: 'bold', color: COLOURS.ink, fontFamily: FONT } });
    y += TITLE;
    const height = block.rows.length * ROW;
    grids.push({ left: LEFT, right: RIGHT, top: y, height });
    y += height + (last ? AXIS : GAP);
    xAxes.push({
      type: 'value',
      gridIndex: b,
      min: 0,
      max,
      axisLabel: { show: last, color: COLOURS.ink, fontSize: 12, formatter: isShare(kind) ? '{value}%' : (v: number) => String(v).replace('.', ',') },
      axisLine: { show: last, lineStyle: { color: COLOURS.muted } },
      axisTick: { show: false },
      splitLine: { lineStyle: { color: COLOURS.grid } },
    });
    yAxes.push({
      type: 'category',
      gridIndex: b,
      inverse: true,
      data: block.rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLOURS.muted } },
      axisLabel: { color: COLOURS.ink, fontSize: 12, width: LEFT - 14, overflow: 'truncate' },
    });
    series.push({
      type: 'bar',
      xAxisIndex: b,
      yAxisIndex: b,
      barWidth: '62%',
      silent: true,
      data: block.rows.map(({ row }) =>
        row.shown && row.value !== null
          ? { value: plotted(kind, row.value), itemStyle: { color: COLOURS.bar } }
          : {
              value: max,
              itemStyle: { color: '#ffffff', borderColor: COLOURS.hidden, borderType: 'dashed', borderWidth: 1, decal: HATCH },
              label: {
                show: true,
                position: 'insideLeft',
                formatter: 'te weinig antwoorden',
                color: COLOURS.ink,
                fontSize: 12,
                backgroundColor: '#ffffff',
                padding: [1, 4],
              },
            },
      ),
      ...(overallValue !== undefined
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { show: false },
              lineStyle: { color: COLOURS.ink, type: 'dashed', width: 1 },
              data: [{ xAxis: overallValue }],
            },
          }
        : {}),
    });
    const intervals = block.rows.flatMap(({ row }, i) => {
      if (!row.shown || row.value === null) return [];
      const value = plotted(kind, row.value);
      const lower = row.lower === null ? value : plotted(kind, row.lower);
      const upper = row.upper === null ? value : plotted(kind, row.upper);
      const arrow = changeArrow(row);
      return [[i, lower, upper, value, `${formatValue(kind, row.value)}${arrow ? ` ${arrow}` : ''}`]];
    });
    series.push({
      type: 'custom',
      xAxisIndex: b,
      yAxisIndex: b,
      silent: true,
      z: 3,
      encode: { x: [1, 2], y: 0 },
      data: intervals,
      renderItem: (_params: unknown, api: CustomApi & { value(dim: number): number | string }) => {
        const [x1, cy] = api.coord([api.value(1) as number, api.value(0) as number]);
        const [x2] = api.coord([api.value(2) as number, api.value(0) as number]);
        const cap = ROW * 0.28;
        const label = {
          type: 'text',
          style: {
            text: String(api.value(4)),
            x: Math.max(x2, api.coord([api.value(3) as number, 0])[0]) + 5,
            y: cy,
            verticalAlign: 'middle',
            fill: COLOURS.ink,
            font: `12px ${FONT}`,
            backgroundColor: '#ffffff',
            padding: [1, 2],
          },
        };
        if (x2 - x1 <= 0.5) return { type: 'group', children: [label] };
        // The error bar in black on a white halo, so that it shows on the bar and beside it.
        // One stroke: up the left cap, along the interval, up the right cap.
        const points = [[x1, cy - cap], [x1, cy + cap], [x1, cy], [x2, cy], [x2, cy - cap], [x2, cy + cap]];
        return { type: 'group', children: [{ type: 'polyline', shape: { points }, style: { stroke: COLOURS.ink, lineWidth: 1.5, fill: null } }, label] };
      },
    });
  });
  const option: ChartOption = { title: titles, grid: grids, xAxis: xAxes, yAxis: yAxes, series };
  const height = Math.ceil(y);
  return { svg: renderSvg(option, BREAKDOWN_WIDTH, height, labelledBy), height };
}
