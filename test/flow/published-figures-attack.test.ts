import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseWave } from '../../analysis/indicators/analyse.ts';
import { compileDefinition, type CompiledDefinition } from '../../analysis/indicators/definition.ts';
import { groupKey } from '../../analysis/indicators/tally.ts';
import { loadCatalog, type Catalog } from '../../survey-format/catalog/catalog.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';
import { getWave, getWaveDefinition } from '../../server/db/waves.ts';
import { buildExport } from '../../server/exports/export.ts';
import { responseCounts } from '../../server/waves/response-counts.ts';
import type { Wave } from '../../survey-format/wave.ts';
import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import type { IndicatorRow } from '../../analysis/indicators/types.ts';
import { closeWave, createInvitations, createWave } from '../../server/waves/waves.ts';
import { attack, attackCounts, attackCrossings, crossedTargetKey, overallKey, sameCell, targetKey, type CellValue, type Published } from '../support/attacker.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

// Issue 11: every published product of a wave attacked together. Small adversarial inclusie waves
// (batches by team and level, a filtered question, item non-response, "zeg ik liever niet") go
// through the real analysis, response counts and export; the attacker (test/support/attacker.ts)
// combines them and must pin down no hidden cell: no n and sum of a hidden group or overall cell,
// of an export value merged away, of a hidden count, nor of an open wave's newest answer.

type Person = { disc: 'ja' | 'nee'; ongewenst: 'ja' | 'nee'; gemeld?: 'ja' | 'nee'; getuige?: 'ja' | 'nee'; bereid?: number; schaal?: string; items?: number[] };

/** The rating items of the scales inclusie, sociale_veiligheid and vertrouwen_meldproces: rich means to match rows against. */
const ITEMS = [
  'incl_erbij_horen', 'incl_mezelf_zijn', 'incl_mening_telt', 'incl_gelijke_kansen', 'incl_verschillen_gewaardeerd', 'incl_buitengesloten',
  'veil_fouten', 'veil_lastige_onderwerpen', 'veil_aanspreken', 'veil_leidinggevende_treedt_op', 'meld_weet_waar', 'meld_vertrouwen',
];
/** Deterministic item answers 1-5 for the hand-made cases. */
const itemsFor = (seed: number) => ITEMS.map((_, j) => 1 + ((seed * 7 + j * (seed % 3 + 2)) % 5));
type Batch = { team: string; niveau?: string; invited: number; people: Person[] };

const person: fc.Arbitrary<Person> = fc.record(
  {
    disc: fc.constantFrom('ja', 'nee'),
    ongewenst: fc.constantFrom('ja', 'nee'),
    gemeld: fc.constantFrom('ja', 'nee'),
    getuige: fc.constantFrom('ja', 'nee'),
    bereid: fc.integer({ min: 1, max: 5 }),
    schaal: fc.constantFrom('t_m_8', '9_11', 'zeg_ik_liever_niet'),
    items: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: ITEMS.length, maxLength: ITEMS.length }),
  },
  { requiredKeys: ['disc', 'ongewenst'] },
);
const batch: fc.Arbitrary<Batch> = fc.record(
  { team: fc.constantFrom('X', 'Y', 'Z'), niveau: fc.constantFrom('laag', 'hoog'), invited: fc.integer({ min: 5, max: 14 }), people: fc.array(person, { maxLength: 8 }) },
  { requiredKeys: ['team', 'invited', 'people'] },
);
const waveOf = fc.array(batch, { minLength: 2, maxLength: 3 });

const answersOf = (p: Person): Record<string, unknown> => ({
  disc_ervaren: p.disc,
  ongewenst_ervaren: p.ongewenst,
  ...(p.gemeld !== undefined && (p.disc === 'ja' || p.ongewenst === 'ja') ? { gemeld: p.gemeld } : {}),
  ...(p.getuige !== undefined ? { getuige_discriminatie: p.getuige } : {}),
  ...(p.bereid !== undefined ? { meld_bereid: p.bereid } : {}),
  ...(p.schaal !== undefined ? { schaalgroep: p.schaal } : {}),
  ...Object.fromEntries((p.items ?? []).map((v, j) => [ITEMS[j]!, v])),
});
const attributesOf = (b: Batch): Record<string, string> => ({ team: b.team, ...(b.niveau !== undefined ? { niveau: b.niveau } : {}) });

let db: TestDatabase;
let catalog: Catalog;
let fielded = 0;

beforeAll(async () => {
  db = await freshDatabase();
  catalog = loadCatalog('surveys');
});
afterAll(async () => {
  await db?.destroy();
});

