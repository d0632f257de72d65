import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import type { Wave } from '../../survey-format/wave.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { HIDDEN_REASON } from '../indicators/disclosure.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePairs, MCNEMAR_EXACT, type PairedReport, type PairedRow } from './analyse.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';

// A hand-made mystery-guest wave (k = 5). Complete pairs per directorate, as
// (a both positive, b only majority = profile A, c only minority = profile B, d neither):
//   sociaal            4, 6, 1, 1  (12 pairs)  + 2 incomplete pairs
//   dienstverlening    3, 2, 1, 2  (8 pairs)   + 1 inconsistent pair (testers name different vacancies)
//   economie_en_cultuur 2, 1, 1, 2  (6 pairs)
//   veiligheid         1, 1, 0, 1  (3 pairs: below k; economie_en_cultuur is hidden with it)
//   overall           10,10, 3, 6  (29 pairs)
// Reference values: R 4.2.2, Newcombe's paired interval with the code of
// analysis/stats/reference/references.R (pairedNewcombe) and binom.test for McNemar's exact test:
//
//   pairedNewcombe <- function(a, b, c, d, conf = 0.95) {
//     n <- a + b + c + d
//     w <- function(x) if (x == 0) c(0, prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int[2]) else prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int
//     p1 <- (a + b) / n; p2 <- (a + c) / n; D <- p1 - p2
//     ci1 <- w(a + b); ci2 <- w(a + c)
//     A <- (a + b) * (c + d) * (a + c) * (b + d); B <- a * d - b * c
//     C <- if (B > n / 2) B - n / 2 else if (B >= 0) 0 else B
//     phi <- if (A == 0) 0 else C / sqrt(A)
//     dl1 <- p1 - ci1[1]; du1 <- ci1[2] - p1; dl2 <- p2 - ci2[1]; du2 <- ci2[2] - p2
//     c(D, D - sqrt(dl1^2 - 2 * phi * dl1 * du2 + du2^2), D + sqrt(du1^2 - 2 * phi * du1 * dl2 + dl2^2))
//   }
//   for (e in list(c(10,10,3,6), c(4,6,1,1), c(3,2,1,2), c(4,0,0,2)))
//     cat(paste(e, collapse = ","), sprintf("%.15g", c(pairedNewcombe(e[1], e[2], e[3], e[4]), binom.test(e[2], max(1, e[2] + e[3]))$p.value)), "\n")
//   cat("90%", sprintf("%.15g", pairedNewcombe(10,10,3,6,0.9)), "\n")
// printed:
//   10,10,3,6 0.241379310344828 -0.00158674023834465 0.446941159967808 0.09228515625
//   4,6,1,1 0.416666666666667 0.0166786655677476 0.677974676788645 0.125
//   3,2,1,2 0.125 -0.302816911569698 0.496241209210188 1
//   4,0,0,2 0 -0.286329702764204 0.286329702764204 1
//   90% 0.241379310344828 0.0365219686290844 0.418961689887934

type Step = [stap: string, uitkomst?: string];
// Ways a tester's procedure can go; the positive ones are positive, the negative ones not, all final.
const POSITIVE: Step[][] = [
  [['vacature_gelezen'], ['sollicitatie_verstuurd'], ['reactie_ontvangen', 'uitgenodigd'], ['gesprek', 'volgende_ronde'], ['uitkomst', 'aanbod']],
  [['sollicitatie_verstuurd'], ['reactie_ontvangen', 'uitgenodigd'], ['gesprek', 'afgewezen']], // invited, then rejected
  [['reactie_ontvangen', 'uitgenodigd'], ['uitkomst', 'volgende_ronde']],
];
const NEGATIVE: Step[][] = [
  [['sollicitatie_verstuurd'], ['reactie_ontvangen', 'afgewezen']],
  [['reactie_ontvangen', 'geen_reactie']],
  [['vacature_gelezen'], ['sollicitatie_verstuurd'], ['uitkomst', 'afgewezen']],
];
const UNFINISHED: Step[] = [['sollicitatie_verstuurd'], ['reactie_ontvangen', 'uitgenodigd']];

