import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { main } from '../../server/cli/analyse.ts';
import { ANALYSE_MESSAGES } from '../../server/cli/analyse-messages.ts';
import { seedDatabase } from '../../server/seed/seed.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';

let db: TestDatabase;
let outDir: string;

async function run(argv: string[], url = 'file:/nonexistent/never-opened.db') {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { DATABASE_URL: url, LANG: 'nl_NL.UTF-8' } });
  return { code, out, err };
}

beforeAll(async () => {
  db = await freshDatabase();
  await seedDatabase(db.client, loadCatalog('surveys'), { scale: 0.1, surveys: ['onboarding', 'exit'] });
  outDir = mkdtempSync(join(tmpdir(), 'peil-analyse-'));
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run analyse: bad arguments', () => {
  it.each([
    [[]],
    [['--wave']],
    [['--wave', '2026-H1', '--format', 'xml']],
    [['--wave', '2026-H1', '--bogus']],
    [['2026-H1']],
    [['--wave', 'not a period!']],
    [['--wave', '2026-H1', '--survey', 'Not_An_Id']],
    [['--wave', '2026-H1', '--out', '']],
  ])('%j prints the usage and exits with 2, without opening a database', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(ANALYSE_MESSAGES.usage.nl);
    expect(r.out).toBe('');
  });

  it('--help prints the usage and exits with 0, in Dutch by default and in English with --lang en', async () => {
    const r = await run(['--help']);
    expect(r).toMatchObject({ code: 0, out: `${ANALYSE_MESSAGES.usage.nl}\n` });
    expect(r.out).toMatch(/^Gebruik: npm run analyse -- --wave PERIODE /);
    expect(await run(['--help', '--lang', 'en'])).toMatchObject({ code: 0, out: `${ANALYSE_MESSAGES.usage.en}\n` });
    expect(ANALYSE_MESSAGES.usage.en).toMatch(/^Usage: npm run analyse -- --wave PERIOD /);
  });

  it('names what is wrong in Dutch by default, in English with --lang en', async () => {
    expect((await run(['--wave', '2026-H1', '--format', 'xml'])).err).toMatch(/^--format moet json, csv of html zijn, niet "xml"\.\n\nGebruik:/);
    expect((await run(['--wave', '2026-H1', '--bogus'])).err).toMatch(/^onbekende optie --bogus\n\nGebruik:/);
    expect((await run(['--wave', '2026-H1', '--format', 'xml', '--lang=en'])).err).toMatch(/^--format must be json, csv or html, not "xml"\.\n\nUsage:/);
    expect((await run(['--wave', '2026-H1', '--lang', 'xx'])).err).toMatch(/^onbekende taal "xx" voor --lang: kies nl of en\n\nGebruik:/);
  });

  it('a wave that does not exist exits with 1', async () => {
    const r = await run(['--wave', '2019-H1'], db.url);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Geen enkele vragenlijst heeft een golf "2019-H1".\n');
    expect(await run(['--wave', '2026-H1', '--survey', 'inclusie', '--lang', 'en'], db.url)).toMatchObject({ code: 1, err: 'Survey "inclusie" has no wave "2026-H1".\n' });
  });
});

