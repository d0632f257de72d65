import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyseWave } from '../../analysis/indicators/analyse.ts';
import { runCli } from '../../server/cli/peil.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { getWaveReport, purgeWaveAnswers } from '../../server/db/wave-reports.ts';
import { countAnswers, getWave } from '../../server/db/waves.ts';
import { sweepRetention } from '../../server/retention/sweep.ts';
import type { Wave } from '../../survey-format/wave.ts';
import { closeWave, createInvitations, createWave } from '../../server/waves/waves.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';

// Two closed onboarding waves: 2024-H1 kept 30 days after closing (until 2024-07-30, so past
// retention on `now`), 2024-H2 kept the longest a researcher may choose (until 2034-12-29). An exit
// wave open until 2030, so the command-line test on the real clock stays valid until then.
const now = new Date('2026-01-15T12:00:00Z');
const catalog = loadCatalog('surveys');
const ITEMS = ['onb_erbij_horen', 'onb_mezelf_zijn', 'onb_gewaardeerd', 'onb_deel_organisatie', 'onb_buitenstaander'];

let db: TestDatabase;
let first: Wave;
let second: Wave;
let open: Wave;

/** A closed onboarding wave of 30 respondents in two invitation batches; `shift` varies the answers. */
async function closedWave(period: string, opensOn: string, closesOn: string, retentionDays: number, shift: number): Promise<Wave> {
  const wave = await createWave(db.client, catalog, 'onboarding', { period, opensOn, closesOn, retentionDays }, new Date(`${opensOn}T12:00:00Z`));
  for (const team of ['Noord', 'Zuid']) await createInvitations(db.client, wave.id, 25, { team }, new Date(`${opensOn}T12:00:00Z`));
  const answers = Array.from({ length: 30 }, (_, i) => {
    const a: Record<string, unknown> = { onb_buddy: (i + shift) % 3 === 0 ? 'nee' : 'ja', onb_rapportcijfer: 4 + ((i * 3 + shift) % 7) };
    ITEMS.forEach((q, j) => (a[q] = 1 + ((i + j + shift) % 5)));
    return { answers: a, team: i % 2 === 0 ? 'Noord' : 'Zuid' };
  });
  await db.client.batch(
    answers.map(({ answers: a, team }) => ({
      sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, ?, ?, ?, ?, ?)',
      args: [randomUUID(), 'onboarding', wave.surveyVersion, period, JSON.stringify(a), JSON.stringify({ team })],
    })),
    'write',
  );
  return closeWave(db.client, wave.id);
}

/** Everything the sweep may touch, to show that nothing changed. */
async function snapshot() {
  const all = async (sql: string) => (await db.client.execute(sql)).rows.map((r) => ({ ...r }));
  return {
    responses: await all('SELECT id, survey_id, wave, answers FROM responses ORDER BY id'),
    waves: await all('SELECT id, closed, purged_on FROM waves ORDER BY id'),
    reports: await all('SELECT wave_id, confidence, report FROM wave_reports ORDER BY wave_id'),
  };
}

beforeEach(async () => {
  db = await freshDatabase();
  first = await closedWave('2024-H1', '2024-01-01', '2024-06-30', 30, 0);
  second = await closedWave('2024-H2', '2024-07-01', '2024-12-31', 3650, 2);
  open = await createWave(db.client, catalog, 'exit', { period: '2025-H2', opensOn: '2025-07-01', closesOn: '2030-12-31', retentionDays: 1, mode: 'open' }, now);
  await db.client.execute({
    sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers) VALUES (?, ?, ?, ?, ?)',
    args: [randomUUID(), 'exit', open.surveyVersion, open.period, '{}'],
  });
});
afterEach(async () => {
  await db.destroy();
});

