import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { analysePeriod } from '../indicators/analyse.ts';
import { HIDDEN_REASON } from '../indicators/disclosure.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { memoryProcedureSource } from '../procedures/memory-procedure-source.ts';
import { buildMonitor } from './build.ts';
import type { HrFigures } from './hr-figures.ts';
import { releaseHr } from './hr-release.ts';
import type { MonitorCell } from './model.ts';
import { citySummary, directoratePage } from './page.ts';

// Two closed waves of `inclusie`, invited per directorate (organisation codes): Sociaal 40 invited,
// Veiligheid 30, Bedrijfsvoering 30, Bestuurs- en concernstaf 6. The staff answer too rarely (3),
// so their groups are hidden, and one more with them. In 2026-H1 Sociaal reports far more
// discrimination than in 2025-H2 (3 of 20, then 14 of 20): a significant decline.
const catalog = loadCatalog('surveys');
const NOW = new Date('2026-12-01T12:00:00Z');
const RESPONDENTS = { sociaal: 20, veiligheid: 15, bedrijfsvoering: 12, bestuur_en_concernstaf: 3 } as const;
const INVITED = { sociaal: 40, veiligheid: 30, bedrijfsvoering: 30, bestuur_en_concernstaf: 6 } as const;

function wave(period: string, opensOn: string, closesOn: string, discrimination: Record<string, number>): MemoryWave {
  const w = memoryWave(catalog, 'inclusie', { period, opensOn, closesOn });
  let i = 0;
  for (const [directie, count] of Object.entries(RESPONDENTS)) {
    w.batches.push({ attributes: { directie }, size: INVITED[directie as keyof typeof INVITED] });
    for (let j = 0; j < count; j++, i++) {
      const rating = 1 + ((i * 7 + j) % 5);
      w.answers.push({
        attributes: { directie },
        answers: {
          incl_erbij_horen: rating, incl_mezelf_zijn: 1 + ((i + 2) % 5), incl_mening_telt: rating, incl_gelijke_kansen: 1 + (i % 5),
          incl_verschillen_gewaardeerd: 1 + ((i + 1) % 5), incl_buitengesloten: 1 + ((i + 3) % 5),
          disc_ervaren: j < (discrimination[directie] ?? 2) ? 'ja' : 'nee',
          herkomst: ['nederland', 'europa', 'buiten_europa'][i % 3],
        },
      });
    }
  }
  w.wave.closed = true;
  return w;
}

const waves = [
  wave('2025-H2', '2025-09-01', '2025-12-31', { sociaal: 3 }),
  wave('2026-H1', '2026-03-01', '2026-06-30', { sociaal: 14 }),
];
const hr = (period: string, sanctionsOfVeiligheid: number): HrFigures[] => [
  { period, directorate: 'sociaal', headcount: 3200, absence: 5.5, inflow: 120, throughflow: 40, outflow: 90, reports: 30, sanctions: 6 },
  { period, directorate: 'veiligheid', headcount: 1100, absence: 7.5, inflow: 50, throughflow: 12, outflow: 45, reports: 18, sanctions: sanctionsOfVeiligheid },
  { period, directorate: 'bedrijfsvoering', headcount: 1900, absence: 4.0, inflow: 80, throughflow: 25, outflow: 70, reports: 9, sanctions: 8 },
];
const sources = {
  answers: memoryAnswerSource(waves),
  procedures: memoryProcedureSource([], {}),
  hr: { hrFigures: async (period: string) => (period === '2026-H1' ? hr(period, 2) : period === '2025-H2' ? hr(period, 7) : []) },
};

