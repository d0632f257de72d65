import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePeriod, type SurveyReport } from './analyse.ts';
import { HIDDEN_REASON } from './disclosure.ts';

// Compliance of one checklist item of the mystery-guest protocol (vac_taal_inclusief: "is the
// vacancy text in inclusive language?", compliant when 'ja'), per wave and per directorate, from
// stored observations. Every interval and p-value is R's (R 4.2.2):
//   prop.test(15, 25, correct = FALSE)$conf.int   # 0.40739457358967 0.76596697622252
//   prop.test(9, 12, correct = FALSE)$conf.int    # 0.467694665066434 0.911058331605945
//   prop.test(5, 10, correct = FALSE)$conf.int    # 0.236593090512564 0.763406909487436
//   prop.test(c(15, 10), c(25, 24), correct = FALSE)$p.value  # 0.199375319259044

type Observation = { directorate: string; step: string; inclusive?: 'ja' | 'nee' | 'deels'; demands?: 'ja' | 'nee' };

/** `demands`: the answers to vac_onnodige_eisen ("unnecessary requirements?") of the first readings. */
const vacancy = (directorate: string, ja: number, nee: number, demands: ('ja' | 'nee')[] = []): Observation[] =>
  [
    ...Array.from({ length: ja }, () => ({ directorate, step: 'vacature_gelezen', inclusive: 'ja' as const })),
    ...Array.from({ length: nee }, () => ({ directorate, step: 'vacature_gelezen', inclusive: 'nee' as const })),
  ].map((o, i) => (i < demands.length ? { ...o, demands: demands[i] } : o));

// 2026-H1: sociaal 9 of 12 compliant, dienstverlening 5 of 10, veiligheid 1 of 3 (too few to show);
// four interview observations do not ask the item and must not count.
// Every observation of the hidden directorates is a vacancy reading, which the item's n would show:
// for an observation protocol that describes procedures, not people, so rule 6 of disclosure.ts
// (filtered questions) does not apply and sociaal stays shown.
// Sociaal answered "unnecessary requirements?" twice: hidden in that table, but an observation
// protocol is exempt from rule 7 (decision 011), so sociaal stays shown for the other items.
const current: Observation[] = [
  ...vacancy('sociaal', 9, 3, ['ja', 'nee']),
  ...vacancy('dienstverlening', 5, 5, ['ja', 'nee', 'nee', 'ja', 'nee', 'nee', 'ja', 'nee', 'nee', 'nee']),
  ...vacancy('veiligheid', 1, 2, ['nee', 'ja', 'nee']),
  ...Array.from({ length: 4 }, () => ({ directorate: 'sociaal', step: 'gesprek' })),
];
// 2025-H2: 10 of 24.
const previous: Observation[] = [...vacancy('sociaal', 6, 6), ...vacancy('dienstverlening', 4, 8)];

const waves: MemoryWave[] = [];
let report: SurveyReport;

function fieldWave(period: string, opensOn: string, closesOn: string, observations: Observation[]): void {
  const wave = memoryWave(loadCatalog('surveys'), 'mystery-guest', { period, opensOn, closesOn });
  // Each observation is a vacancy of its own (compliance is counted per procedure: analysis/procedures).
  wave.answers = observations.map((o, i) => ({
    answers: {
      opdracht_directie: o.directorate,
      opdracht_soort: 'vacature_extern',
      procedure_ref: `V-${i}`,
      stap: o.step,
      ...(o.inclusive ? { vac_taal_inclusief: o.inclusive } : {}),
      ...(o.demands ? { vac_onnodige_eisen: o.demands } : {}),
    },
    attributes: {},
  }));
  wave.wave.closed = true;
  waves.push(wave);
}

const row = (breakdown: string | null, group: string | null) => {
  const found = report.rows.find((r) => r.indicator === 'vacaturetekst_inclusief' && r.breakdown === breakdown && r.group === group);
  if (!found) throw new Error(`no row for ${breakdown} ${group}`);
  return found;
};

beforeAll(async () => {
  fieldWave('2025-H2', '2025-09-01', '2025-12-31', previous);
  fieldWave('2026-H1', '2026-03-01', '2026-06-30', current);
  [report] = (await analysePeriod(memoryAnswerSource(waves), '2026-H1', 'mystery-guest')) as [SurveyReport];
});

describe('compliance of a checklist item', () => {
  it('is the share of observations of the item that met the standard, with a Wilson interval and a two-proportion test of the change', () => {
    const r = row(null, null);
    expect(r).toMatchObject({ kind: 'compliance', shown: true, n: 25, value: 0.6, previousWave: '2025-H2', test: 'two-proportion z-test', significant: false });
    expect(r.lower).toBeCloseTo(0.40739457358967, 6);
    expect(r.upper).toBeCloseTo(0.76596697622252, 6);
    expect(r.previousValue).toBeCloseTo(10 / 24, 4);
    expect(r.change).toBeCloseTo(0.6 - 10 / 24, 4);
    expect(r.pValue).toBeCloseTo(0.199375319259044, 3);
  });

  it('per directorate, with the same suppression: a directorate below k is hidden and says only "te weinig antwoorden"', () => {
    const sociaal = row('opdracht_directie', 'sociaal');
    expect(sociaal).toMatchObject({ shown: true, n: 12, value: 0.75 });
    expect(sociaal.lower).toBeCloseTo(0.467694665066434, 6);
    expect(sociaal.upper).toBeCloseTo(0.911058331605945, 6);
    expect(row('opdracht_directie', 'veiligheid')).toMatchObject({ shown: false, reason: HIDDEN_REASON, n: null, value: null, lower: null, upper: null });
    // What is shown never lets the hidden directorate be recovered from the total of 25.
    const directorates = report.rows.filter((r) => r.indicator === 'vacaturetekst_inclusief' && r.breakdown === 'opdracht_directie');
    const shownN = directorates.filter((r) => r.shown).reduce((sum, r) => sum + r.n!, 0);
    const hidden = directorates.filter((r) => !r.shown);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(25 - shownN).not.toBe(3);
    // Empty directorates are hidden cells too, but an empty cell is no cover: the next-smallest
    // directorate with answers is hidden with it.
    expect(row('opdracht_directie', 'dienstverlening')).toMatchObject({ shown: false, reason: HIDDEN_REASON, n: null });
    expect(25 - shownN).toBe(13);
  });

  it('keeps each table\'s own hidden directorates: an observation protocol is exempt from rule 7 (decision 011)', () => {
    const demands = report.rows.find((r) => r.indicator === 'vacature_zonder_onnodige_eisen' && r.breakdown === 'opdracht_directie' && r.group === 'sociaal')!;
    expect(demands).toMatchObject({ shown: false, n: null });
    expect(row('opdracht_directie', 'sociaal')).toMatchObject({ shown: true, n: 12 });
  });
});
