import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePeriod, type SurveyReport } from './analyse.ts';
import { HIDDEN_REASON } from './disclosure.ts';
import { toCsv } from './output.ts';

// Targets of the fixture survey fixtures/targets/doelen.json, over two hand-made waves (k = 5,
// k_special = 10; `divers` reads the special-category question herkomst, so it takes 10 everywhere):
//   2025-H2: 30 respondents, 12 with a migration background; scale 12+: 8 of them (3), below 10.
//   2026-H1: 50 respondents, 21 with a migration background; t_m_8 20 (8), 12_plus 20 (9),
//            no scale given 10 (4); satisfaction 3,4,4,2,5,3,4,3,4,5 five times.
// Reference values: R 4.2.2.
//   prop.test(9, 20, correct = FALSE)$conf.int    0.258197858255624 0.657914657549658
//   prop.test(21, 50, correct = FALSE)$conf.int   0.29375003354712 0.557665582314218
//   x <- rep(c(3,4,4,2,5,3,4,3,4,5), 5); t.test(x)$conf.int   3.44162604094053 3.95837395905947
//   progress = (c(value, ci) - baseline) / (goal - baseline):
//     doel_divers_12 (0.32 -> 0.40): 1.625 -0.772526771804697 4.22393321937072
//     doel_divers    (0.40 -> 0.45): 0.4 -2.1249993290576 3.15331164628435
//     doel_tevreden  (3 -> 3.5):     1.4 0.883252081881053 1.91674791811895

interface Person {
  schaal?: 't_m_8' | '12_plus';
  herkomst: 'nederland' | 'europa' | 'buiten_europa';
  tevredenheid: number;
}

const people = (n: number, migration: number, schaal: Person['schaal'], scores: readonly number[]): Person[] =>
  Array.from({ length: n }, (_, i) => ({ schaal, herkomst: i < migration ? (i % 2 ? 'europa' : 'buiten_europa') : 'nederland', tevredenheid: scores[i % scores.length]! }));

const SCORES_2026 = [3, 4, 4, 2, 5, 3, 4, 3, 4, 5];
const dir = fileURLToPath(new URL('./fixtures/targets/', import.meta.url));
const waves: MemoryWave[] = [];
// The baselines a researcher entered for the two targets that take one (server/routes/admin/targets.ts).
const baselines: Record<string, Record<string, { value: number; source: string }>> = {
  doelen: { doel_divers_12: { value: 0.32, source: 'Personeelsregistratie 2024' }, doel_tevreden: { value: 3, source: 'Medewerkersonderzoek 2024' } },
};
const source = memoryAnswerSource(waves, baselines);
let earlier: SurveyReport;
let latest: SurveyReport;

function field(period: string, opensOn: string, closesOn: string, who: Person[]): void {
  const wave = memoryWave(loadCatalog(dir), 'doelen', { period, opensOn, closesOn, mode: 'open', kMin: 5, kSpecial: 10 });
  wave.answers = who.map((p) => ({ answers: { herkomst: p.herkomst, tevredenheid: p.tevredenheid, ...(p.schaal ? { schaalgroep: p.schaal } : {}) }, attributes: {} }));
  wave.wave.closed = true;
  waves.push(wave);
}

beforeAll(async () => {
  // In each group the first ones have the migration background; the scores cycle over everyone.
  const cycle = (ps: Person[]) => ps.map((p, i) => ({ ...p, tevredenheid: SCORES_2026[i % 10]! }));
  field('2025-H2', '2025-07-01', '2025-12-31', [...people(22, 9, 't_m_8', [3, 3, 4, 2, 3, 4]), ...people(8, 3, '12_plus', [3, 3, 4, 2, 3, 4])]);
  field('2026-H1', '2026-01-01', '2026-06-30', cycle([...people(20, 8, 't_m_8', []), ...people(20, 9, '12_plus', []), ...people(10, 4, undefined, [])]));
  earlier = (await analysePeriod(source, '2025-H2', 'doelen'))[0]!;
  latest = (await analysePeriod(source, '2026-H1', 'doelen'))[0]!;
});

const target = (report: SurveyReport, id: string) => report.rows.find((r) => r.indicator === id)!;

