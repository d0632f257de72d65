import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePeriod, type SurveyReport } from './analyse.ts';
import { toCsv } from './output.ts';
import { rankReasons } from './reasons.ts';
import type { IndicatorRow } from './types.ts';

// A hand-made exit wave: 26 leavers (sociaal 14, veiligheid 10, dienstverlening 2), one who picks
// "geen van deze redenen", one "anders, namelijk", one who skips the question. Every share and
// interval is scipy's: analysis/indicators/reference/reasons.py (scipy 1.17.1).

/** The push reasons person i names; undefined: skipped. The same rule as reasons.py. */
function weg(i: number): string[] | undefined {
  if (i === 7) return ['none'];
  if (i === 8) return ['other'];
  if (i === 25) return undefined;
  const r: string[] = [];
  if (i % 2 === 0) r.push('werkdruk');
  if (i % 3 === 0) r.push('cultuur');
  if (i % 4 === 1) r.push('leidinggevende');
  if (i < 5 || i === 20) r.push('geen_groei');
  return r.length > 0 ? r : ['none'];
}
const directie = (i: number) => (i < 14 ? 'sociaal' : i < 24 ? 'veiligheid' : 'dienstverlening');

const waves: MemoryWave[] = [];
function field(period: string, opensOn: string, closesOn: string, answers: Record<string, unknown>[]): void {
  const wave = memoryWave(loadCatalog('surveys'), 'exit', { period, opensOn, closesOn, mode: 'open' });
  wave.answers = answers.map((a) => ({ answers: a, attributes: {} }));
  wave.wave.closed = true;
  waves.push(wave);
}

let report: SurveyReport;
const row = (reason: string, group: string | null = null): IndicatorRow => {
  const found = report.rows.find((r) => r.indicator === `vertrekredenen_weg.${reason}` && r.breakdown === (group === null ? null : 'directie') && r.group === group);
  if (!found) throw new Error(`no row ${reason} ${group}`);
  return found;
};

beforeAll(async () => {
  // Previous wave: 20 leavers of sociaal, werkdruk named by every fourth (5 of 20).
  field('2025-H2', '2025-09-01', '2025-12-31', Array.from({ length: 20 }, (_, i) => ({ directie: 'sociaal', exit_redenen_weg: i % 4 === 0 ? ['werkdruk'] : ['cultuur'] })));
  field(
    '2026-H1',
    '2026-03-01',
    '2026-06-30',
    Array.from({ length: 26 }, (_, i) => ({ directie: directie(i), ...(weg(i) === undefined ? {} : { exit_redenen_weg: weg(i) }) })),
  );
  [report] = (await analysePeriod(memoryAnswerSource(waves), '2026-H1', 'exit')) as [SurveyReport];
});

describe('reasons: the share of respondents naming each reason', () => {
  it('declares every reason of the question as an indicator of its list, titled with the reason', () => {
    const reasons = report.indicators.filter((i) => i.list?.id === 'vertrekredenen_weg');
    expect(reasons).toHaveLength(12);
    expect(reasons[0]).toMatchObject({ id: 'vertrekredenen_weg.werkdruk', kind: 'reasons', title: 'Te hoge werkdruk' });
    expect(report.indicators.filter((i) => i.list?.id === 'vertrekredenen_trek')).toHaveLength(6);
  });

  it('counts those who answered, "geen van deze" and "anders" included, with Wilson intervals (scipy)', () => {
    // 25 answered (one skipped); werkdruk 12, cultuur 9, leidinggevende 6, geen_groei 6, ongewenst_gedrag 0.
    const expected: [string, number, number, number][] = [
      ['werkdruk', 12, 0.30031285954112963, 0.6650148304964323],
      ['cultuur', 9, 0.20247880774458224, 0.5548150225183514],
      ['leidinggevende', 6, 0.11496313693401444, 0.4342968335542908],
      ['geen_groei', 6, 0.11496313693401444, 0.4342968335542908],
      ['ongewenst_gedrag', 0, 0, 0.1331922509390485],
    ];
    for (const [reason, named, lower, upper] of expected) {
      const r = row(reason);
      expect(r).toMatchObject({ shown: true, kind: 'reasons', n: 25 });
      expect(r.value).toBeCloseTo(named / 25, 6);
      expect(r.lower).toBeCloseTo(lower, 6);
      expect(r.upper).toBeCloseTo(upper, 6);
    }
  });

  it('ranks the reasons of a group, equal shares sharing a place', () => {
    expect([row('werkdruk').rank, row('cultuur').rank, row('leidinggevende').rank, row('geen_groei').rank, row('ongewenst_gedrag').rank]).toEqual([1, 2, 3, 3, 5]);
    // sociaal: werkdruk 6, cultuur 5 and geen_groei 5, leidinggevende 4 of 14.
    expect(['werkdruk', 'cultuur', 'geen_groei', 'leidinggevende'].map((r) => row(r, 'sociaal').rank)).toEqual([1, 2, 2, 4]);
    expect(row('geen_groei', 'sociaal').lower).toBeCloseTo(0.16344731753554131, 6);
    expect(row('geen_groei', 'sociaal').upper).toBeCloseTo(0.612355768960926, 6);
  });

  it('shows a reason nobody named (0 of 25) in every shown group: the total says it of everyone', () => {
    expect(row('ongewenst_gedrag', 'sociaal')).toMatchObject({ shown: true, n: 14, value: 0, rank: 5 });
    expect(row('ongewenst_gedrag', 'sociaal').upper).toBeCloseTo(0.2153108027376358, 6);
  });

  it('hides a group below the threshold, and the next smallest with it, for every reason; hidden rows have no rank', () => {
    for (const reason of ['werkdruk', 'ongewenst_gedrag']) {
      expect(row(reason, 'dienstverlening')).toMatchObject({ shown: false, n: null, value: null, rank: null });
      expect(row(reason, 'veiligheid')).toMatchObject({ shown: false, n: null, value: null, rank: null });
    }
  });

  it('compares a reason with the previous wave by a two-proportion z test (scipy)', () => {
    const r = row('werkdruk');
    expect(r).toMatchObject({ previousValue: 0.25, test: 'two-proportion z-test' });
    expect(r.change).toBeCloseTo(0.48 - 0.25, 6);
    expect(r.pValue).toBeCloseTo(0.11380833809565472, 3);
  });

  it('writes the rank in the CSV', () => {
    const [header, ...lines] = toCsv(report.rows).trim().split('\r\n');
    const rank = header!.split(',').indexOf('rank');
    const werkdruk = lines.find((l) => l.includes(',vertrekredenen_weg.werkdruk,reasons,,,'))!;
    expect(werkdruk.split(',')[rank]).toBe('1');
  });

  it('ranks within one cell of a crossing, not across its columns', () => {
    const base = row('werkdruk', 'sociaal');
    const cell = (reason: string, column: string, value: number): IndicatorRow => ({ ...base, indicator: `vertrekredenen_weg.${reason}`, columnBreakdown: 'schaalgroep', columnGroup: column, value, rank: null });
    const ranked = rankReasons([cell('werkdruk', 't_m_8', 0.5), cell('cultuur', 't_m_8', 0.2), cell('werkdruk', '12_plus', 0.1), cell('cultuur', '12_plus', 0.3)]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 1]);
  });
});
