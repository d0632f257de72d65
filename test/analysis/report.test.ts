import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { main } from '../../server/cli/analyse.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import type { IndicatorRow } from '../../analysis/indicators/types.ts';
import { changeText, formatChange, formatInterval, formatValue } from '../../analysis/report/format.ts';
import type { MonitorInput } from '../../analysis/report/model.ts';
import { renderMonitorHtml } from '../../analysis/report/page.ts';
import { NEGATIVE_ALPHA_NOTE } from '../../analysis/report/alpha-note.ts';
import type { PairedReport, PairedRow } from '../../analysis/paired/analyse.ts';
import type { TargetSpec } from '../../analysis/indicators/target.ts';
import { niceCeil } from '../../analysis/report/trend-chart.ts';

const base: IndicatorRow = {
  survey: 'proef',
  wave: '2026-H2',
  indicator: 'aandeel',
  kind: 'proportion',
  breakdown: null,
  breakdownSource: null,
  special: false,
  group: null,
  shown: true,
  reason: null,
  n: 200,
  value: 0.4,
  lower: 0.33,
  upper: 0.47,
  populationSize: null,
  alpha: null,
  previousWave: null,
  previousValue: null,
  change: null,
  test: null,
  pValue: null,
  significant: null,
  trendBreak: false,
  target: null,
  rank: null,
};

const hidden = (over: Partial<IndicatorRow>): IndicatorRow => ({ ...base, ...over, shown: false, reason: 'te weinig antwoorden', n: null, value: null, lower: null, upper: null });

function report(wave: string, rows: IndicatorRow[]): SurveyReport {
  return {
    survey: 'proef',
    wave,
    waveId: `w-${wave}`,
    surveyVersion: '1.0.0',
    closed: true,
    kMin: 5,
    kSpecial: 10,
    previousWave: null,
    previousVersion: null,
    indicators: [
      { id: 'aandeel', kind: 'proportion', title: 'Aandeel <proef> & zo', target: null },
      { id: 'score', kind: 'scale', title: 'Score (0-100)', target: null },
    ],
    rows: rows.map((r) => ({ ...r, wave })),
    paired: null,
  };
}

const group = (breakdown: string, g: string | null, over: Partial<IndicatorRow> = {}): IndicatorRow => ({
  ...base,
  breakdown,
  breakdownSource: 'question',
  group: g,
  ...over,
});

const input: MonitorInput = {
  wave: '2026-H2',
  generatedOn: '2026-12-31',
  confidence: 0.95,
  significance: 0.05,
  surveys: [
    {
      history: [
        report('2025-H2', [{ ...base, value: 0.3, lower: 0.25, upper: 0.36 }, { ...base, indicator: 'score', kind: 'scale', value: 60, lower: 58, upper: 62 }]),
        // The overall score hidden in 2026-H1; the proportion's question changed in 2026-H2.
        report('2026-H1', [{ ...base, value: 0.35, lower: 0.3, upper: 0.41 }, hidden({ indicator: 'score', kind: 'scale' })]),
      ],
      report: report('2026-H2', [
        { ...base, previousWave: '2026-H1', trendBreak: true },
        group('afdeling', 'a', { n: 120, value: 0.5, lower: 0.41, upper: 0.59, change: 0.1, significant: true, pValue: 0.01, test: 'two-proportion z-test' }),
        hidden({ breakdown: 'afdeling', breakdownSource: 'question', group: 'b' }),
        hidden({ breakdown: 'afdeling', breakdownSource: 'question', group: null }),
        { ...base, indicator: 'score', kind: 'scale', value: 64.2, lower: 62, upper: 66.4, alpha: 0.87 },
        group('afdeling', 'a', { indicator: 'score', kind: 'scale', value: 66, lower: 63, upper: 69 }),
        hidden({ indicator: 'score', kind: 'scale', breakdown: 'afdeling', breakdownSource: 'question', group: 'b' }),
      ]),
      labels: {
        title: 'Proefvragenlijst',
        purpose: 'Om te proberen.',
        breakdowns: { 'question:afdeling': { label: 'Afdeling', question: 'Waar werk je?', groups: { a: 'Afdeling A', b: 'Afdeling B', '': 'Onbekend' } } },
      },
    },
  ],
};

