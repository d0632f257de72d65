import type { IndicatorKind, IndicatorRow } from '../indicators/types.ts';
import { COLOURS, FONT, renderSvg, type ChartOption } from './echarts.ts';
import { formatValue, isShare, plotted } from './format.ts';

export const TREND_WIDTH = 460;
export const TREND_HEIGHT = 300;

const HIDDEN = 0;
const BREAK = 1;
const ALONE = 2;

/** A labelled horizontal line across a trend chart (a target's baseline and goal), in plotted units. */
export interface TrendMark {
  value: number;
  label: string;
}

/**
 * An indicator's overall value over the waves: a line through the values with the interval as a band
 * around it. A wave whose figure is hidden is a dashed, grey column saying "te weinig antwoorden";
 * a trend break (the question or definition changed) cuts the line and is marked "trendbreuk".
 * `marks` draws labelled dashed lines across the chart (a target's baseline and goal).
 */
export function trendChart(
  kind: IndicatorKind,
  points: readonly { wave: string; row: IndicatorRow | undefined }[],
  labelledBy: string,
  ci: string,
  marks: readonly TrendMark[] = [],
): string {
  const waves = points.map((p) => p.wave);
  // Segments between trend breaks are drawn as separate lines, so no line crosses a break.
  const segmentOf: number[] = [];
  let segment = 0;
  points.forEach((p, i) => {
    if (i > 0 && p.row?.trendBreak) segment++;
    segmentOf.push(segment);
  });
  const shown = (i: number) => points[i]!.row?.shown === true && points[i]!.row!.value !== null;
  const series: unknown[] = [];
  for (let s = 0; s <= segment; s++) {
    const pick = (f: (row: IndicatorRow) => number | null) =>
      points.map((p, i) => (segmentOf[i] === s && shown(i) ? f(p.row!) : null));
    const lower = pick((r) => (r.lower === null ? null : plotted(kind, r.lower)));
    const width = pick((r) => (r.lower === null || r.upper === null ? null : plotted(kind, r.upper) - plotted(kind, r.lower)));
    const values = pick((r) => plotted(kind, r.value!));
    const stack = `band${s}`;
    series.push(
      { type: 'line', stack, data: lower, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, z: 1 },
      { name: ci, type: 'line', stack, data: width, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: COLOURS.band, opacity: 1 }, itemStyle: { color: COLOURS.band }, silent: true, z: 1 },
      {
        name: 'Waarde',
        type: 'line',
        data: values,
        symbol: 'circle',
        symbolSize: 8,
        itemStyle: { color: COLOURS.line },
        lineStyle: { color: COLOURS.line, width: 2.5 },
        label: {
          show: true,
          position: 'top',
          distance: 8,
          color: COLOURS.ink,
          fontSize: 12,
          fontWeight: 'bold',
          formatter: (p: { dataIndex: number }) => formatValue(kind, points[p.dataIndex]!.row!.value!),
        },
        z: 3,
      },
    );
  }
  // What a line cannot show: hidden waves, trend breaks, and the interval of a point with no shown
  // neighbour in its segment (a band needs two points). Rows: [wave index, what, lower, upper].
  const notes: number[][] = [];
  points.forEach((p, i) => {
    if (p.row !== undefined && !shown(i)) notes.push([i, HIDDEN, 0, 0]);
    if (i > 0 && segmentOf[i] !== segmentOf[i - 1]) notes.push([i, BREAK, 0, 0]);
    const alone = ![i - 1, i + 1].some((j) => j >= 0 && j < points.length && segmentOf[j] === segmentOf[i] && shown(j));
    const row = p.row;
    if (shown(i) && alone && row?.lower != null && row.upper != null) notes.push([i, ALONE, plotted(kind, row.lower), plotted(kind, row.upper)]);
  });
  if (notes.length > 0) {
    series.push({
      type: 'custom',
      silent: true,
      data: notes,
      z: 2,
      renderItem: (params: { coordSys: { y: number; height: number } }, api: CustomApi) => {
        const [x] = api.coord([api.value(0), 0]);
        const step = api.size([1, 0])[0];
        const { y, height } = params.coordSys;
        const what = api.value(1);
        if (what === HIDDEN) {
          const w = step * 0.7;
          return {
            type: 'group',
            children: [
              { type: 'rect', shape: { x: x - w / 2, y, width: w, height }, style: { fill: '#f2f2f2', stroke: COLOURS.hidden, lineDash: [4, 3] } },
              {
                type: 'text',
                style: { text: 'te weinig\nantwoorden', x, y: y + height / 2, align: 'center', verticalAlign: 'middle', fill: COLOURS.ink, font: `12px ${FONT}` },
              },
            ],
          };
        }
        if (what === BREAK) {
          const bx = x - step / 2;
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: bx, y1: y, x2: bx, y2: y + height }, style: { stroke: COLOURS.trendBreak, lineWidth: 1.5, lineDash: [5, 4] } },
              { type: 'text', style: { text: 'trendbreuk', x: bx, y: y - 4, align: 'center', verticalAlign: 'bottom', fill: COLOURS.trendBreak, font: `11px ${FONT}` } },
            ],
          };
        }
        const [, y1] = api.coord([api.value(0), api.value(2)]);
        const [, y2] = api.coord([api.value(0), api.value(3)]);
        return { type: 'rect', shape: { x: x - 7, y: Math.min(y1, y2), width: 14, height: Math.abs(y1 - y2) }, style: { fill: COLOURS.band } };
      },
    });
  }
  if (marks.length > 0) {
    series.push({
      type: 'line',
      data: waves.map(() => null),
      silent: true,
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: COLOURS.ink, type: 'dashed', width: 1 },
        label: { show: true, position: 'end', color: COLOURS.ink, fontSize: 11, formatter: (p: { dataIndex: number }) => marks[p.dataIndex]?.label ?? '' },
        data: marks.map((m) => ({ yAxis: m.value })),
      },
    });
  }
  const top = Math.max(0, ...marks.map((m) => m.value));
  const share = isShare(kind);
  const option: ChartOption = {
    // Room on the right for the marks' labels.
    grid: { left: 52, right: marks.length > 0 ? 78 : 18, top: 48, bottom: 34 },
    legend: { top: 0, left: 'center', data: ['Waarde', ci], textStyle: { color: COLOURS.ink, fontSize: 12 }, itemWidth: 22 },
    xAxis: {
      type: 'category',
      data: waves,
      boundaryGap: true,
      axisLabel: { color: COLOURS.ink, fontSize: 12 },
      axisLine: { lineStyle: { color: COLOURS.muted } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      ...(share
        ? { max: (e: { max: number }) => Math.min(100, niceCeil(Math.max(e.max, top) * 1.1)) }
        : { max: (e: { max: number }) => niceCeil(Math.max(e.max, top) * 1.1) }),
      axisLabel: { color: COLOURS.ink, fontSize: 12, formatter: share ? '{value}%' : (v: number) => String(v).replace('.', ',') },
      splitLine: { lineStyle: { color: COLOURS.grid } },
    },
    series,
  };
  return renderSvg(option, TREND_WIDTH, TREND_HEIGHT, labelledBy);
}

/** What a custom series' renderItem gets to place its shapes. */
export interface CustomApi {
  value(dim: number): number;
  coord(point: [number, number]): [number, number];
  size(range: [number, number]): [number, number];
}

/** The next round number at or above x (1, 2, 2.5, 5 times a power of ten). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= x - 1e-9) return step * power;
  return 10 * power;
}
