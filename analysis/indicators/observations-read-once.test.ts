import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { countedReads } from '../fixtures/counted-source.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePairs } from '../paired/analyse.ts';
import { analysePeriod } from './analyse.ts';

/**
 * A mystery-guest wave feeds its indicators, its procedures (compliance per vacancy) and its pairs
 * (paired testing), and so does the previous wave they are compared with: each wave's answers are
 * read once, in the tally's pass (decision 025), not once per product.
 */
const catalog = loadCatalog('surveys');

/** Two testers per vacancy, each at the final step; profile A invited and B rejected in every third vacancy. */
function fieldwork(period: string, opensOn: string, closesOn: string, vacancies: number): MemoryWave {
  const wave = memoryWave(catalog, 'mystery-guest', { period, opensOn, closesOn, mode: 'assignment' });
  wave.wave.closed = true;
  wave.answers = Array.from({ length: vacancies }, (_, i) =>
    (['a', 'b'] as const).map((profile) => ({
      answers: {
        procedure_ref: `${period}-V${i}`,
        paar_id: `${period}-P${i}`,
        testprofiel: profile,
        opdracht_directie: i % 2 === 0 ? 'sociaal' : 'dienstverlening',
        opdracht_soort: 'vacature_extern',
        stap: 'uitkomst',
        uitkomst: profile === 'b' && i % 3 === 0 ? 'afgewezen' : 'aanbod',
        vac_taal_inclusief: profile === 'a' || i % 4 !== 0 ? 'ja' : 'nee',
      },
      attributes: {},
    })),
  ).flat();
  return wave;
}

describe("an observation protocol's waves are read once", () => {
  it('one read of the wave and one of the previous wave for indicators, procedures per vacancy and pairs', async () => {
    const previous = fieldwork('2025-H2', '2025-07-01', '2025-12-31', 30);
    const current = fieldwork('2026-H1', '2026-01-01', '2026-06-30', 36);
    const memory = memoryAnswerSource([previous, current]);
    const { source, reads } = countedReads(memory);
    const [report] = await analysePeriod(source, '2026-H1', 'mystery-guest', { pageSize: 7 });

    expect(Object.fromEntries(reads)).toEqual({ 'mystery-guest 2025-H2': 1, 'mystery-guest 2026-H1': 1 });
    // Every product was made, and compared with the previous wave: procedures counted per vacancy (n 36, not 72) ...
    const procedures = report!.rows.find((r) => r.indicator === 'vacaturetekst_inclusief' && r.breakdown === null)!;
    expect(procedures).toMatchObject({ shown: true, n: 36, previousWave: '2025-H2' });
    // ... and the pairs, as reading the wave for them alone gives them.
    const alone = await analysePairs(memory, current.wave);
    expect(report!.paired).toMatchObject({ pairs: alone.pairs, unpairedObservations: 0 });
    expect(report!.paired!.rows.map((r) => [r.breakdown, r.group, r.n, r.value, r.pValue])).toEqual(alone.rows.map((r) => [r.breakdown, r.group, r.n, r.value, r.pValue]));
    expect(report!.paired!.rows[0]).toMatchObject({ shown: true, n: 36, previousWave: '2025-H2' });
  });
});