interface Observation {
  paar_id: string;
  testprofiel: string;
  opdracht_directie: string;
  procedure_ref: string;
  stap: string;
  uitkomst?: string;
}

let counter = 0;
function pair(directorate: string, a: Step[] | null, b: Step[] | null, refB?: string): Observation[] {
  const id = `MG26-${String(++counter).padStart(3, '0')}`;
  const ref = `VAC-${counter}`;
  const steps = (profile: string, track: Step[] | null, reference: string) =>
    (track ?? []).map(([stap, uitkomst]) => ({ paar_id: id, testprofiel: profile, opdracht_directie: directorate, procedure_ref: reference, stap, ...(uitkomst ? { uitkomst } : {}) }));
  return [...steps('a', a, ref), ...steps('b', b, refB ?? ref)];
}

/** Complete pairs of one directorate with the given counts of (both, only A, only B, neither). */
function cells(directorate: string, both: number, onlyA: number, onlyB: number, neither: number): Observation[] {
  const track = (positive: boolean, i: number) => (positive ? POSITIVE : NEGATIVE)[i % 3]!;
  const out: Observation[] = [];
  const add = (n: number, a: boolean, b: boolean) => {
    for (let i = 0; i < n; i++) out.push(...pair(directorate, track(a, i), track(b, i + 1)));
  };
  add(both, true, true);
  add(onlyA, true, false);
  add(onlyB, false, true);
  add(neither, false, false);
  return out;
}

const catalog = loadCatalog('surveys');
const waves: MemoryWave[] = [];
const source = memoryAnswerSource(waves);