const iso = (d: Date) => d.toISOString().slice(0, 10);
const insert = (wave: Wave, rows: { answers: Record<string, unknown>; attributes: Record<string, string> }[]) =>
  db.client.batch(
    rows.map((r) => ({
      sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, ?, ?, ?, ?, ?)',
      args: [randomUUID(), wave.surveyId, wave.surveyVersion, wave.period, JSON.stringify(r.answers), JSON.stringify(r.attributes)],
    })),
    'write',
  );

/** An invitation wave of its own dates, its batches handed out, answered and closed. */
async function field(batches: Batch[]): Promise<Wave> {
  fielded++;
  const day = new Date(Date.UTC(2030, 0, 1) + fielded * 3 * 86_400_000);
  const now = new Date(day.getTime() + 12 * 3_600_000);
  const options = { period: `aanval-${fielded}`, opensOn: iso(day), closesOn: iso(new Date(day.getTime() + 86_400_000)), mode: 'invitation' as const };
  const wave = await createWave(db.client, catalog, 'inclusie', options, now);
  for (const b of batches) await createInvitations(db.client, wave.id, Math.max(b.invited, b.people.length), attributesOf(b), now);
  const rows = batches.flatMap((b) => b.people.map((p) => ({ answers: answersOf(p), attributes: attributesOf(b) })));
  if (rows.length > 0) await insert(wave, rows);
  await closeWave(db.client, wave.id);
  return (await getWave(db.client, wave.id))!;
}

async function publish(wave: Wave, now = new Date()): Promise<Published> {
  const report = await analyseWave(databaseAnswerSource(db.client), wave, { now });
  const counts = await responseCounts(db.client, wave, now);
  const data = await buildExport(db.client, wave);
  return { report, counts, export: data.satisfied ? data : undefined };
}

/** The true value of every cell the attacker could target, by the attacker's keys. */
function truth(compiled: CompiledDefinition, batches: Batch[]): Map<string, CellValue> {
  const people = batches.flatMap((b) => b.people.map((p) => ({ answers: answersOf(p), attributes: attributesOf(b) })));
  const out = new Map<string, CellValue>();
  const add = (key: string, value: number | undefined) => {
    const cell = out.get(key) ?? { n: 0, sum: 0 };
    if (value !== undefined) {
      cell.n++;
      cell.sum += value;
    }
    out.set(key, cell);
  };
  const breakdowns = [
    ...['team', 'niveau'].map((name) => ({ source: 'invitation', name, of: (p: (typeof people)[number]) => p.attributes[name] })),
    ...compiled.questionBreakdowns.map((b) => ({ source: 'question', name: b.name, of: (p: (typeof people)[number]) => p.answers[b.name] })),
  ];
  for (const p of people) {
    for (const indicator of compiled.indicators) {
      const value = indicator.read(p.answers);
      add(overallKey(indicator.id), value);
      for (const b of breakdowns) {
        const raw = b.of(p);
        const group = targetKey({ source: b.source, breakdown: b.name, group: groupKey(raw), indicator: indicator.id });
        const atom = targetKey({ source: b.source, breakdown: b.name, group: raw === undefined ? '' : String(raw), atom: true, indicator: indicator.id });
        add(group, value);
        add(atom, value);
        add(`${group}#size`, 1);
        add(`${atom}#size`, 1);
      }
    }
  }
  return out;
}

/** What the attacker pinned down that is true: each a hidden cell recovered. */
async function leaks(batches: Batch[]): Promise<string[]> {
  const wave = await field(batches);
  const published = await publish(wave);
  const compiled = compileDefinition(await getWaveDefinition(db.client, wave.id));
  const real = truth(compiled, batches);
  const found: string[] = [];
  const everyone = batches.reduce((s, b) => s + b.people.length, 0);
  for (const [key, value] of attack(published, compiled.indicators)) {
    const t = real.get(key);
    // A group holding every respondent is the wave itself: its cells are the overall rows, attacked as such.
    if (t !== undefined && sameCell(t, value) && (real.get(`${key}#size`)?.n ?? 0) < everyone) found.push(`${key} = ${JSON.stringify(value)}`);
  }
  for (const [combination, n] of attackCounts(published)) {
    const attributes = JSON.parse(combination) as Record<string, string>;
    const real = batches.filter((b) => JSON.stringify(attributesOf(b)) === JSON.stringify(attributes)).reduce((s, b) => s + b.people.length, 0);
    if (real === n && n > 0) found.push(`count ${combination} = ${n}`);
  }
  return found;
}

