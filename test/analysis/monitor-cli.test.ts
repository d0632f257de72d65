import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitor } from '../../analysis/monitor/model.ts';
import { analysePeriod } from '../../analysis/indicators/analyse.ts';
import { main } from '../../server/cli/analyse.ts';
import { ANALYSE_MESSAGES } from '../../server/cli/analyse-messages.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';
import { seedHrFigures } from '../../server/seed/hr.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

/** `npm run analyse -- --wave 2026-H2 --monitor`: the integral monitor as HTML and JSON, on a seeded database. */
let db: TestDatabase;
let outDir: string;

async function run(argv: string[], url: string) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { DATABASE_URL: url, LANG: 'nl_NL.UTF-8' } });
  return { code, out, err };
}

beforeAll(async () => {
  db = await freshDatabase();
  await seedDatabase(db.client, loadCatalog('surveys'), { scale: 0.1, surveys: ['inclusie'] });
  await seedHrFigures(db.client, 1);
  outDir = mkdtempSync(join(tmpdir(), 'peil-monitor-'));
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run analyse --monitor', () => {
  it.each([[['--wave', '2026', '--monitor']], [['--wave', '2026-H2', '--monitor', '--survey', 'inclusie']], [['--wave', '2026-H2', '--monitor', '--format', 'csv']]])(
    '%j prints the usage and exits with 2',
    async (argv) => {
      const r = await run(argv, 'file:/nonexistent/never-opened.db');
      expect(r.code).toBe(2);
      expect(r.err).toContain(ANALYSE_MESSAGES.usage.nl);
    },
  );

  it('writes the monitor as one self-contained HTML page and as JSON, with the figures of the survey report', async () => {
    const r = await run(['--wave', '2026-H2', '--monitor', '--out', outDir], db.url);
    expect(r.code).toBe(0);
    const html = readFileSync(join(outDir, 'integrale-monitor-2026-H2.html'), 'utf8');
    const monitor = JSON.parse(readFileSync(join(outDir, 'integrale-monitor-2026-H2.json'), 'utf8')) as Monitor;
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html).toContain('<h1>Integrale monitor 2026-H2</h1>');
    expect(html).toContain('verborgen: te weinig antwoorden');
    expect(html).toContain('Werk en Inkomen');
    expect(monitor.periods).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2']);
    // The city's inclusion score is the survey report's overall row, as published.
    const [report] = await analysePeriod(databaseAnswerSource(db.client), '2026-H2', 'inclusie');
    const overall = report!.rows.find((row) => row.indicator === 'inclusie' && row.breakdown === null)!;
    expect(monitor.lines.find((l) => l.key === 'survey:inclusie:inclusie')!.city).toMatchObject({ status: 'shown', value: overall.value, lower: overall.lower, upper: overall.upper, n: overall.n });
    // HR lines for every seeded directorate, and no shown count below k.
    const hr = monitor.lines.filter((l) => l.section === 'hr');
    expect(hr.map((l) => l.key)).toEqual(['hr:absence', 'hr:inflow', 'hr:throughflow', 'hr:outflow', 'hr:reports', 'hr:sanctions']);
    for (const l of hr.filter((x) => x.unit === 'count')) for (const c of Object.values(l.byDirectorate)) if (c.status === 'shown') expect(c.value!).toBeGreaterThanOrEqual(5);
  });
});
