import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.ts';
import { closeWave, createWave } from '../../server/waves/waves.ts';
import { freshDatabase, type TestDatabase } from '../../test/support/database.ts';
import { analysePeriod, type SurveyReport } from './analyse.ts';

// Rule 6 of disclosure.ts through the whole analysis, on the inclusion survey: "gemeld" (did you
// report it?) is on a page shown only when disc_ervaren or ongewenst_ervaren is 'ja', so its n in a
// directorate is how many there experienced something.
//   sociaal          30 respondents, 10 experienced discrimination (4 reported it)
//   dienstverlening   8 respondents, all 8 experienced it (3 reported)
//   veiligheid       40 respondents, 7 experienced it (3 reported)
// Two of every group's experienced ones also met other unwanted behaviour, so that indicator hides nothing.

type Person = { directie: string; disc: 'ja' | 'nee'; ongewenst: 'ja' | 'nee'; gemeld?: 'ja' | 'nee' };

const group = (directie: string, size: number, experienced: number, reported: number): Person[] =>
  Array.from({ length: size }, (_, i) => ({
    directie,
    disc: i < experienced ? 'ja' : 'nee',
    ongewenst: i < 2 ? 'ja' : 'nee',
    ...(i < experienced ? { gemeld: i < reported ? 'ja' : 'nee' } : {}),
  }));

const people = [...group('sociaal', 30, 10, 4), ...group('dienstverlening', 8, 8, 3), ...group('veiligheid', 40, 7, 3)];

let db: TestDatabase;
let report: SurveyReport;

beforeAll(async () => {
  db = await freshDatabase();
  const wave = await createWave(db.client, loadCatalog('surveys'), 'inclusie', { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30' }, new Date('2026-03-01T12:00:00Z'));
  await db.client.batch(
    people.map((p) => ({
      sql: 'INSERT INTO responses (id, survey_id, survey_version, wave, answers, attributes) VALUES (?, ?, ?, ?, ?, ?)',
      args: [
        randomUUID(),
        'inclusie',
        wave.surveyVersion,
        '2026-H1',
        JSON.stringify({ directie: p.directie, disc_ervaren: p.disc, ongewenst_ervaren: p.ongewenst, ...(p.gemeld ? { gemeld: p.gemeld } : {}) }),
        '{}',
      ],
    })),
    'write',
  );
  await closeWave(db.client, wave.id);
  [report] = (await analysePeriod(db.client, '2026-H1', 'inclusie')) as [SurveyReport];
});

afterAll(async () => {
  await db?.destroy();
});

const shown = (indicator: string, group: string) =>
  report.rows.find((r) => r.indicator === indicator && r.breakdown === 'directie' && r.group === group)!.shown;

describe('a filtered question in the analysis', () => {
  it('the indicator on the condition hides dienstverlening (8 of 8) and sociaal to cover it, and veiligheid, which "gemeld" hides', () => {
    // Rule 7 (issue 11): veiligheid's figures shown for one indicator would pick out its rows in an export, and so its "gemeld" cell.
    expect(['sociaal', 'dienstverlening', 'veiligheid'].map((g) => shown('ervaren_discriminatie', g))).toEqual([false, false, false]);
  });

  it('hides "gemeld" in every directorate the condition hides, though its own answers could be shown', () => {
    // Shown, sociaal's n (10) would turn the 18 of 38 that subtraction gives for the two hidden
    // directorates into 8 of 8 for dienstverlening.
    expect(['sociaal', 'dienstverlening', 'veiligheid'].map((g) => shown('gemeld', g))).toEqual([false, false, false]);
    expect(report.rows.find((r) => r.indicator === 'gemeld' && r.breakdown === null)).toMatchObject({ shown: true, n: 25, value: 0.4 });
  });
});
