import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
import { analysePeriod, type SurveyReport } from './analyse.ts';
import { HIDDEN_REASON } from './disclosure.ts';
import type { IndicatorRow } from './types.ts';

// A hand-made onboarding data set: two waves, three invitation batches (team Noord 20 invitees,
// Zuid 15, Klein 5). Expected figures are worked out by hand below, and every interval and p-value
// is R's (R 4.2.2, script at the bottom of this file).

type Person = { team: 'Noord' | 'Zuid' | 'Klein'; schaal?: string; buddy: 'ja' | 'nee'; cijfer: number; items: (number | null)[] };

const teams = (noord: number, zuid: number, klein: number) => [
  ...Array<'Noord'>(noord).fill('Noord'),
  ...Array<'Zuid'>(zuid).fill('Zuid'),
  ...Array<'Klein'>(klein).fill('Klein'),
];

// 2026-H1: Noord 12, Zuid 10, Klein 2 respondents.
const currentItems: (number | null)[][] = [
  [4, 4, 5, 4, 2], [5, 4, 4, 5, 1], [3, 3, 2, 3, 3], [4, 5, 4, 4, 2], [2, 3, 2, 2, 4], [4, 4, 4, null, 2],
  [5, 5, 5, 5, 1], [3, 2, 3, 3, 4], [4, 4, 3, 4, 2], [null, null, 4, 4, null], [4, 3, 4, 4, 3], [3, 3, 3, 2, 3],
  [5, 4, 5, 5, 1], [4, 4, 4, 4, 2], [3, 4, 3, 3, 3], [4, 5, 4, 5, 2], [2, 2, 3, 2, 4], [5, 5, 4, 5, 1],
  [3, 3, 3, null, null], [4, 3, 4, 4, 2], [2, 3, 2, 3, 4], [4, 4, 5, 4, 1], [5, 5, 5, 4, 1], [3, 4, 4, 3, 3],
];
const currentCijfer = [7, 8, 6, 9, 7, 8, 5, 7, 8, 6, 9, 7, 6, 5, 7, 6, 4, 8, 6, 5, 7, 6, 9, 10];
const currentBuddy = 'ja ja nee ja nee ja ja nee ja nee ja nee ja ja ja ja ja ja nee nee nee ja nee ja'.split(' ');
// Schaalgroep: 12_plus (six people, all with a buddy) is a one-answer group; 21 prefers not to say, 22 skips it.
const currentSchaal = [
  ...Array(6).fill('t_m_8'), ...Array(6).fill('9_11'), ...Array(6).fill('12_plus'),
  't_m_8', 't_m_8', 'zeg_ik_liever_niet', undefined, '9_11', '9_11',
];
const current: Person[] = teams(12, 10, 2).map((team, i) => ({
  team,
  schaal: currentSchaal[i],
  buddy: currentBuddy[i] as Person['buddy'],
  cijfer: currentCijfer[i]!,
  items: currentItems[i]!,
}));

// 2025-H2: Noord 10, Zuid 8, Klein 3 respondents, everyone in schaalgroep t_m_8.
const previousItems: number[][] = [
  [3, 3, 3, 3, 3], [4, 3, 4, 3, 2], [2, 2, 3, 2, 4], [3, 4, 3, 3, 3], [4, 4, 4, 3, 2], [3, 3, 2, 3, 3],
  [2, 3, 2, 2, 4], [3, 3, 3, 4, 3], [4, 3, 3, 3, 2], [3, 2, 3, 3, 3], [3, 3, 4, 3, 3], [2, 2, 2, 3, 4], [4, 4, 3, 4, 2],
  [3, 3, 3, 3, 3], [3, 4, 3, 3, 2], [2, 3, 3, 2, 4], [3, 3, 3, 3, 3], [4, 4, 4, 4, 2], [5, 4, 4, 4, 1], [3, 3, 2, 3, 3], [4, 3, 4, 4, 2],
];
const previousCijfer = [6, 7, 5, 8, 6, 7, 6, 5, 7, 6, 5, 6, 4, 7, 5, 6, 5, 6, 8, 7, 9];
const previousBuddy = [0, 1, 2, 10, 11, 18]; // indices with a buddy: Noord 3, Zuid 2, Klein 1
const previous: Person[] = teams(10, 8, 3).map((team, i) => ({
  team,
  schaal: 't_m_8',
  buddy: previousBuddy.includes(i) ? 'ja' : 'nee',
  cijfer: previousCijfer[i]!,
  items: previousItems[i]!,
}));