let seeds = 0;
/** n people from f, each with its own scale items (distinct rows, as in a real wave). */
const people = (n: number, f: (i: number) => Person) => Array.from({ length: n }, (_, i) => ({ items: itemsFor(++seeds), ...f(i) }));
const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

// The cases of issue 11.
const issueCases: { name: string; batches: Batch[] }[] = [
  {
    // Klein (5 invited, 2 answered), Midden (6, 5), Groot (6, 5): group means matched against export rows.
    name: 'Klein, Midden and Groot',
    batches: [
      { team: 'Klein', invited: 5, people: people(2, (i) => (i === 0 ? { disc: 'ja', ongewenst: 'nee', gemeld: 'nee', getuige: 'ja', bereid: 2 } : { disc: 'nee', ongewenst: 'nee', bereid: 4 })) },
      // Everyone in Midden saw discrimination: hidden there, so that table shows Groot while the others show Midden.
      { team: 'Midden', invited: 6, people: people(5, (i) => ({ disc: yesNo(i < 2), ongewenst: yesNo(i === 4), gemeld: yesNo(i === 0), getuige: 'ja', bereid: 1 + i })) },
      { team: 'Groot', invited: 6, people: people(5, (i) => ({ disc: yesNo(i === 3), ongewenst: yesNo(i > 2), gemeld: 'ja', getuige: yesNo(i === 1), bereid: 5 - (i % 3) })) },
    ],
  },
  {
    // "Unknown" shown whole (10 "zeg ik liever niet" and one who skipped) while the export shows the 10 and merges the one.
    name: 'the unknown group split by the export',
    batches: [
      {
        team: 'X',
        invited: 40,
        people: [
          ...people(10, (i) => ({ disc: yesNo(i < 3), ongewenst: yesNo(i > 6), gemeld: yesNo(i < 5), getuige: yesNo(i % 2 === 1), bereid: 1 + (i % 5), schaal: 't_m_8' })),
          ...people(10, (i) => ({ disc: yesNo(i < 4), ongewenst: yesNo(i > 7), gemeld: yesNo(i % 2 === 0), getuige: yesNo(i < 6), bereid: 1 + ((i + 2) % 5), schaal: 'zeg_ik_liever_niet' })),
          ...people(9, (i) => ({ disc: yesNo(i < 2), ongewenst: yesNo(i === 5), gemeld: 'nee', getuige: yesNo(i > 4), bereid: 1 + ((i + 1) % 5), schaal: '9_11' })),
          { disc: 'ja', ongewenst: 'ja', gemeld: 'ja', getuige: 'ja', bereid: 5 },
        ],
      },
      { team: 'Y', invited: 5, people: [] },
    ],
  },
  {
    // Counts by combination of attributes hide (Y, hoog) = 3; the rates show Y = 8 and counts (Y, laag) = 5.
    name: 'counts by combination against rates by attribute',
    batches: [
      { team: 'Y', niveau: 'laag', invited: 6, people: people(5, (i) => ({ disc: yesNo(i < 2), ongewenst: yesNo(i % 3 === 0), gemeld: yesNo(i < 1), getuige: yesNo(i > 2), bereid: 1 + (i % 5) })) },
      { team: 'Y', niveau: 'hoog', invited: 5, people: people(3, (i) => ({ disc: yesNo(i === 0), ongewenst: yesNo(i === 2), getuige: yesNo(i === 1), bereid: 2 + i })) },
      { team: 'X', niveau: 'laag', invited: 6, people: people(5, (i) => ({ disc: yesNo(i > 2), ongewenst: yesNo(i < 3), gemeld: yesNo(i % 2 === 0), getuige: yesNo(i < 2), bereid: 1 + ((i + 3) % 5) })) },
      { team: 'X', niveau: 'hoog', invited: 6, people: people(5, (i) => ({ disc: yesNo(i < 3), ongewenst: yesNo(i > 3), gemeld: yesNo(i === 1), getuige: yesNo(i % 2 === 0), bereid: 1 + ((i + 1) % 5) })) },
    ],
  },
  {
    // A filtered question's hidden n (4) that a shown sibling numerator gives away, with the group's rows.
    name: 'a hidden n equal to a sibling numerator',
    batches: [
      { team: 'A', invited: 8, people: people(6, (i) => ({ disc: yesNo(i < 4), ongewenst: 'nee', gemeld: yesNo(i < 2), getuige: yesNo(i % 2 === 0), bereid: 1 + i % 5 })) },
      { team: 'B', invited: 12, people: people(11, (i) => ({ disc: yesNo(i < 5), ongewenst: yesNo(i > 8), gemeld: yesNo(i % 2 === 0), getuige: yesNo(i < 7), bereid: 1 + ((i * 3) % 5) })) },
      { team: 'C', invited: 12, people: people(10, (i) => ({ disc: yesNo(i > 5), ongewenst: yesNo(i < 2), gemeld: yesNo(i < 5), getuige: yesNo(i > 2), bereid: 1 + ((i + 4) % 5) })) },
    ],
  },
];