function field(period: string, opensOn: string, closesOn: string, observations: Observation[], close: boolean): Wave {
  const wave = memoryWave(catalog, 'mystery-guest', { period, opensOn, closesOn, mode: 'open' });
  // Shuffled, as the database's random keys store them, so that pairs straddle pages.
  wave.answers = shuffled(observations).map((o) => ({ answers: { opdracht_soort: 'vacature_extern', ...o }, attributes: {} }));
  wave.wave.closed = close;
  waves.push(wave);
  return wave.wave;
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

let main: PairedReport;
let mainWave: Wave;
const row = (report: PairedReport, group: string | null, breakdown = true): PairedRow => {
  const found = report.rows.find((r) => (breakdown ? r.breakdown === 'opdracht_directie' : r.breakdown === null) && r.group === group);
  if (!found) throw new Error(`no row ${group}`);
  return found;
};

beforeAll(async () => {
  const observations = [
    ...cells('sociaal', 4, 6, 1, 1),
    ...pair('sociaal', POSITIVE[0]!, UNFINISHED), // B still in the procedure
    ...pair('sociaal', NEGATIVE[1]!, null), // B not observed at all
    ...cells('dienstverlening', 3, 2, 1, 2),
    ...pair('dienstverlening', POSITIVE[0]!, NEGATIVE[0]!, 'VAC-OTHER'), // not the same vacancy
    ...cells('economie_en_cultuur', 2, 1, 1, 2),
    ...cells('veiligheid', 1, 1, 0, 1),
  ];
  mainWave = field('2026-H1', '2026-01-01', '2026-06-30', observations, true);
  main = await analysePairs(source, mainWave, { pageSize: 7 });
});

describe('paired testing of a hand-made wave', () => {
  it('counts pairs by status and names the profile mapping', () => {
    expect(main).toMatchObject({
      survey: 'mystery-guest',
      wave: '2026-H1',
      closed: true,
      kMin: 5,
      majorityProfile: 'a',
      minorityProfile: 'b',
      pairs: { complete: 29, incomplete: 2, inconsistent: 1 },
      unpairedObservations: 0,
    });
    expect(main.positiveOutcomes.sort()).toEqual(['aanbod', 'geholpen', 'uitgenodigd', 'volgende_ronde']);
  });

  it('overall: net discrimination rate, Newcombe interval and McNemar p as in R', () => {
    const r = row(main, null, false);
    expect(r).toMatchObject({
      indicator: 'netto_discriminatie',
      kind: 'net_discrimination',
      shown: true,
      reason: null,
      n: 29,
      bothPositive: 10,
      majorityOnly: 10,
      minorityOnly: 3,
      neitherPositive: 6,
      incompletePairs: 2,
      inconsistentPairs: 1,
      test: MCNEMAR_EXACT,
      significant: false,
      previousWave: null,
      change: null,
    });
    expect(r.value).toBeCloseTo(0.241379310344828, 6);
    expect(r.lower).toBeCloseTo(-0.00158674023834465, 6);
    expect(r.upper).toBeCloseTo(0.446941159967808, 6);
    expect(r.pValue).toBeCloseTo(0.09228515625, 4);
    expect(r.majorityRate).toBeCloseTo(20 / 29, 6);
    expect(r.minorityRate).toBeCloseTo(13 / 29, 6);
  });

  it('per directorate, with the incomplete and inconsistent pairs counted where they belong', () => {
    const sociaal = row(main, 'sociaal');
    expect(sociaal).toMatchObject({ shown: true, n: 12, bothPositive: 4, majorityOnly: 6, minorityOnly: 1, neitherPositive: 1, incompletePairs: 2, inconsistentPairs: 0 });
    expect(sociaal.value).toBeCloseTo(0.416666666666667, 6);
    expect(sociaal.lower).toBeCloseTo(0.0166786655677476, 6);
    expect(sociaal.upper).toBeCloseTo(0.677974676788645, 6);
    expect(sociaal.pValue).toBeCloseTo(0.125, 4);
    const dienst = row(main, 'dienstverlening');
    expect(dienst).toMatchObject({ shown: true, n: 8, incompletePairs: 0, inconsistentPairs: 1, pValue: 1, significant: false });
    expect(dienst.value).toBeCloseTo(0.125, 6);
    expect(dienst.lower).toBeCloseTo(-0.302816911569698, 6);
    expect(dienst.upper).toBeCloseTo(0.496241209210188, 6);
  });

  it('hides a directorate below k, and the smallest other one so it cannot be recovered from the total', () => {
    for (const g of ['veiligheid', 'economie_en_cultuur']) {
      expect(row(main, g)).toMatchObject({ shown: false, reason: HIDDEN_REASON, n: null, value: null, bothPositive: null, majorityOnly: null, pValue: null, incompletePairs: null });
    }
    // Designed directorates without pairs look the same; no unknown group without pairs in it.
    expect(row(main, 'bestuur_en_concernstaf')).toMatchObject({ shown: false, reason: HIDDEN_REASON, n: null });
    expect(main.rows.filter((r) => r.breakdown === 'opdracht_directie').map((r) => r.group)).toEqual([...ORGANISATION_UNITS.map((u) => u.code), 'anders']);
    // No shown row gives away the hidden pairs: 29 − 12 − 8 = 9 pairs in two hidden directorates.
    const shownPairs = main.rows.filter((r) => r.breakdown === 'opdracht_directie' && r.shown).reduce((s, r) => s + r.n!, 0);
    expect(29 - shownPairs).toBeGreaterThanOrEqual(5);
  });

  it('swaps b and c when profile B is the majority one', async () => {
    const swapped = await analysePairs(source, mainWave, { majorityProfile: 'b' });
    const r = row(swapped, null, false);
    expect(r).toMatchObject({ majorityOnly: 3, minorityOnly: 10, bothPositive: 10, neitherPositive: 6 });
    expect(r.value).toBeCloseTo(-0.241379310344828, 6);
    expect(r.lower).toBeCloseTo(-0.446941159967808, 6);
    expect(r.upper).toBeCloseTo(0.00158674023834465, 6);
    expect(r.pValue).toBeCloseTo(0.09228515625, 4);
  });

  it('takes the confidence level', async () => {
    const r = row(await analysePairs(source, mainWave, { confidence: 0.9 }), null, false);
    expect(r.lower).toBeCloseTo(0.0365219686290844, 6);
    expect(r.upper).toBeCloseTo(0.418961689887934, 6);
  });
});

describe('edge cases', () => {
  it('no pairs: every row hidden, nothing to compute', async () => {
    const wave = field('2025-H2', '2025-07-01', '2025-12-31', [], true);
    const report = await analysePairs(source, wave);
    expect(report.pairs).toEqual({ complete: 0, incomplete: 0, inconsistent: 0 });
    expect(report.rows.every((r) => !r.shown && r.reason === HIDDEN_REASON && r.n === null)).toBe(true);
    // Overall, the designed directorates (the organisation's units and anders), the 4 scale bands and internal/external vacancies.
    expect(report.rows).toHaveLength(1 + ORGANISATION_UNITS.length + 1 + 4 + 2);
  });

  it('all pairs concordant: rate 0, p = 1, a symmetric interval (R)', async () => {
    counter = 100;
    const wave = field('2025-H1', '2025-01-01', '2025-06-30', cells('sociaal', 4, 0, 0, 2), true);
    const report = await analysePairs(source, wave);
    const r = row(report, null, false);
    expect(r).toMatchObject({ shown: true, n: 6, value: 0, pValue: 1, significant: false, majorityOnly: 0, minorityOnly: 0 });
    expect(r.lower).toBeCloseTo(-0.286329702764204, 6);
    expect(r.upper).toBeCloseTo(0.286329702764204, 6);
    // The one directorate with pairs holds all of them: the total is shown, so it may be too.
    expect(row(report, 'sociaal')).toMatchObject({ shown: true, n: 6, value: 0 });
  });

  it('fewer than k complete pairs in the wave: the overall row is hidden too', async () => {
    counter = 200;
    const wave = field('2024-H2', '2024-07-01', '2024-12-31', [...cells('sociaal', 1, 2, 0, 1), ...pair('sociaal', UNFINISHED, UNFINISHED)], true);
    const report = await analysePairs(source, wave);
    expect(report.pairs).toEqual({ complete: 4, incomplete: 1, inconsistent: 0 });
    expect(report.rows.every((r) => !r.shown)).toBe(true);
  });

  it('a wave still taking observations publishes nothing, not even the overall row', async () => {
    counter = 300;
    const wave = field('2099-H1', '2099-01-01', '2099-06-30', cells('sociaal', 2, 3, 1, 1), false);
    const report = await analysePairs(source, wave);
    expect(report.closed).toBe(false);
    expect(report.rows).toHaveLength(1);
    // Issue 11: two readings of an open wave differ by the pairs in between.
    expect(report.rows[0]).toMatchObject({ breakdown: null, shown: false, n: null });
  });

  it('refuses a survey that is not a paired-testing protocol', async () => {
    const onboarding = memoryWave(catalog, 'onboarding', { period: '2026-H1', opensOn: '2026-01-01', closesOn: '2026-06-30' });
    waves.push(onboarding);
    const wave = onboarding.wave;
    await expect(analysePairs(source, wave)).rejects.toThrow('not a paired-testing protocol');
  });
});

describe('the splits by scale band and internal/external', () => {
  it('split the complete pairs per table, suppressed like the directorates', async () => {
    const wave = field('2023-H2', '2023-07-01', '2023-12-31', cells('sociaal', 4, 6, 1, 1), true);
    const report = await analysePairs(source, wave);
    const kinds = report.rows.filter((r) => r.breakdown === 'opdracht_soort');
    // Every pair is an external vacancy: the internal group is empty, and a table of one empty and one
    // full group is hidden whole (suppressCounts: a lone hidden group takes the next smallest with it).
    expect(kinds.map((r) => [r.group, r.shown, r.n])).toEqual([
      ['vacature_extern', false, null],
      ['vacature_intern', false, null],
    ]);
    // No observation names a scale band: the pairs form the unknown group, which is also the whole.
    const scales = report.rows.filter((r) => r.breakdown === 'vacature_schaalgroep');
    expect(scales.map((r) => r.group)).toEqual(['t_m_8', '9_11', '12_plus', 'onbekend', null]);
    expect(scales.find((r) => r.group === null)).toMatchObject({ n: 12 });
  });
});
