import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { analysePeriod } from '../indicators/analyse.ts';
import { memoryAnswerSource } from '../memory-source.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';

/**
 * Mystery-guest compliance counted per procedure: both testers of a pair read the same vacancy, so
 * the pair is one procedure. 20 paired vacancies, 40 observations: n must be 20.
 */
type Pair = { directorate: string; a: 'ja' | 'nee'; b: 'ja' | 'nee' };
const pairs = (directorate: string, both: number, split: number, neither: number): Pair[] => [
  ...Array.from({ length: both }, () => ({ directorate, a: 'ja' as const, b: 'ja' as const })),
  ...Array.from({ length: split }, () => ({ directorate, a: 'ja' as const, b: 'nee' as const })),
  ...Array.from({ length: neither }, () => ({ directorate, a: 'nee' as const, b: 'nee' as const })),
];
// Sociaal: 6 vacancies compliant by both testers, 3 where tester B saw no inclusive text, 1 by neither.
// Dienstverlening: 8 compliant, 2 not.
const fieldwork = [...pairs('sociaal', 6, 3, 1), ...pairs('dienstverlening', 8, 0, 2)];

async function report() {
  const wave = memoryWave(loadCatalog('surveys'), 'mystery-guest', { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30', mode: 'assignment' });
  wave.wave.closed = true;
  wave.answers = fieldwork.flatMap((p, i) =>
    (['a', 'b'] as const).map((profile) => ({
      answers: {
        procedure_ref: `V2026-${i}`,
        paar_id: `2026H1-${i}`,
        testprofiel: profile,
        opdracht_directie: p.directorate,
        opdracht_soort: 'vacature_extern',
        stap: 'vacature_gelezen',
        vac_taal_inclusief: p[profile],
      },
      attributes: {},
    })),
  );
  const [r] = await analysePeriod(memoryAnswerSource([wave]), '2026-H1', 'mystery-guest');
  return r!.rows.filter((row) => row.indicator === 'vacaturetekst_inclusief');
}

describe('mystery-guest compliance per procedure', () => {
  it('counts each paired vacancy once: n is the number of vacancies, not of observers (Wilson: scipy 1.17.1)', async () => {
    const rows = await report();
    const overall = rows.find((r) => r.breakdown === null)!;
    expect(overall).toMatchObject({ shown: true, n: 20, value: 0.7, kind: 'compliance' });
    // analysis/stats/reference/references.py: wilson 14/20
    expect(overall.lower).toBeCloseTo(0.4810271816464766, 6);
    expect(overall.upper).toBeCloseTo(0.8545227551323957, 6);
    const sociaal = rows.find((r) => r.breakdown === 'opdracht_directie' && r.group === 'sociaal')!;
    // A vacancy where one tester saw no inclusive text did not succeed: 6 of 10.
    expect(sociaal).toMatchObject({ n: 10, value: 0.6 });
    expect(sociaal.lower).toBeCloseTo(0.3126737697336583, 6);
    expect(sociaal.upper).toBeCloseTo(0.8318196702937639, 6);
  });

  it('does not split procedures by tester profile or step, and lists each directorate once, unknown last', async () => {
    const rows = await report();
    expect(rows.some((r) => r.breakdown === 'testprofiel' || r.breakdown === 'stap')).toBe(false);
    const groups = rows.filter((r) => r.breakdown === 'opdracht_directie').map((r) => r.group);
    expect(groups).toEqual([...ORGANISATION_UNITS.map((u) => u.code), 'anders']);
  });
});