describe('targets in the analysis of a wave', () => {
  it('lists each target with its declaration after the indicators, one row each after their rows', () => {
    expect(latest.indicators.map((i) => [i.id, i.kind])).toEqual([
      ['divers', 'proportion'],
      ['tevreden', 'mean'],
      ['doel_divers_12', 'target'],
      ['doel_divers', 'target'],
      ['doel_tevreden', 'target'],
    ]);
    expect(latest.indicators.find((i) => i.id === 'doel_divers_12')?.target).toEqual({
      indicator: 'divers',
      group: { breakdown: 'schaalgroep', value: '12_plus' },
      baseline: { period: '2024' },
      change: { relative: 0.25 },
      by: '2026-H2',
      source: 'Testdoel',
    });
    expect(latest.rows.slice(-3).map((r) => r.indicator)).toEqual(['doel_divers_12', 'doel_divers', 'doel_tevreden']);
    expect(latest.paired).toBeNull();
  });

  it('a group target: the group cell with its Wilson interval (R), progress from an entered baseline with its source', () => {
    const row = target(latest, 'doel_divers_12');
    const cell = latest.rows.find((r) => r.indicator === 'divers' && r.breakdown === 'schaalgroep' && r.group === '12_plus')!;
    expect(row).toMatchObject({ kind: 'target', breakdown: 'schaalgroep', breakdownSource: 'question', group: '12_plus', shown: true, n: 20, value: 0.45 });
    expect(row).toMatchObject({ lower: cell.lower, upper: cell.upper, previousValue: cell.previousValue, change: cell.change });
    expect(row.lower).toBeCloseTo(0.258197858255624, 6);
    expect(row.upper).toBeCloseTo(0.657914657549658, 6);
    expect(row.target).toMatchObject({ baseline: 0.32, expectedProgress: 0.75, status: 'undetermined', source: 'Testdoel', baselineSource: 'Personeelsregistratie 2024' });
    expect(row.target!.goal).toBeCloseTo(0.4, 12);
    expect(row.target!.progress).toBeCloseTo(1.625, 6);
    expect(row.target!.progressLower).toBeCloseTo(-0.772526771804697, 4);
    expect(row.target!.progressUpper).toBeCloseTo(4.22393321937072, 4);
  });

  it('a baseline wave: the same cell as published then; no status', () => {
    const row = target(latest, 'doel_divers');
    expect(row).toMatchObject({ breakdown: null, group: null, shown: true, n: 50, value: 0.42 });
    expect(row.target).toMatchObject({ baseline: 0.4, expectedProgress: 0.5, status: null });
    expect(row.target!.goal).toBeCloseTo(0.45, 12);
    expect(row.target!.progress).toBeCloseTo(0.4, 6);
    expect(row.target!.progressLower).toBeCloseTo(-2.1249993290576, 3);
    expect(row.target!.progressUpper).toBeCloseTo(3.15331164628435, 3);
  });

  it('a mean target: the t interval (R) mapped; on track, the whole interval beyond the straight line', () => {
    const row = target(latest, 'doel_tevreden');
    expect(row.value).toBeCloseTo(3.7, 6);
    expect(row.target).toMatchObject({ baseline: 3, goal: 3.5, expectedProgress: 0.75, status: 'on_track' });
    expect(row.target!.progress).toBeCloseTo(1.4, 6);
    expect(row.target!.progressLower).toBeCloseTo(0.883252081881053, 5);
    expect(row.target!.progressUpper).toBeCloseTo(1.91674791811895, 5);
  });

  it('is hidden exactly when the followed cell is: scale 12+ had 8 answers in 2025-H2, below k_special', () => {
    const cell = earlier.rows.find((r) => r.indicator === 'divers' && r.group === '12_plus')!;
    expect(cell).toMatchObject({ shown: false, reason: HIDDEN_REASON });
    expect(target(earlier, 'doel_divers_12')).toMatchObject({ shown: false, reason: HIDDEN_REASON, n: null, value: null, lower: null, target: null, change: null });
    // The overall cell is shown (30 answers), and is its own baseline in its own wave: progress 0.
    expect(target(earlier, 'doel_divers')).toMatchObject({ shown: true, n: 30, value: 0.4 });
    expect(target(earlier, 'doel_divers').target!.progress).toBeCloseTo(0, 12);
  });

  it('keeps an indicator about special-category data at k_special and out of its own breakdown', () => {
    // 2025-H2: 8 respondents in scale 12+ would pass k = 5, not k_special = 10.
    const divers = earlier.rows.filter((r) => r.indicator === 'divers');
    expect(divers.filter((r) => r.breakdown === 'schaalgroep').every((r) => !r.shown)).toBe(true);
    expect(divers.some((r) => r.breakdown === 'herkomst')).toBe(false);
    expect(latest.rows.some((r) => r.indicator === 'tevreden' && r.breakdown === 'herkomst')).toBe(true);
  });

  it('without an entered baseline: the figure and the straight line, no goal, progress or status', async () => {
    const bare = (await analysePeriod(memoryAnswerSource(waves), '2026-H1', 'doelen'))[0]!;
    expect(target(bare, 'doel_divers_12')).toMatchObject({ shown: true, value: 0.45 });
    expect(target(bare, 'doel_divers_12').target).toEqual({
      baseline: null,
      goal: null,
      progress: null,
      progressLower: null,
      progressUpper: null,
      expectedProgress: 0.75,
      status: null,
      source: 'Testdoel',
      baselineSource: null,
    });
  });

  it('writes the target columns in CSV, empty for other rows', () => {
    const lines = toCsv(latest.rows).trim().split('\r\n');
    const header = lines[0]!.split(',');
    const at = (name: string) => header.indexOf(name);
    expect(header).toEqual(
      expect.arrayContaining(['target_baseline', 'target_goal', 'target_progress', 'target_progress_lower', 'target_progress_upper', 'target_expected_progress', 'target_status', 'target_source', 'target_baseline_source']),
    );
    const row = lines.find((l) => l.startsWith('doelen,2026-H1,doel_tevreden,'))!.split(',');
    expect([row[at('kind')], row[at('target_baseline')], row[at('target_goal')], row[at('target_status')], row[at('target_source')], row[at('target_baseline_source')]]).toEqual([
      'target',
      '3',
      '3.5',
      'on_track',
      'Testdoel',
      'Medewerkersonderzoek 2024',
    ]);
    const plain = lines.find((l) => l.startsWith('doelen,2026-H1,tevreden,'))!.split(',');
    expect(plain[at('target_goal')]).toBe('');
  });
});
