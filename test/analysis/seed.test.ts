import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION_UNITS, SCALE_BANDS } from '../../survey-format/organisation/organisation.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { getWaveDefinition, listWaves } from '../../server/db/waves.ts';
import { compileSurvey } from '../../survey-format/validation/index.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { analysePeriod } from '../../analysis/indicators/analyse.ts';
import { WAVES } from '../../server/seed/model.ts';
import { DatabaseNotEmptyError, seedDatabase, type SeedSummary } from '../../server/seed/seed.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';

let db: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  db = await freshDatabase();
  // A twentieth of the default size: every batch still holds at least k invitees.
  summary = await seedDatabase(db.client, loadCatalog('surveys'), { scale: 0.05, seed: 7 });
}, 60_000);

afterAll(async () => {
  await db?.destroy();
});

describe('seed', () => {
  it('writes four closed waves for each of the five instruments', async () => {
    const waves = await listWaves(db.client);
    expect(waves).toHaveLength(20);
    const bySurvey = new Map<string, typeof waves>();
    for (const w of waves) bySurvey.set(w.surveyId, [...(bySurvey.get(w.surveyId) ?? []), w]);
    expect([...bySurvey.keys()].sort()).toEqual(['exit', 'inclusie', 'mystery-guest', 'onboarding', 'toegankelijkheid']);
    for (const list of bySurvey.values()) {
      expect(list.map((w) => w.period)).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2']);
      expect(list.map((w) => w.closed)).toEqual([true, true, true, true]);
    }
    expect(summary.waves.every((w) => w.answers > 0)).toBe(true);
  });

  it('uses ten directorates as batch attributes, and marks as many links used as there are answers', async () => {
    const rs = await db.client.execute(
      `SELECT b.wave_id, count(DISTINCT json_extract(b.attributes, '$.directie')) AS directorates, sum(b.size) AS invited,
              (SELECT count(*) FROM invitations i JOIN invitation_batches bb ON bb.id = i.batch_id WHERE bb.wave_id = b.wave_id AND i.used = 1) AS used,
              (SELECT count(*) FROM responses r JOIN waves w ON w.period = r.wave AND w.survey_id = r.survey_id WHERE w.id = b.wave_id) AS answers
       FROM invitation_batches b GROUP BY b.wave_id`,
    );
    expect(rs.rows).toHaveLength(20);
    for (const r of rs.rows) {
      expect(Number(r.directorates)).toBe(10);
      expect(Number(r.used)).toBe(Number(r.answers));
      expect(Number(r.answers)).toBeLessThanOrEqual(Number(r.invited));
    }
  });

  it('stores only answers that pass the validation of the wave they belong to', async () => {
    for (const wave of await listWaves(db.client)) {
      const validator = compileSurvey((await getWaveDefinition(db.client, wave.id)).survey);
      const rs = await db.client.execute({ sql: 'SELECT answers FROM responses WHERE survey_id = ? AND wave = ?', args: [wave.surveyId, wave.period] });
      for (const r of rs.rows) {
        const answers = JSON.parse(String(r.answers)) as Record<string, unknown>;
        const result = validator.validate(answers);
        expect(result.ok).toBe(true);
        // Stored as the server would: exactly what validation keeps.
        if (result.ok) expect(result.answers).toEqual(answers);
      }
    }
  });

  it('writes exit reasons as leavers name them: workload often, accessibility rarely; onboarding crossed by directie and schaalgroep', async () => {
    const count = async (sql: string) => Number((await db.client.execute(sql)).rows[0]!.n);
    const named = (reason: string) =>
      count(`SELECT count(*) AS n FROM responses, json_each(json_extract(answers, '$.exit_redenen_weg')) AS j WHERE survey_id = 'exit' AND j.value = '${reason}'`);
    expect(await named('werkdruk')).toBeGreaterThan(3 * (await named('toegankelijkheid')));
    const [report] = await analysePeriod(databaseAnswerSource(db.client), '2026-H1', 'onboarding');
    // At a twentieth of the size few cells reach k; the crossing is there, every cell of it.
    expect(report!.crossed!.filter((r) => r.indicator === 'buddy' && r.columnBreakdown === 'schaalgroep')).toHaveLength((ORGANISATION_UNITS.length + 2) * (SCALE_BANDS.length + 1)); // every unit of the organisation list, 'anders' and unknown; every band and unknown
  });

  it('refuses a database that already holds answers', async () => {
    await expect(seedDatabase(db.client, loadCatalog('surveys'), { scale: 0.05 })).rejects.toThrow(DatabaseNotEmptyError);
  });

  it('can be analysed: 2026-H1 of every instrument against its 2025-H2', async () => {
    const reports = await analysePeriod(databaseAnswerSource(db.client), '2026-H1');
    expect(reports.map((r) => r.survey).sort()).toEqual(['exit', 'inclusie', 'mystery-guest', 'onboarding', 'toegankelijkheid']);
    for (const report of reports) {
      expect(report.previousWave).toBe('2025-H2');
      expect(report.rows.find((r) => r.indicator === 'response_rate' && r.breakdown === null)?.shown).toBe(true);
    }
    // Large enough for directorates in the biggest instrument, and for the changes the model puts
    // in 2026-H1 (an inclusion programme: belonging up, experienced discrimination down).
    const inclusie = reports.find((r) => r.survey === 'inclusie')!;
    expect(inclusie.rows.some((r) => r.breakdownSource === 'invitation' && r.shown)).toBe(true);
    const overall = (id: string) => inclusie.rows.find((r) => r.indicator === id && r.breakdown === null)!;
    expect(overall('inclusie')).toMatchObject({ significant: true, test: 'Welch t-test' });
    expect(overall('inclusie').change).toBeGreaterThan(0);
    expect(overall('ervaren_discriminatie').change).toBeLessThan(0);
  });

  it('writes mystery-guest fieldwork: pairs of testers on one vacancy each, service-point visits, profile A ahead', async () => {
    let majorityOnly = 0;
    let minorityOnly = 0;
    for (const { period } of WAVES) {
      const [report] = await analysePeriod(databaseAnswerSource(db.client), period, 'mystery-guest');
      const paired = report!.paired!;
      // At this scale three vacancies per directorate: 30 pairs, a few still running at the close.
      expect(paired.pairs.complete + paired.pairs.incomplete).toBe(30);
      expect(paired.pairs.complete).toBeGreaterThanOrEqual(20);
      expect(paired.pairs.inconsistent).toBe(0);
      expect(paired.unpairedObservations).toBe(10);
      const overall = paired.rows.find((r) => r.breakdown === null)!;
      expect(overall.shown).toBe(true);
      majorityOnly += overall.majorityOnly!;
      minorityOnly += overall.minorityOnly!;
    }
    expect(majorityOnly).toBeGreaterThan(minorityOnly);
  });
});
