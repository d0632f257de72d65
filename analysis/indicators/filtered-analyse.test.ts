import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { memoryWave } from '../fixtures/memory-wave.ts';
import { memoryAnswerSource, type MemoryWave } from '../memory-source.ts';
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

let report: SurveyReport;

beforeAll(async () => {
  const wave: MemoryWave = memoryWave(loadCatalog('surveys'), 'inclusie', { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30' });
  wave.answers = people.map((p) => ({
    answers: { directie: p.directie, disc_ervaren: p.disc, ongewenst_ervaren: p.ongewenst, ...(p.gemeld ? { gemeld: p.gemeld } : {}) },
    attributes: {},
  }));
  wave.wave.closed = true;
  [report] = (await analysePeriod(memoryAnswerSource([wave]), '2026-H1', 'inclusie')) as [SurveyReport];
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
