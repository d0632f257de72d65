import { describe, expect, it } from 'vitest';
import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import type { IndicatorRow } from '../../analysis/indicators/types.ts';
import { reportFor } from './figures-scope.ts';

const cell = (group: string, columnGroup: string, columnBreakdown = 'schaalgroep', breakdown = 'directie') =>
  ({ indicator: 'x', breakdownSource: 'question', breakdown, group, columnBreakdown, columnGroup }) as IndicatorRow;

describe('reportFor', () => {
  it("keeps of a crossing only the cells in the manager's directorate, as a row or as a column group", () => {
    const crossed = [cell('sociaal', 't_m_8'), cell('sociaal', '12_plus'), cell('zuid', '12_plus'), cell('t_m_8', 'Sociaal', 'directie', 'schaalgroep'), cell('t_m_8', 'zuid', 'directie', 'schaalgroep')];
    const report = { rows: [], paired: null, crossed } as unknown as SurveyReport;
    expect(reportFor(report, 'Sociaal').crossed).toEqual([crossed[0], crossed[1], crossed[3]]);
    expect(reportFor(report, null).crossed).toBe(crossed);
    expect(reportFor({ ...report, crossed: undefined }, 'sociaal').crossed).toBeUndefined();
  });
});
