import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import { analyseProcedures } from './analyse-procedures.ts';
import { memoryProcedureSource } from './memory-procedure-source.ts';
import type { ProcedureRecord } from './procedure-source.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';
import { fillChoices } from '../../survey-format/organisation/choices-from.ts';

const procedures = ZSurveyDefinition.parse(fillChoices(JSON.parse(readFileSync(new URL('../../surveys/procedures.json', import.meta.url), 'utf8'))).json);

/** `count` records of a directorate in a period with the given answers. */
const records = (count: number, period: string, directorate: string, answers: Record<string, unknown>): ProcedureRecord[] =>
  Array.from({ length: count }, () => ({ period, directorate, answers: { directie: directorate, schaalgroep: '12_plus', werving: 'extern', ...answers } }));

const H2 = '2026-H2';
const data: ProcedureRecord[] = [
  // Sociaal: BIWS 9 ja, 3 nee, 2 not yet known (14 procedures); Rooney 4 ja, 2 nee, 6 nvt, 2 unknown.
  ...records(4, H2, 'sociaal', { biws_gevolgd: 'ja', rooney_rule: 'ja' }),
  ...records(2, H2, 'sociaal', { biws_gevolgd: 'ja', rooney_rule: 'nee' }),
  ...records(3, H2, 'sociaal', { biws_gevolgd: 'ja', rooney_rule: 'nvt' }),
  ...records(3, H2, 'sociaal', { biws_gevolgd: 'nee', rooney_rule: 'nvt' }),
  ...records(2, H2, 'sociaal', {}),
  // Veiligheid: 7 of 7; Dienstverlening: 2 of 3, too few.
  ...records(7, H2, 'veiligheid', { biws_gevolgd: 'ja' }),
  ...records(2, H2, 'dienstverlening', { biws_gevolgd: 'ja' }),
  ...records(1, H2, 'dienstverlening', { biws_gevolgd: 'nee' }),
  // The half-year before: Sociaal 5 of 10.
  ...records(5, '2026-H1', 'sociaal', { biws_gevolgd: 'ja' }),
  ...records(5, '2026-H1', 'sociaal', { biws_gevolgd: 'nee' }),
];

async function rowsOf(indicator: string): Promise<IndicatorRow[]> {
  const [report] = await analyseProcedures(memoryProcedureSource([procedures], { procedures: data }), H2);
  return report!.rows.filter((r) => r.indicator === indicator);
}
const find = (rows: IndicatorRow[], breakdown: string | null, group: string | null) => rows.find((r) => r.breakdown === breakdown && r.group === group)!;