describe('npm run analyse: output', () => {
  it('writes JSON to standard output: the wave and one report per survey', async () => {
    const r = await run(['--wave', '2026-H1'], db.url);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { wave: string; surveys: { survey: string; rows: Record<string, unknown>[] }[] };
    expect(doc.wave).toBe('2026-H1');
    expect(doc.surveys.map((s) => s.survey).sort()).toEqual(['exit', 'onboarding']);
    const hidden = doc.surveys.flatMap((s) => s.rows).filter((row) => row.shown === false);
    expect(hidden.length).toBeGreaterThan(0);
    for (const row of hidden) expect([row.reason, row.n, row.value, row.lower, row.upper, row.change]).toEqual(['te weinig antwoorden', null, null, null, null, null]);
  });

  it('writes one CSV file per survey into --out, one row per indicator and group', async () => {
    const r = await run(['--wave', '2026-H1', '--survey', 'onboarding', '--format', 'csv', '--out', outDir], db.url);
    expect(r.code).toBe(0);
    expect(readdirSync(outDir)).toEqual(['onboarding-2026-H1.csv']);
    const lines = readFileSync(join(outDir, 'onboarding-2026-H1.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'survey,wave,indicator,kind,breakdown_source,breakdown,group,group_label,special,shown,reason,n,value,lower,upper,population_size,alpha,previous_wave,previous_value,change,test,p_value,significant,trend_break,' +
        'target_baseline,target_goal,target_progress,target_progress_lower,target_progress_upper,target_expected_progress,target_status,target_source,target_baseline_source,' +
        'both_positive,majority_only,minority_only,neither_positive,majority_rate,minority_rate,incomplete_pairs,inconsistent_pairs,rank,column_breakdown,column_group',
    );
    const json = JSON.parse((await run(['--wave', '2026-H1', '--survey', 'onboarding'], db.url)).out) as { surveys: { rows: unknown[]; crossed: unknown[] }[] };
    // One row per indicator and group, then one per indicator and cell of directie x schaalgroep.
    expect(json.surveys[0]!.crossed.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(1 + json.surveys[0]!.rows.length + json.surveys[0]!.crossed.length);
    expect(lines.some((l) => l.endsWith(',schaalgroep,12_plus'))).toBe(true);
    expect(lines.some((l) => l.startsWith('onboarding,2026-H1,buddy,proportion,,,,,false,true,'))).toBe(true);
    expect(lines.some((l) => l.includes(',question,schaalgroep,(onbekend),Onbekend of zeg ik liever niet,'))).toBe(true);
    // Beside each code, the name a person reads: the organisation list's label, for the batch attribute and the answer alike.
    expect(lines.some((l) => l.includes(',invitation,directie,werk_en_inkomen,Werk en Inkomen,'))).toBe(true);
    expect(lines.some((l) => l.includes(',question,directie,zuidoost,Stadsdeel Zuidoost,'))).toBe(true);
    expect(lines.some((l) => l.includes(',question,schaalgroep,9_11,"Schaal 9, 10 of 11",'))).toBe(true);
  });
});

describe('npm run analyse: mystery guests and targets', () => {
  let mg: TestDatabase;
  beforeAll(async () => {
    mg = await freshDatabase();
    await seedDatabase(mg.client, loadCatalog('surveys'), { scale: 0.1, surveys: ['mystery-guest', 'inclusie'] });
  }, 60_000);
  afterAll(async () => {
    await mg?.destroy();
  });

  it('JSON carries the paired testing of a mystery-guest wave under `paired`', async () => {
    const r = await run(['--wave', '2026-H2', '--survey', 'mystery-guest'], mg.url);
    expect(r.code).toBe(0);
    const [survey] = (JSON.parse(r.out) as { surveys: { paired: { pairs: { complete: number }; rows: { kind: string; breakdown: string | null; shown: boolean }[] } }[] }).surveys;
    expect(survey!.paired.pairs.complete).toBeGreaterThan(20);
    expect(survey!.paired.rows[0]).toMatchObject({ kind: 'net_discrimination', breakdown: null, shown: true });
  });

  it('CSV has the paired rows after the indicator rows, and a target row with its goal', async () => {
    const csv = (await run(['--wave', '2026-H2', '--format', 'csv'], mg.url)).out.trimEnd().split('\r\n');
    const header = csv[0]!.split(',');
    const get = (line: string, column: string) => line.split(',')[header.indexOf(column)];
    const paired = csv.filter((l) => l.startsWith('mystery-guest,2026-H2,netto_discriminatie,net_discrimination,'));
    // Everyone, the units of the organisation list and anders (opdracht_directie), the four scale bands and internal/external vacancies.
    expect(paired.length).toBe(1 + ORGANISATION_UNITS.length + 1 + 4 + 2);
    expect(paired.filter((l) => get(l, 'breakdown') === 'vacature_schaalgroep')).toHaveLength(4);
    const overall = paired[0]!;
    const counts = ['both_positive', 'majority_only', 'minority_only', 'neither_positive'].map((c) => Number(get(overall, c)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(get(overall, 'n')));
    expect(get(overall, 'test')).toBe('McNemar exact test');
    const target = csv.find((l) => l.startsWith('inclusie,2026-H2,doel_culturele_diversiteit_12_plus,target,question,schaalgroep,12_plus,'))!;
    // The seed enters a baseline of 14% Buiten-Europese herkomst in 2024 (server/seed/seed.ts); +25% is 17.5%.
    expect([get(target, 'target_baseline'), get(target, 'target_expected_progress')]).toEqual(['0.14', '1']);
    expect(Number(get(target, 'target_goal'))).toBeCloseTo(0.175, 12);
    expect(target).toContain(',Fictief cijfer van npm run seed; vervang door het cijfer uit de personeelsregistratie,');
    expect(['reached', 'not_reached', 'undetermined']).toContain(get(target, 'target_status'));
  });
});