const ITEMS = ['onb_erbij_horen', 'onb_mezelf_zijn', 'onb_gewaardeerd', 'onb_deel_organisatie', 'onb_buitenstaander'];

const waves: MemoryWave[] = [];
const source = memoryAnswerSource(waves);

async function fieldWave(period: string, opensOn: string, closesOn: string, people: Person[], close: boolean): Promise<void> {
  const wave = memoryWave(loadCatalog('surveys'), 'onboarding', { period, opensOn, closesOn });
  for (const [team, size] of [['Noord', 20], ['Zuid', 15], ['Klein', 5]] as const) wave.batches.push({ attributes: { team }, size });
  wave.answers = people.map((p) => {
    const answers: Record<string, unknown> = { onb_buddy: p.buddy, onb_rapportcijfer: p.cijfer };
    if (p.schaal !== undefined) answers.schaalgroep = p.schaal;
    p.items.forEach((v, j) => {
      if (v !== null) answers[ITEMS[j]!] = v;
    });
    return { answers, attributes: { team: p.team } };
  });
  wave.wave.closed = close;
  waves.push(wave);
}

let report: SurveyReport;
const row = (indicator: string, breakdown: string | null = null, group: string | null = null): IndicatorRow => {
  const found = report.rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.group === group);
  if (!found) throw new Error(`no row ${indicator} ${breakdown} ${group}`);
  return found;
};

beforeAll(async () => {
  await fieldWave('2025-H2', '2025-09-01', '2025-12-31', previous, true);
  await fieldWave('2026-H1', '2026-03-01', '2026-06-30', current, true);
  [report] = (await analysePeriod(source, '2026-H1', 'onboarding')) as [SurveyReport];
});