describe('analyseProcedures: % procedures gelukt per directorate', () => {
  it('counts procedures with a Wilson interval corrected for the number of procedures (scipy 1.17.1)', async () => {
    const rows = await rowsOf('biws_gevolgd');
    const sociaal = find(rows, 'directie', 'sociaal');
    expect(sociaal).toMatchObject({ shown: true, n: 12, value: 0.75, populationSize: 14, survey: 'procedures', wave: H2, kind: 'compliance' });
    // analysis/stats/reference/references.py: wilson fpc 9/12 of 14
    expect(sociaal.lower).toBeCloseTo(0.6437217127924029, 6);
    expect(sociaal.upper).toBeCloseTo(0.8328093823514999, 6);
    const overall = find(rows, null, null);
    expect(overall).toMatchObject({ n: 22, populationSize: 24 });
    expect(overall.lower).toBeCloseTo(0.7660142022044834, 6);
    expect(overall.upper).toBeCloseTo(0.8608316377905196, 6);
  });

  it('gives the change since the previous half-year with its test (scipy chi2_contingency, no correction)', async () => {
    const sociaal = find(await rowsOf('biws_gevolgd'), 'directie', 'sociaal');
    expect(sociaal).toMatchObject({ previousWave: '2026-H1', previousValue: 0.5, change: 0.25, test: 'two-proportion z-test', significant: false });
    expect(sociaal.pValue).toBeCloseTo(0.22483923580790954, 4);
  });

  it('leaves "nvt" out of the count and the number of procedures', async () => {
    const sociaal = find(await rowsOf('rooney_rule'), 'directie', 'sociaal');
    expect(sociaal).toMatchObject({ n: 6, populationSize: 8 });
    expect(sociaal.value).toBeCloseTo(4 / 6, 6);
    expect(sociaal.lower).toBeCloseTo(0.4537345197425525, 6);
    expect(sociaal.upper).toBeCloseTo(0.8280524739491654, 6);
  });

  it('hides a directorate below k procedures, and the next smallest so it cannot be subtracted; shows a whole directorate at 100%', async () => {
    const rows = await rowsOf('biws_gevolgd');
    expect(find(rows, 'directie', 'dienstverlening')).toMatchObject({ shown: false, n: null, value: null, reason: 'te weinig antwoorden' });
    expect(find(rows, 'directie', 'veiligheid')).toMatchObject({ shown: false, value: null });
    const alone = data.filter((r) => r.directorate !== 'dienstverlening');
    const [report] = await analyseProcedures(memoryProcedureSource([procedures], { procedures: alone }), H2);
    const veiligheid = report!.rows.find((r) => r.indicator === 'biws_gevolgd' && r.group === 'veiligheid')!;
    expect(veiligheid).toMatchObject({ shown: true, n: 7, value: 1, lower: 1, upper: 1 });
  });

  it('lists every directorate of the register, and nothing for a register without records in the period', async () => {
    const rows = await rowsOf('biws_gevolgd');
    expect(rows.filter((r) => r.breakdown === 'directie').map((r) => r.group)).toEqual([...ORGANISATION_UNITS.map((u) => u.code), 'anders']);
    expect(await analyseProcedures(memoryProcedureSource([procedures], { procedures: data }), '2024-H1')).toEqual([]);
  });

  it('puts each agreement target beside its figure, with a verdict only where the interval allows one', async () => {
    const [report] = await analyseProcedures(memoryProcedureSource([procedures], { procedures: data }), H2);
    const target = (indicator: string, directorate: string | null) => report!.targets.find((t) => t.indicator === indicator && t.directorate === directorate)!;
    // The bundled working targets for 2026: BIWS >= 90%, Rooney >= 60%, overall and for Sociaal.
    expect(target('biws_gevolgd', 'sociaal')).toMatchObject({ atLeast: 0.9, value: 0.75, verdict: 'not_reached' }); // interval 64-83%
    expect(target('rooney_rule', 'sociaal')).toMatchObject({ atLeast: 0.6, verdict: 'undetermined' }); // interval 45-83%
    expect(target('biws_gevolgd', null)).toMatchObject({ verdict: 'not_reached' });
    const lenient = { ...procedures, agreementTargets: [
      { indicator: 'biws_gevolgd', directorate: 'sociaal', year: 2026, atLeast: 0.6, source: { default: 'x', en: 'x' } },
      { indicator: 'biws_gevolgd', directorate: 'dienstverlening', year: 2026, atLeast: 0.6, source: { default: 'x', en: 'x' } },
      { indicator: 'biws_gevolgd', year: 2025, atLeast: 0.1, source: { default: 'x', en: 'x' } },
    ] };
    const [other] = await analyseProcedures(memoryProcedureSource([lenient], { procedures: data }), H2);
    expect(other!.targets.map((t) => [t.directorate, t.verdict, t.value])).toEqual([
      ['sociaal', 'reached', 0.75],
      // Hidden (too few procedures): no figure and no verdict.
      ['dienstverlening', null, null],
    ]);
  });

  it('lets the applicants\' verdict decide the Rooney Rule where the record does not say, and never over a recruiter\'s answer', async () => {
    const withRefs = data.map((r, i) => ({ ...r, reference: `V-${i}` }));
    // V-12 and V-13 are Sociaal's two procedures without answers; V-0 has 'ja' from the recruiter.
    const verdicts = new Map([['V-12', 'reached' as const], ['V-13', 'not_reached' as const], ['V-0', 'not_reached' as const]]);
    const [report] = await analyseProcedures(memoryProcedureSource([procedures], { procedures: withRefs }, { [H2]: verdicts }), H2);
    const sociaal = report!.rows.find((r) => r.indicator === 'rooney_rule' && r.group === 'sociaal')!;
    expect(sociaal).toMatchObject({ n: 8, populationSize: 8, value: 0.625 });
    const [tooFew] = await analyseProcedures(memoryProcedureSource([procedures], { procedures: withRefs }, { [H2]: new Map([['V-12', 'too_few' as const]]) }), H2);
    expect(tooFew!.rows.find((r) => r.indicator === 'rooney_rule' && r.group === 'sociaal')).toMatchObject({ n: 6, populationSize: 8 });
  });
});
