import type { PairedReport } from './analyse.ts';

/**
 * The paired rows of a wave with their change since the previous wave of the same protocol: the
 * previous wave's published net discrimination rate for the same group, and the difference, only
 * between two shown rows (a change never exposes a hidden value). McNemar's test stays the test
 * within the wave; no test of the change is given. Without a previous report the rows are returned as they are.
 */
export function withPairedChange(current: PairedReport, previous: PairedReport | null | undefined): PairedReport {
  if (!previous) return current;
  const before = new Map(previous.rows.map((r) => [JSON.stringify([r.breakdown, r.group]), r]));
  return {
    ...current,
    rows: current.rows.map((row) => {
      const last = before.get(JSON.stringify([row.breakdown, row.group]));
      const withWave = { ...row, previousWave: previous.wave };
      if (!row.shown || row.value === null || !last?.shown || last.value === null) return withWave;
      return { ...withWave, previousValue: last.value, change: Math.round((row.value - last.value) * 1e6) / 1e6 };
    }),
  };
}