describe('the integral monitor', async () => {
  const monitor = await buildMonitor(sources, '2026-H1', { now: NOW });
  const published = new Map([
    ['2025-H2', (await analysePeriod(sources.answers, '2025-H2', undefined, { now: NOW }))[0]!],
    ['2026-H1', (await analysePeriod(sources.answers, '2026-H1', undefined, { now: NOW }))[0]!],
  ]);

  it('shows every figure exactly as the survey report publishes it, and hides what it hides', () => {
    let shown = 0;
    let hidden = 0;
    for (const line of monitor.lines.filter((l) => l.section === 'survey' || l.section === 'target')) {
      const indicator = line.key.split(':')[2]!;
      for (const [code, cell] of Object.entries(line.byDirectorate)) {
        const row = published.get('2026-H1')!.rows.find((r) => r.indicator === indicator && r.breakdown === 'directie' && r.group === code);
        if (row === undefined) {
          expect(cell.status).toBe('none');
          continue;
        }
        if (!row.shown) {
          hidden++;
          expect(cell).toMatchObject({ status: 'hidden', reason: HIDDEN_REASON, n: null, value: null, lower: null, upper: null, change: null });
        } else {
          shown++;
          expect(cell).toMatchObject({ status: 'shown', n: row.n, value: row.value, lower: row.lower, upper: row.upper, change: row.change });
        }
        // Each trend point is that period's published value, or nothing where it was hidden.
        monitor.periods.forEach((p, i) => {
          const then = published.get(p)!.rows.find((r) => r.indicator === indicator && r.breakdown === 'directie' && r.group === code);
          expect(cell.trend[i]).toBe(then?.shown ? then.value : null);
        });
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it('marks the small directorate hidden with the one reason, and one more with it', () => {
    const line = monitor.lines.find((l) => l.key === 'survey:inclusie:inclusie')!;
    expect(line.byDirectorate.bestuur_en_concernstaf).toMatchObject({ status: 'hidden', reason: HIDDEN_REASON, value: null });
    expect(Object.values(line.byDirectorate).filter((c) => c.status === 'hidden').length).toBeGreaterThanOrEqual(2);
    // Directorates across in the organisation list's order: every unit, since the background
    // question offers each as a choice and its groups are published (hidden ones too).
    expect(monitor.directorates).toEqual(ORGANISATION_UNITS.map((u) => u.code));
  });

  it("puts Sociaal's significant rise in discrimination in its page's summary as a decline", () => {
    const page = directoratePage(monitor, 'sociaal');
    const line = page.lines.find((l) => l.key === 'survey:inclusie:ervaren_discriminatie')!;
    expect(line.directorate).toMatchObject({ status: 'shown', value: 0.7, direction: 'up', judgement: 'worse' });
    expect(line.directorate.trend).toEqual([0.15, 0.7]);
    expect(page.summary.declined).toContain('survey:inclusie:ervaren_discriminatie');
    expect(page.summary.improved).not.toContain('survey:inclusie:ervaren_discriminatie');
    expect(citySummary(monitor).declined).toContain('survey:inclusie:ervaren_discriminatie');
  });

  it('keeps only headline indicators of a listed survey, and every target', () => {
    const keys = monitor.lines.map((l) => l.key);
    expect(keys).toContain('survey:inclusie:sociale_veiligheid');
    expect(keys).not.toContain('survey:inclusie:meldingsbereidheid');
    expect(keys).not.toContain('survey:inclusie:response_rate');
    expect(monitor.lines.find((l) => l.section === 'target')?.goalSource?.en).toMatch(/implementation plan/);
  });

  it('shows HR figures after suppression, with the change only between shown figures', () => {
    const sanctions = monitor.lines.find((l) => l.key === 'hr:sanctions')!;
    // Veiligheid's 2 sanctions are below k = 5, so the next smallest (Sociaal's 6) goes too; the city's 16 stays.
    expect(sanctions.byDirectorate.veiligheid).toMatchObject({ status: 'hidden', reason: HIDDEN_REASON, value: null, change: null });
    expect(sanctions.byDirectorate.sociaal).toMatchObject({ status: 'hidden', value: null });
    expect(sanctions.byDirectorate.bedrijfsvoering).toMatchObject({ status: 'shown', value: 8, change: 0, direction: 'same', trend: [8, 8] });
    expect(sanctions.city).toMatchObject({ status: 'shown', value: 16, change: -5 });
    const absence = monitor.lines.find((l) => l.key === 'hr:absence')!;
    // (5.5 x 3200 + 7.5 x 1100 + 4.0 x 1900) / 6200 = 33450 / 6200 = 5.3952
    expect(absence.city.value).toBe(5.395);
    expect(absence.higherIsBetter).toBe(false);
  });
});

describe('releasing HR figures', () => {
  const cell = (c: MonitorCell | { shown: boolean; value: number | null }) => c.value;
  it('hides a count of 0 and a percentage of a headcount below k, and the city when its own count is below k', () => {
    const rows: HrFigures[] = [
      { period: '2026-H1', directorate: 'centrum', headcount: 4, absence: 25, inflow: 0, throughflow: 6, outflow: 1, reports: 0, sanctions: 0 },
      { period: '2026-H1', directorate: 'noord', headcount: 300, absence: 6, inflow: 12, throughflow: 9, outflow: 10, reports: 7, sanctions: 0 },
      { period: '2026-H1', directorate: 'oost', headcount: 250, absence: 5, inflow: 14, throughflow: 8, outflow: 11, reports: 6, sanctions: 0 },
    ];
    const r = releaseHr('2026-H1', rows);
    expect(r.byDirectorate.get('centrum')!.absence).toEqual({ shown: false, reason: HIDDEN_REASON, value: null });
    expect(r.byDirectorate.get('centrum')!.inflow.shown).toBe(false);
    // One hidden count is always joined by its smallest sibling, so the city total does not give it back.
    expect([r.byDirectorate.get('noord')!.inflow.shown, r.byDirectorate.get('oost')!.inflow.shown]).toEqual([false, true]);
    expect(cell(r.city.inflow)).toBe(26);
    expect(r.city.sanctions.shown).toBe(false);
    expect(r.byDirectorate.get('oost')!.throughflow).toEqual({ shown: true, reason: null, value: 8 });
  });
});
