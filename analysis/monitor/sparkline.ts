/** A sparkline's geometry: the line through the shown points (gaps where a point is hidden) and the last point. */
export interface Sparkline {
  width: number;
  height: number;
  /** One `points` attribute per run of shown values. */
  segments: string[];
  last: { x: number; y: number } | null;
}

/**
 * The geometry of a small trend line over `values` (null: hidden or missing, left as a gap), scaled
 * to its own range. Decorative: where it is drawn, the trend is also given as text (words.ts).
 */
export function sparkline(values: readonly (number | null)[], width = 80, height = 20): Sparkline {
  const shown = values.filter((v): v is number => v !== null);
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const pad = 2;
  const x = (i: number) => (values.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => (high === low ? height / 2 : height - pad - ((v - low) * (height - 2 * pad)) / (high - low));
  const segments: string[] = [];
  let run: string[] = [];
  let last: Sparkline['last'] = null;
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) segments.push(run.join(' '));
      run = [];
      return;
    }
    const point = { x: round(x(i)), y: round(y(v)) };
    run.push(`${point.x},${point.y}`);
    last = point;
  });
  if (run.length > 0) segments.push(run.join(' '));
  return { width, height, segments, last };
}

const round = (v: number) => Math.round(v * 10) / 10;
