import { describe, expect, it } from 'vitest';
import type { PairedReport, PairedRow } from './analyse.ts';
import { withPairedChange } from './paired-change.ts';

const row = (group: string | null, value: number | null): PairedRow =>
  ({ breakdown: group === null ? null : 'opdracht_directie', group, shown: value !== null, value, previousWave: null, previousValue: null, change: null }) as PairedRow;
const report = (wave: string, rows: PairedRow[]) => ({ wave, rows }) as PairedReport;

describe('withPairedChange', () => {
  it('gives each shown net discrimination rate its change since the previous wave, only between shown rows', () => {
    const now = report('2026-H2', [row(null, 0.05), row('sociaal', 0.1), row('veiligheid', null), row('dienstverlening', 0.2)]);
    const before = report('2026-H1', [row(null, 0.15), row('sociaal', 0.25), row('veiligheid', 0.3), row('dienstverlening', null)]);
    const rows = withPairedChange(now, before).rows.map((r) => [r.group, r.previousWave, r.previousValue, r.change]);
    expect(rows).toEqual([
      [null, '2026-H1', 0.15, -0.1],
      ['sociaal', '2026-H1', 0.25, -0.15],
      ['veiligheid', '2026-H1', null, null],
      ['dienstverlening', '2026-H1', null, null],
    ]);
    expect(withPairedChange(now, undefined)).toBe(now);
  });
});