describe('every published product of a closed wave, attacked together', () => {
  it.each(issueCases)('recovers no hidden cell: $name', async ({ batches }) => {
    expect(await leaks(batches)).toEqual([]);
  }, 120_000);

  it('recovers no hidden cell of small adversarial waves', async () => {
    await fc.assert(
      fc.asyncProperty(waveOf, async (batches) => {
        expect(await leaks(batches)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 600_000);
});

describe('a wave that still takes answers', () => {
  it('gives away no answer between two readings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 5, maxLength: 12 }), person, async (before, next) => {
        fielded++;
        const now = new Date(Date.UTC(2099, 0, 1 + fielded));
        const options = { period: `open-${fielded}`, opensOn: iso(now), closesOn: iso(new Date(now.getTime() + 86_400_000)), mode: 'open' as const };
        const wave = await createWave(db.client, catalog, 'inclusie', options, now);
        await insert(wave, before.map((p) => ({ answers: answersOf(p), attributes: {} })));
        const first = await analyseWave(databaseAnswerSource(db.client), wave, { now });
        await insert(wave, [{ answers: answersOf(next), attributes: {} }]);
        const second = await analyseWave(databaseAnswerSource(db.client), wave, { now });
        await closeWave(db.client, wave.id);
        const compiled = compileDefinition(await getWaveDefinition(db.client, wave.id));
        const given: string[] = [];
        for (const indicator of compiled.indicators) {
          const row = (r: typeof first) => r.rows.find((x) => x.indicator === indicator.id && x.breakdown === null)!;
          const [a, b] = [row(first), row(second)];
          if (!a.shown || !b.shown) continue;
          const sum = (x: typeof a) => x.value! * x.n!;
          const value = indicator.read(answersOf(next));
          if (value !== undefined && b.n! - a.n! === 1 && Math.abs(sum(b) - sum(a) - value) < 1e-5 * b.n!) given.push(`${indicator.id} = ${value}`);
        }
        expect(given).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});

// Issue 16: crossed breakdowns. onboarding crosses directie with schaalgroep; small adversarial
// waves (a few directorates and bands, "zeg ik liever niet", item non-response, one answer in a
// small cell) go through the real analysis, twice (a wave and the next, compared), and the attacker
// solves every crossed table against its one-way margins and the total (attackCrossings). It must
// pin no hidden cell's n, and no hidden cell may carry a change.

type Newcomer = { directie?: string; schaal?: string; programma?: 'ja' | 'nee' | 'weet_ik_niet'; cijfer?: number };
const newcomer: fc.Arbitrary<Newcomer> = fc.record(
  {
    // Skewed, as directorates and bands are: large cells beside cells of one or two people.
    directie: fc.constantFrom('sociaal', 'sociaal', 'sociaal', 'sociaal', 'veiligheid', 'veiligheid', 'veiligheid', 'dienstverlening', 'zeg_ik_liever_niet'),
    schaal: fc.constantFrom('t_m_8', 't_m_8', 't_m_8', 't_m_8', '9_11', '9_11', '9_11', '12_plus', 'zeg_ik_liever_niet'),
    programma: fc.constantFrom('ja', 'ja', 'nee', 'weet_ik_niet'),
    cijfer: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: ['directie', 'schaal'] },
);
const newcomersAnswers = (p: Newcomer): Record<string, unknown> => ({
  ...(p.directie !== undefined ? { directie: p.directie } : {}),
  ...(p.schaal !== undefined ? { schaalgroep: p.schaal } : {}),
  ...(p.programma !== undefined ? { onb_programma: p.programma } : {}),
  ...(p.cijfer !== undefined ? { onb_rapportcijfer: p.cijfer } : {}),
});

/** An onboarding wave with an open link, answered by `people` and closed. */
async function fieldOnboarding(people: Newcomer[]): Promise<Wave> {
  fielded++;
  const day = new Date(Date.UTC(2040, 0, 1) + fielded * 3 * 86_400_000);
  const now = new Date(day.getTime() + 12 * 3_600_000);
  const options = { period: `kruis-${String(fielded).padStart(4, '0')}`, opensOn: iso(day), closesOn: iso(new Date(day.getTime() + 86_400_000)), mode: 'open' as const };
  const wave = await createWave(db.client, catalog, 'onboarding', options, now);
  if (people.length > 0) await insert(wave, people.map((p) => ({ answers: newcomersAnswers(p), attributes: {} })));
  await closeWave(db.client, wave.id);
  return (await getWave(db.client, wave.id))!;
}

/** What the attacker pins down of the crossed cells of two successive waves that is true. */
async function crossedLeaks(before: Newcomer[], after: Newcomer[]): Promise<string[]> {
  const found: string[] = [];
  for (const [people, wave] of [[before, await fieldOnboarding(before)], [after, await fieldOnboarding(after)]] as const) {
    const report = await analyseWave(databaseAnswerSource(db.client), wave);
    const compiled = compileDefinition(await getWaveDefinition(db.client, wave.id));
    const real = new Map<string, number>();
    for (const p of people) {
      const answers = newcomersAnswers(p);
      for (const indicator of compiled.indicators) {
        if (indicator.read(answers) === undefined) continue;
        const key = crossedTargetKey({ rows: 'directie', columns: 'schaalgroep', row: groupKey(answers.directie), column: groupKey(answers.schaalgroep), indicator: indicator.id });
        real.set(key, (real.get(key) ?? 0) + 1);
      }
    }
    for (const [key, n] of attackCrossings(report)) if ((real.get(key) ?? 0) === n) found.push(`${wave.period} ${key} = ${n}`);
  }
  return found;
}

describe('crossed breakdowns, against their margins, the total and the previous wave', () => {
  it('recovers no hidden cell of small adversarial waves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(newcomer, { minLength: 30, maxLength: 80 }), fc.array(newcomer, { minLength: 30, maxLength: 80 }), async (before, after) => {
        expect(await crossedLeaks(before, after)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 600_000);

  it('the attacker does pin cells down when only the small cells are hidden', () => {
    // Two blocks of small cells joined by one (the case of suppress-crossing.test.ts), margins shown:
    // per-line suppression alone leaves b-3 = (a + b) - (1 + 2), which the attacker finds.
    const groups = { a: { '1': 3, '2': 3, '3': 10, '4': 10 }, b: { '1': 3, '2': 3, '3': 3, '4': 10 }, c: { '1': 10, '2': 10, '3': 3, '4': 3 }, d: { '1': 10, '2': 10, '3': 3, '4': 3 } };
    const row = (over: Partial<IndicatorRow>): IndicatorRow => ({ ...HIDDEN_ROW, ...over });
    const rows: IndicatorRow[] = [];
    const crossedRows: IndicatorRow[] = [];
    let total = 0;
    const columns: Record<string, number> = {};
    for (const [r, line] of Object.entries(groups)) {
      const sum = Object.values(line).reduce((s, x) => s + x, 0);
      total += sum;
      rows.push(row({ breakdown: 'directie', breakdownSource: 'question', group: r, shown: true, n: sum }));
      for (const [c, n] of Object.entries(line)) {
        columns[c] = (columns[c] ?? 0) + n;
        crossedRows.push(row({ breakdown: 'directie', breakdownSource: 'question', group: r, columnBreakdown: 'schaalgroep', columnGroup: c, shown: n >= 5, n: n >= 5 ? n : null }));
      }
    }
    for (const [c, n] of Object.entries(columns)) rows.push(row({ breakdown: 'schaalgroep', breakdownSource: 'question', group: c, shown: true, n }));
    rows.push(row({ shown: true, n: total }));
    const claims = attackCrossings({ rows, crossed: crossedRows } as SurveyReport);
    expect([...claims]).toEqual([[crossedTargetKey({ rows: 'directie', columns: 'schaalgroep', row: 'b', column: '3', indicator: 'x' }), 3]]);
  });
});

const HIDDEN_ROW: IndicatorRow = {
  survey: 'onboarding', wave: 'x', indicator: 'x', kind: 'proportion', breakdown: null, breakdownSource: null, special: false, group: null,
  shown: false, reason: 'te weinig antwoorden', n: null, value: null, lower: null, upper: null, populationSize: null, alpha: null,
  previousWave: null, previousValue: null, change: null, test: null, pValue: null, significant: null, trendBreak: false, target: null, rank: null,
};