describe('monitor report', () => {
  const html = renderMonitorHtml(input);

  it('is one Dutch page with one h1, no script and no outside address', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import/i);
    const addresses = html.match(/(https?:)?\/\/[^\s"'<>)]+/g) ?? [];
    expect(new Set(addresses)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('has headings in order: no level skipped', () => {
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
  });

  it('draws a trend and a breakdown chart per indicator, each named by its caption, with tables', () => {
    const svgs = [...html.matchAll(/<svg [^>]*aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(svgs).toEqual(['proef-aandeel-trend', 'proef-aandeel-groepen', 'proef-score-trend', 'proef-score-groepen']);
    for (const id of svgs) expect(html).toContain(`<figcaption id="${id}">`);
    expect(html.match(/<table/g)).toHaveLength(5);
    expect(html.match(/<caption>/g)).toHaveLength(5);
  });

  it('marks hidden cells with "te weinig antwoorden" in charts and tables, and escapes titles', () => {
    expect(html).toContain('Aandeel &lt;proef&gt; &amp; zo');
    expect(html).not.toContain('<proef>');
    const svgText = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
    expect(svgText).toContain('te weinig antwoorden');
    expect(svgText).toContain('trendbreuk');
    expect(html.match(/class="hidden-cell"/g)!.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('Afdeling A');
  });

  it('explains a negative Cronbach\'s alpha beside the scale, and says nothing of a positive one', () => {
    expect(html).toContain('Cronbachs alfa 0,87');
    expect(html).not.toContain('class="alpha-note"');
    const survey = input.surveys[0]!;
    const negative = renderMonitorHtml({
      ...input,
      surveys: [{ ...survey, report: { ...survey.report, rows: survey.report.rows.map((r) => (r.alpha === null ? r : { ...r, alpha: -1.59 })) } }],
    });
    expect(negative).toContain('Cronbachs alfa -1,59');
    expect(negative).toContain(`<p class="alpha-note">${NEGATIVE_ALPHA_NOTE.nl}</p>`);
  });

  it('writes figures the Dutch way', () => {
    expect(formatValue('proportion', 0.4783)).toBe('47,8%');
    expect(formatValue('mean', 3.7251)).toBe('3,73');
    expect(formatValue('scale', 1234.5)).toBe('1.234,5');
    expect(formatInterval('proportion', 0.451, 0.503)).toBe('45,1% tot 50,3%');
    expect(formatChange('proportion', -0.023)).toBe('−2,3 procentpunt');
    expect(changeText({ ...base, change: 0.1, significant: true, pValue: 0.0004 })).toBe('+10,0 procentpunt, significant (p < 0,001)');
    expect(changeText({ ...base, previousWave: '2026-H1', trendBreak: true })).toBe('niet vergelijkbaar (trendbreuk)');
    expect([0.3, 7, 42, 99, 100, 101].map(niceCeil)).toEqual([0.5, 10, 50, 100, 100, 200]);
  });
});

// A mystery-guest survey with two checklist items, paired testing and a target on one item.
const DOEL: TargetSpec = { indicator: 'taal', group: null, baseline: { period: '2024' }, change: { absolute: 0.2 }, by: '2026', source: 'Afspraak <MAG>' };
const item = (indicator: string, over: Partial<IndicatorRow> = {}): IndicatorRow => ({ ...base, survey: 'mg', indicator, kind: 'compliance', ...over });
const directie = (indicator: string, g: string, over: Partial<IndicatorRow> = {}) => item(indicator, { breakdown: 'opdracht_directie', breakdownSource: 'question', group: g, ...over });
const pairedRow = (group: string | null, over: Partial<PairedRow>): PairedRow => ({
  ...base,
  survey: 'mg',
  indicator: 'netto_discriminatie',
  kind: 'net_discrimination',
  breakdown: group === null ? null : 'opdracht_directie',
  breakdownSource: group === null ? null : 'question',
  group,
  test: 'McNemar exact test',
  bothPositive: null,
  majorityOnly: null,
  minorityOnly: null,
  neitherPositive: null,
  majorityRate: null,
  minorityRate: null,
  incompletePairs: null,
  inconsistentPairs: null,
  ...over,
});
const hiddenPair = (group: string): PairedRow => pairedRow(group, { shown: false, reason: 'te weinig antwoorden', n: null, value: null, lower: null, upper: null, pValue: null });
const PAIRED: PairedReport = {
  survey: 'mg',
  wave: '2026-H2',
  waveId: 'mg-2026-H2',
  closed: true,
  kMin: 5,
  majorityProfile: 'a',
  minorityProfile: 'b',
  positiveOutcomes: ['uitgenodigd'],
  pairs: { complete: 29, incomplete: 2, inconsistent: 1 },
  unpairedObservations: 7,
  rows: [
    pairedRow(null, { n: 29, value: 0.241379, lower: -0.001587, upper: 0.446941, pValue: 0.09229, significant: false, bothPositive: 10, majorityOnly: 10, minorityOnly: 3, neitherPositive: 6 }),
    pairedRow('sociaal', { n: 12, value: 0.416667, lower: 0.016679, upper: 0.677975, pValue: 0.125, significant: false, bothPositive: 4, majorityOnly: 6, minorityOnly: 1, neitherPositive: 1 }),
    hiddenPair('veiligheid'),
  ],
};
function mgReport(wave: string, doel: IndicatorRow): SurveyReport {
  return {
    ...report(wave, []),
    survey: 'mg',
    indicators: [
      { id: 'taal', kind: 'compliance', title: 'Vacaturetekst in inclusieve taal', target: null },
      { id: 'respect', kind: 'compliance', title: 'Respectvol behandeld', target: null },
      { id: 'doel_taal', kind: 'target', title: 'Doel: inclusieve taal 70%', target: DOEL },
    ],
    rows: [
      item('taal', { value: 0.6, lower: 0.52, upper: 0.68 }),
      directie('taal', 'sociaal', { n: 40, value: 0.65, lower: 0.5, upper: 0.78 }),
      hidden({ survey: 'mg', indicator: 'taal', kind: 'compliance', breakdown: 'opdracht_directie', breakdownSource: 'question', group: 'veiligheid' }),
      item('respect', { value: 0.9, lower: 0.85, upper: 0.94 }),
      directie('respect', 'sociaal', { n: 40, value: 0.95, lower: 0.84, upper: 0.99 }),
      hidden({ survey: 'mg', indicator: 'respect', kind: 'compliance', breakdown: 'opdracht_directie', breakdownSource: 'question', group: 'veiligheid' }),
      doel,
    ].map((r) => ({ ...r, wave })),
    paired: wave === '2026-H2' ? PAIRED : null,
  };
}
const doelRow = (over: Partial<IndicatorRow>): IndicatorRow => item('doel_taal', { kind: 'target', value: 0.6, lower: 0.52, upper: 0.68, ...over });
const mgInput: MonitorInput = {
  ...input,
  surveys: [
    {
      history: [mgReport('2026-H1', hidden({ survey: 'mg', indicator: 'doel_taal', kind: 'target' }))],
      report: mgReport(
        '2026-H2',
        doelRow({
          target: { baseline: 0.5, goal: 0.7, progress: 0.5, progressLower: 0.1, progressUpper: 0.9, expectedProgress: 1, status: 'not_reached', source: 'Afspraak <MAG>', baselineSource: 'Nulmeting <2024>' },
        }),
      ),
      labels: {
        title: 'Mystery guests',
        purpose: null,
        breakdowns: { 'question:opdracht_directie': { label: 'Directie', question: null, groups: { sociaal: 'Sociaal', veiligheid: 'Veiligheid', '': 'Onbekend' } } },
      },
    },
  ],
};

describe('monitor report: targets and mystery guests', () => {
  const html = renderMonitorHtml(mgInput);
  const section = (cls: string) => html.slice(html.indexOf(`<section class="${cls}"`), html.indexOf('</section>', html.indexOf(`<section class="${cls}"`)));

  it('shows a target as progress towards the goal, with its verdict, a progress bar and the trend with baseline and goal', () => {
    const target = section('indicator target');
    expect(target).toContain('<span class="big">50%</span>');
    expect(target).toContain('interval 10% tot 90%');
    expect(target).toContain('doel niet gehaald');
    expect(target).toContain('Uitgangswaarde: 50,0% in 2024 (bron: Nulmeting &lt;2024&gt;)');
    expect(target).toContain('Doel: 70,0% in 2026, 20,0 procentpunt hoger dan de uitgangswaarde');
    expect(target).toContain('href="#mg-taal"');
    const svgs = [...target.matchAll(/<svg [^>]*aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(svgs).toEqual(['mg-doel_taal-voortgang', 'mg-doel_taal-trend']);
    expect(target).toContain('start 2024: 50,0%');
    expect(target).toContain('doel 2026: 70,0%');
    // The earlier wave's target row was hidden: marked in the tables.
    expect(target).toMatch(/<th scope="row">2026-H1<\/th><td colspan="6" class="hidden-cell">/);
    expect(target.match(/<table/g)).toHaveLength(2);
  });

  it('a hidden target says only "te weinig antwoorden", and draws a hatched bar', () => {
    const hiddenInput: MonitorInput = { ...mgInput, surveys: [{ ...mgInput.surveys[0]!, report: mgReport('2026-H2', hidden({ survey: 'mg', indicator: 'doel_taal', kind: 'target' })) }] };
    const target = renderMonitorHtml(hiddenInput);
    const part = target.slice(target.indexOf('<section class="indicator target"'));
    expect(part).toContain('Te weinig antwoorden');
    expect(part).not.toContain('van de weg naar het doel');
    expect(part.slice(part.indexOf('<svg'), part.indexOf('</svg>'))).toContain('te weinig antwoorden');
  });

  it('has a mystery-guest section: compliance per item and directorate with hidden cells, the paired table and how to read it', () => {
    const mystery = section('mystery');
    expect(mystery).toContain('<h3 id="mg-mystery">Mystery guests: naleving en gelijke behandeling</h3>');
    expect(mystery).toContain('<th scope="col">Sociaal</th><th scope="col">Veiligheid</th>');
    expect(mystery).toMatch(/Vacaturetekst in inclusieve taal<\/a><\/th><td class="num">60,0%<br><span class="small">52,0% tot 68,0%, n = 200<\/span><\/td><td class="num">65,0%/);
    expect(mystery.match(/class="hidden-cell"/g)).toHaveLength(3); // two items in Veiligheid, the paired row
    expect(mystery).toContain('Zo lees je dit.');
    expect(mystery).toContain('<th scope="row">Alle paren</th><td class="num">29</td><td class="num">10</td><td class="num">10</td><td class="num">3</td><td class="num">6</td><td class="num">+24,1 procentpunt<br><span class="small">−0,2 tot +44,7</span></td><td>p = 0,092</td>');
    expect(mystery).toContain('29 complete paren; 2 nog niet afgerond en 1 met tegenstrijdige gegevens tellen niet mee; 7 observaties zonder paar');
    const svgs = [...mystery.matchAll(/<svg [^>]*aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(svgs).toEqual(['mg-naleving-grafiek', 'mg-paartesten-grafiek']);
    const pairedSvg = mystery.slice(mystery.indexOf('<svg', mystery.indexOf('mg-paartesten-grafiek')));
    expect(pairedSvg).toContain('te weinig antwoorden');
    expect(pairedSvg).toContain('+24,1 pp');
  });

  it('still has headings in order and no outside address', () => {
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(new Set(html.match(/(https?:)?\/\/[^\s"'<>)]+/g) ?? [])).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });
});

describe('npm run analyse -- --format html', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await freshDatabase();
    await seedDatabase(db.client, loadCatalog('surveys'), { scale: 0.1, surveys: ['onboarding', 'exit'] });
    dir = mkdtempSync(join(tmpdir(), 'peil-html-'));
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one report, monitor-<period>.html, into --out, with a trend over all four waves', async () => {
    let err = '';
    const code = await main(['--wave', '2026-H2', '--format', 'html', '--out', dir], { out: () => {}, err: (t) => (err += t), env: { DATABASE_URL: db.url } });
    expect(code).toBe(0);
    expect(readdirSync(dir)).toEqual(['monitor-2026-H2.html']);
    expect(err).toContain('monitor-2026-H2.html');
    const html = readFileSync(join(dir, 'monitor-2026-H2.html'), 'utf8');
    expect(html.match(/<section class="survey"/g)).toHaveLength(2);
    for (const wave of ['2025-H1', '2025-H2', '2026-H1', '2026-H2']) expect(html).toContain(`<th scope="row">${wave}</th>`);
    expect(html).toContain('Vragenlijst over je eerste jaar bij de gemeente');
  });

  it('names directorates and scale bands by their labels from the organisation list, for the batch and the answer alike, never by code', () => {
    const html = readFileSync(join(dir, 'monitor-2026-H2.html'), 'utf8');
    expect(html).toContain('<th scope="row">Werk en Inkomen</th>');
    expect(html).toContain('<th scope="row">Stadsdeel Zuidoost</th>');
    expect(html).toContain('<th scope="row">Schaal 12 of hoger</th>');
    for (const code of ['werk_en_inkomen', 'zuidoost', 'bestuur_en_concernstaf', '12_plus']) expect(html).not.toMatch(new RegExp(`>${code}<`));
  });
});