describe('retention of raw answers', () => {
  it('purges a closed wave past retention: answers gone, its published report stored and returned as before', async () => {
    const published = await analyseWave(databaseAnswerSource(db.client), first, { now });
    expect(await sweepRetention(db.client, now)).toEqual({ purged: [{ waveId: first.id, answers: 30 }], failed: [] });
    expect(await countAnswers(db.client, first)).toBe(0);
    expect((await db.client.execute({ sql: 'SELECT purged_on FROM waves WHERE id = ?', args: [first.id] })).rows[0]?.purged_on).toBe('2026-01-15');
    expect(await getWaveReport(db.client, first.id)).toEqual({ confidence: 0.95, report: published });
    expect(await analyseWave(databaseAnswerSource(db.client), first, { now })).toEqual(published);
    // Only suppressed figures are stored: a hidden row carries no number.
    for (const row of published.rows.filter((r) => !r.shown)) expect([row.n, row.value, row.lower, row.upper]).toEqual([null, null, null, null]);
  });

  it('leaves a wave inside its retention period and a wave still open untouched', async () => {
    await sweepRetention(db.client, now);
    expect(await countAnswers(db.client, second)).toBe(30);
    expect(await countAnswers(db.client, open)).toBe(1);
    expect(await getWaveReport(db.client, second.id)).toBeUndefined();
    expect(await getWaveReport(db.client, open.id)).toBeUndefined();
    // The day after the last day kept, the second wave goes too; the open one never while open.
    const later = new Date('2035-01-01T12:00:00Z');
    expect((await sweepRetention(db.client, later)).purged.map((p) => p.waveId).sort()).toEqual([open.id, second.id].sort());
  });

  it('counts the retention period from the closing date, in Amsterdam days', async () => {
    // 2024-06-30 + 30 days = 2024-07-30 is the last day kept: nothing on it, purged the day after.
    expect((await sweepRetention(db.client, new Date('2024-07-30T21:59:00Z'))).purged).toEqual([]);
    expect((await sweepRetention(db.client, new Date('2024-07-30T22:01:00Z'))).purged).toEqual([{ waveId: first.id, answers: 30 }]);
  });

  it('changes nothing when run a second time', async () => {
    await sweepRetention(db.client, now);
    const after = await snapshot();
    expect(await sweepRetention(db.client, now)).toEqual({ purged: [], failed: [] });
    expect(await snapshot()).toEqual(after);
  });

  it.each([
    ['the report cannot be stored', 'CREATE TRIGGER fail BEFORE INSERT ON wave_reports BEGIN SELECT RAISE(ABORT, \'no room for the report\'); END'],
    ['deleting the answers fails after the report was stored', 'CREATE TRIGGER fail AFTER DELETE ON responses BEGIN SELECT RAISE(ABORT, \'crash while deleting\'); END'],
  ])('leaves everything as it was when %s', async (_, trigger) => {
    await db.client.execute(trigger);
    const before = await snapshot();
    const result = await sweepRetention(db.client, now);
    expect(result.purged).toEqual([]);
    expect(result.failed).toEqual([{ waveId: first.id, reason: expect.any(String) }]);
    expect(result.failed[0]?.reason).not.toMatch(/no room|crash/); // never a message that could quote data
    expect(await snapshot()).toEqual(before);
    await db.client.execute('DROP TRIGGER fail');
    expect((await sweepRetention(db.client, now)).purged).toEqual([{ waveId: first.id, answers: 30 }]);
  });

  it('rolls back the deletion when the answers are not the ones the report was made from', async () => {
    const before = await snapshot();
    const report = JSON.stringify(await analyseWave(databaseAnswerSource(db.client), first, { now }));
    const purge = { waveId: first.id, surveyId: 'onboarding', period: first.period, today: '2026-01-15', confidence: 0.95, reportJson: report };
    await expect(purgeWaveAnswers(db.client, { ...purge, answers: 29 })).rejects.toThrow(/30 answers/);
    expect(await snapshot()).toEqual(before);
    expect(await purgeWaveAnswers(db.client, { ...purge, answers: 30 })).toBe(true);
    expect(await purgeWaveAnswers(db.client, { ...purge, answers: 30 })).toBe(false); // already purged: nothing to do
  });

  it('still gives the next wave its change since the purged wave, with the same tests and figures', async () => {
    const next = await analyseWave(databaseAnswerSource(db.client), second, { now });
    await sweepRetention(db.client, now);
    expect((await getWave(db.client, first.id))?.closed).toBe(true);
    const again = await analyseWave(databaseAnswerSource(db.client), second, { now });
    expect(again).toEqual(next);
    const compared = (test: string) => again.rows.filter((r) => r.test === test && r.previousValue !== null && r.pValue !== null);
    expect(again.previousWave).toBe('2024-H1');
    expect(compared('Welch t-test').map((r) => r.indicator)).toEqual(expect.arrayContaining(['rapportcijfer_ontvangst', 'erbij_horen']));
    expect(compared('two-proportion z-test').map((r) => r.indicator)).toEqual(expect.arrayContaining(['response_rate', 'buddy']));
  });

  it('npm run peil -- retention lists with --dry-run, then purges and prints wave ids and counts only', async () => {
    process.env.DATABASE_URL = db.url;
    process.env.STAFF_DATABASE_URL = db.staffUrl;
    const out: string[] = [];
    // LANG as a Dutch machine has it: the command speaks Dutch unless told otherwise.
    const run = (...argv: string[]) => runCli(argv, (s) => out.push(s), (s) => out.push(s), { ...process.env, LANG: 'nl_NL.UTF-8' });
    try {
      expect(await run('retention', '--dry-run')).toBe(0);
      expect(out).toEqual([`Zou golf ${first.id} opruimen (bewaard tot 2024-07-30): 30 antwoorden.`]);
      expect(await countAnswers(db.client, first)).toBe(30);
      out.length = 0;
      expect(await run('retention')).toBe(0);
      expect(out).toEqual([`Bewaartermijn: golf ${first.id} opgeruimd, 30 antwoorden verwijderd; de gepubliceerde cijfers blijven bewaard.`]);
      out.length = 0;
      expect(await run('retention')).toBe(0);
      expect(out).toEqual(['Geen enkele golf is over zijn bewaartermijn.']);
      out.length = 0;
      expect(await run('retention', '--lang', 'en')).toBe(0);
      expect(out).toEqual(['No wave is past its retention period.']);
      out.length = 0;
      expect(await run('wave', 'list', 'onboarding')).toBe(0);
      expect(out.find((l) => l.startsWith(`${first.id}\t`))).toMatch(/\tgesloten, antwoorden verwijderd op \d{4}-\d{2}-\d{2}$/);
      out.length = 0;
      expect(await run('wave', 'list', 'onboarding', '--lang', 'en')).toBe(0);
      expect(out.find((l) => l.startsWith(`${first.id}\t`))).toMatch(/\tclosed, answers deleted \d{4}-\d{2}-\d{2}$/);
    } finally {
      delete process.env.DATABASE_URL;
      delete process.env.STAFF_DATABASE_URL;
    }
  });
});
