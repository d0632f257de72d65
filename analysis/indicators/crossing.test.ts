import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePeriod, type SurveyReport } from './analyse.ts';
import { toCsv } from './output.ts';
import type { IndicatorRow } from './types.ts';

// onboarding crosses directie with schaalgroep. A hand-made wave of 95 new colleagues in three
// directorates; every cell's figures are scipy's (analysis/indicators/reference/crossing.py,
// scipy 1.17.1). Person j of a cell answers the programme question 'ja' unless j % 3 == 2 (in the
// previous wave unless j is odd) and rates the welcome 5 + (3j mod 6).

const CELLS: Record<string, Record<string, number>> = {
  sociaal: { t_m_8: 10, '9_11': 8, '12_plus': 12, zeg_ik_liever_niet: 5 },
  veiligheid: { t_m_8: 7, '9_11': 9, '12_plus': 2, zeg_ik_liever_niet: 5 },
  dienstverlening: { t_m_8: 9, '9_11': 6, '12_plus': 8, zeg_ik_liever_niet: 5 },
};

const waves: MemoryWave[] = [];
function field(period: string, opensOn: string, closesOn: string, programma: (j: number) => boolean): void {
  const wave = memoryWave(loadCatalog('surveys'), 'onboarding', { period, opensOn, closesOn, mode: 'open' });
  for (const [directie, row] of Object.entries(CELLS)) {
    for (const [schaalgroep, n] of Object.entries(row)) {
      for (let j = 0; j < n; j++) {
        const answers = { directie, schaalgroep, onb_programma: programma(j) ? 'ja' : 'nee', onb_rapportcijfer: 5 + ((3 * j) % 6) };
        wave.answers.push({ answers, attributes: {} });
      }
    }
  }
  wave.wave.closed = true;
  waves.push(wave);
}

let report: SurveyReport;
const cell = (indicator: string, directie: string, schaalgroep: string | null): IndicatorRow => {
  const found = report.crossed!.find((r) => r.indicator === indicator && r.group === directie && r.columnGroup === schaalgroep);
  if (!found) throw new Error(`no cell ${indicator} ${directie} ${schaalgroep}`);
  return found;
};

beforeAll(async () => {
  field('2025-H2', '2025-09-01', '2025-12-31', (j) => j % 2 === 0);
  field('2026-H1', '2026-03-01', '2026-06-30', (j) => j % 3 !== 2);
  [report] = (await analysePeriod(memoryAnswerSource(waves), '2026-H1', 'onboarding')) as [SurveyReport];
});

describe('a crossing of directie and schaalgroep', () => {
  it('publishes each indicator per cell, the row breakdown as breakdown and group, the column one beside it', () => {
    expect(cell('welkomstprogramma_aangeboden', 'sociaal', '12_plus')).toMatchObject({
      kind: 'proportion',
      breakdown: 'directie',
      breakdownSource: 'question',
      columnBreakdown: 'schaalgroep',
      shown: true,
      n: 12,
    });
    // "zeg ik liever niet" is the unknown column, as in the one-way table.
    expect(cell('welkomstprogramma_aangeboden', 'sociaal', null)).toMatchObject({ shown: true, n: 5 });
  });

  it('gives a cell its share with a Wilson interval and its mean with a t interval (scipy)', () => {
    const share = cell('welkomstprogramma_aangeboden', 'sociaal', '12_plus');
    expect(share.value).toBeCloseTo(8 / 12, 6);
    expect(share.lower).toBeCloseTo(0.39062208887279953, 6);
    expect(share.upper).toBeCloseTo(0.8618799089087867, 6);
    const mean = cell('rapportcijfer_ontvangst', 'sociaal', '12_plus');
    expect(mean).toMatchObject({ shown: true, n: 12, value: 6.5 });
    expect(mean.lower).toBeCloseTo(5.504567007477599, 6);
    expect(mean.upper).toBeCloseTo(7.495432992522401, 6);
  });

  it('compares a cell with the same cell of the previous wave (scipy)', () => {
    const share = cell('welkomstprogramma_aangeboden', 'sociaal', '12_plus');
    expect(share).toMatchObject({ previousValue: 0.5, test: 'two-proportion z-test' });
    expect(share.pValue).toBeCloseTo(0.4076259477027807, 3);
  });

  it('hides the small cell (veiligheid 12+, 2 people) and a rectangle around it, in every indicator', () => {
    const hidden = (indicator: string) =>
      report.crossed!.filter((r) => r.indicator === indicator && !r.shown && ['sociaal', 'veiligheid', 'dienstverlening'].includes(r.group ?? '')).map((r) => `${r.group} ${r.columnGroup}`);
    // Row veiligheid hides its smallest other cell (unknown, 5), column 12+ its smallest (dienstverlening, 8),
    // then the unknown column dienstverlening's (5, before sociaal by name): four cells, two in each line.
    const rectangle = ['veiligheid 12_plus', 'veiligheid null', 'dienstverlening 12_plus', 'dienstverlening null'];
    expect(hidden('welkomstprogramma_aangeboden').sort()).toEqual(rectangle.sort());
    expect(hidden('rapportcijfer_ontvangst').sort()).toEqual(rectangle.sort());
    expect(cell('welkomstprogramma_aangeboden', 'veiligheid', '12_plus')).toMatchObject({ n: null, value: null, reason: 'te weinig antwoorden' });
  });

  it('hides every cell of the directorates the one-way table hides (nobody, here), and leaves the one-way tables as they were', () => {
    expect(report.crossed!.filter((r) => r.group === 'bedrijfsvoering').every((r) => !r.shown)).toBe(true);
    const oneWay = report.rows.find((r) => r.indicator === 'welkomstprogramma_aangeboden' && r.breakdown === 'directie' && r.group === 'veiligheid');
    expect(oneWay).toMatchObject({ shown: true, n: 23 });
  });

  it('writes the cells in the CSV after the one-way rows, with their column breakdown and group', async () => {
    const { outputRows } = await import('./output.ts');
    const lines = toCsv(outputRows(report)).trim().split('\r\n');
    const header = lines[0]!.split(',');
    const line = lines.find((l) => l.includes('welkomstprogramma_aangeboden') && l.includes(',sociaal,') && l.endsWith(',schaalgroep,12_plus'))!;
    expect(line.split(',')[header.indexOf('n')]).toBe('12');
    expect(header.slice(-2)).toEqual(['column_breakdown', 'column_group']);
  });
});