describe('indicators of a hand-made wave', () => {
  it('names the wave, its previous wave and k', () => {
    expect(report).toMatchObject({ survey: 'onboarding', wave: '2026-H1', previousWave: '2025-H2', kMin: 5, kSpecial: 10, closed: true });
  });

  it('response rate: answers / invitees, compared with the previous wave by a two-proportion z test', () => {
    // 24 of 40 invitees now, 21 of 40 before. R: prop.test(24, 40, correct = FALSE)$conf.int,
    // prop.test(c(24, 21), c(40, 40), correct = FALSE)$p.value
    const r = row('response_rate');
    expect(r).toMatchObject({ shown: true, n: 24, value: 0.6, populationSize: 40, previousValue: 0.525, test: 'two-proportion z-test', significant: false });
    expect(r.change).toBeCloseTo(0.075, 6);
    expect(r.lower).toBeCloseTo(0.445958936603462, 6);
    expect(r.upper).toBeCloseTo(0.736516743157081, 6);
    expect(r.pValue).toBeCloseTo(0.498962298603761, 3);
    // Noord 12/20 shown; Klein (2 answers) hidden, and Zuid with it so Klein cannot be recovered.
    expect(row('response_rate', 'team', 'Noord')).toMatchObject({ shown: true, n: 12, value: 0.6, previousValue: 0.5 });
    expect(row('response_rate', 'team', 'Noord').lower).toBeCloseTo(0.386581500762253, 6);
    expect(row('response_rate', 'team', 'Klein').shown).toBe(false);
    expect(row('response_rate', 'team', 'Zuid').shown).toBe(false);
  });

  it('proportion: share with a buddy, Wilson interval with the finite-population correction (invitees)', () => {
    // 15 of 24 (Noord 7/12, Zuid 7/10, Klein 1/2) now; 6 of 21 before.
    const r = row('buddy');
    expect(r).toMatchObject({ shown: true, n: 24, value: 0.625, populationSize: 40, previousValue: round(6 / 21), test: 'two-proportion z-test', significant: true });
    // R: fpcWilson(15, 24, 40) from analysis/stats/reference/references.R
    expect(r.lower).toBeCloseTo(0.496875647578977, 6);
    expect(r.upper).toBeCloseTo(0.737719440130861, 6);
    expect(r.pValue).toBeCloseTo(0.0228461435149928, 4); // prop.test(c(15, 6), c(24, 21), correct = FALSE)
    const noord = row('buddy', 'team', 'Noord');
    expect(noord).toMatchObject({ shown: true, n: 12, value: round(7 / 12), populationSize: 20, previousValue: 0.3, significant: false });
    expect(noord.lower).toBeCloseTo(0.403236256833874, 6); // fpcWilson(7, 12, 20)
    expect(noord.upper).toBeCloseTo(0.743634050604474, 6);
    expect(noord.pValue).toBeCloseTo(0.183864092838719, 4);
  });

  it('hides a small group and its smallest sibling, and only says "te weinig antwoorden"', () => {
    for (const team of ['Klein', 'Zuid']) {
      expect(row('buddy', 'team', team)).toMatchObject({ shown: false, reason: HIDDEN_REASON, n: null, value: null, lower: null, upper: null, previousValue: null, change: null, pValue: null });
    }
  });

  it('hides a group in which everyone gave the same answer, and needs no more when the hidden groups are mixed', () => {
    // 12_plus: 6 of 6 with a buddy. Hidden with the unknown group (2 people, 1 with a buddy): 7 of 8, not one answer.
    expect(row('buddy', 'schaalgroep', '12_plus').shown).toBe(false);
    expect(row('buddy', 'schaalgroep', null).shown).toBe(false);
    const shown = row('buddy', 'schaalgroep', 't_m_8');
    expect(shown).toMatchObject({ shown: true, n: 8, value: 0.5, populationSize: null, previousValue: round(6 / 21) });
    expect(shown.lower).toBeCloseTo(0.215216062213878, 6); // prop.test(4, 8, correct = FALSE): no headcount, no correction
    expect(row('buddy', 'schaalgroep', '9_11')).toMatchObject({ shown: true, n: 8, value: 0.5 });
  });

  it('compares only with a group that was shown in the previous wave', () => {
    // 9_11 was empty in 2025-H2 (hidden there), so no previous value and no change now.
    expect(row('buddy', 'schaalgroep', '9_11')).toMatchObject({ shown: true, previousValue: null, change: null, test: null, significant: null });
  });

  it('a hidden group looks exactly like an empty one', () => {
    const strip = ({ survey, wave, indicator, kind, breakdown, breakdownSource, special, group, trendBreak, previousWave, ...rest }: IndicatorRow) => rest;
    const empty = row('buddy', 'onb_instroom', 'intern'); // nobody answered onb_instroom
    expect(strip(row('buddy', 'team', 'Klein'))).toEqual(strip(empty));
    expect(strip(row('welkomstprogramma_aangeboden'))).toEqual(strip(empty)); // no answers at all
  });

  it('mean: t interval, Welch t test for the change', () => {
    // R: t.test(cijfer)$conf.int; t.test(current, previous)$p.value
    const r = row('rapportcijfer_ontvangst');
    expect(r).toMatchObject({ shown: true, n: 24, test: 'Welch t-test', significant: false, populationSize: null });
    expect(r.value).toBeCloseTo(166 / 24, 6);
    expect(r.lower).toBeCloseTo(6.28276244262264, 6);
    expect(r.upper).toBeCloseTo(7.5505708907107, 6);
    expect(r.previousValue).toBeCloseTo(131 / 21, 6);
    expect(r.pValue).toBeCloseTo(0.101989489604901, 4);
    const noord = row('rapportcijfer_ontvangst', 'team', 'Noord');
    expect(noord.value).toBeCloseTo(7.25, 6);
    expect(noord.lower).toBeCloseTo(6.47775193027389, 6);
    expect(noord.pValue).toBeCloseTo(0.0529118488092604, 4);
  });

  it('scale: items rescaled 0-100 (reversed mirrored) for respondents with enough items, Cronbach alpha of the wave', () => {
    // Respondent 10 answered 2 of 5 items (minAnswered 3) and does not count. Scores by hand:
    const score = (items: (number | null)[]) => {
      const rescaled = items.flatMap((v, j) => (v === null ? [] : [j === 4 ? 100 - (25 * (v - 1)) : 25 * (v - 1)]));
      return rescaled.length >= 3 ? rescaled.reduce((s, x) => s + x, 0) / rescaled.length : null;
    };
    const scores = currentItems.map(score).filter((s): s is number => s !== null);
    const r = row('erbij_horen');
    expect(r).toMatchObject({ shown: true, n: 23, test: 'Welch t-test', significant: true });
    expect(r.value).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 6);
    expect(r.value).toBeCloseTo(67.3913043478261, 6); // R
    expect(r.lower).toBeCloseTo(57.7027305058786, 6);
    expect(r.upper).toBeCloseTo(77.0798781897735, 6);
    expect(r.pValue).toBeCloseTo(0.0233612276349227, 4);
    // R: alpha over the 21 complete rows, item 5 mirrored (6 − v).
    expect(r.alpha).toBeCloseTo(0.947603121516165, 6);
    expect(row('erbij_horen', 'team', 'Noord').alpha).toBeNull();
  });

  it('flags a trend break when the previous wave declared the indicator differently', async () => {
    const indicators = waves.find((w) => w.wave.period === '2025-H2')!.definition.indicators as Record<string, unknown>[];
    indicators[3]!.values = ['nee'];
    const [again] = (await analysePeriod(source, '2026-H1', 'onboarding')) as [SurveyReport];
    const flags = new Map(again.rows.map((r) => [r.indicator, r.trendBreak]));
    expect(flags.get('buddy')).toBe(true);
    expect(flags.get('rapportcijfer_ontvangst')).toBe(false);
    expect(flags.get('response_rate')).toBe(false);
  });
});

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/* R 4.2.2, for the reference values above (fpcWilson as in analysis/stats/reference/references.R):
cur_cijfer <- c(7,8,6,9,7,8,5,7,8,6,9,7, 6,5,7,6,4,8,6,5,7,6, 9,10)
prev_cijfer <- c(6,7,5,8,6,7,6,5,7,6, 5,6,4,7,5,6,5,6, 8,7,9)
t.test(cur_cijfer)$conf.int; t.test(cur_cijfer, prev_cijfer)$p.value
t.test(cur_cijfer[1:12])$conf.int; t.test(cur_cijfer[1:12], prev_cijfer[1:10])$p.value
fpcWilson(15, 24, 40); fpcWilson(7, 12, 20); prop.test(4, 8, correct = FALSE)$conf.int
prop.test(c(15, 6), c(24, 21), correct = FALSE)$p.value; prop.test(c(7, 3), c(12, 10), correct = FALSE)$p.value
prop.test(24, 40, correct = FALSE)$conf.int; prop.test(c(24, 21), c(40, 40), correct = FALSE)$p.value
prop.test(12, 20, correct = FALSE)$conf.int
score <- function(m) apply(m, 1, function(r) { r[5] <- 6 - r[5]; a <- r[!is.na(r)]; if (length(a) >= 3) mean(100 * (a - 1) / 4) else NA })
alpha <- function(m) { m[,5] <- 6 - m[,5]; m <- na.omit(m); k <- ncol(m); k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }
sc <- score(cur); t.test(sc[!is.na(sc)])$conf.int; t.test(sc[!is.na(sc)], score(prev))$p.value; alpha(cur)
(cur and prev: the item matrices above, NA for null)
*/

describe('a wave that still takes answers', () => {
  it('publishes no figure at all, only (elsewhere) its count', async () => {
    // Opened in the past, closing far in the future: open whenever this test runs.
    await fieldWave('2026-H2', '2026-07-01', '2099-12-31', current, false);
    const [live] = (await analysePeriod(source, '2026-H2', 'onboarding')) as [SurveyReport];
    expect(live.closed).toBe(false);
    expect(live.rows.length).toBeGreaterThan(0);
    expect(live.rows.filter((r) => r.breakdown !== null)).toEqual([]);
    // Issue 11: overall figures read before and after one submission are that submission's answers.
    expect(live.rows.filter((r) => r.shown)).toEqual([]);
    expect(live.rows.find((r) => r.indicator === 'buddy')).toMatchObject({ shown: false, n: null, value: null });
  });
});
