import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.ts';
import { freshDatabase, type TestDatabase } from '../../test/support/database.ts';
import { main } from '../cli.ts';
import { seedDatabase } from '../seed/seed.ts';
import type { SurveyReport } from '../indicators/analyse.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import { changeText, formatChange, formatInterval, formatValue } from './format.ts';
import type { MonitorInput } from './model.ts';
import { renderMonitorHtml } from './page.ts';
import { niceCeil } from './trend-chart.ts';

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
      { id: 'aandeel', kind: 'proportion', title: 'Aandeel <proef> & zo' },
      { id: 'score', kind: 'scale', title: 'Score (0-100)' },
    ],
    rows: rows.map((r) => ({ ...r, wave })),
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
});
