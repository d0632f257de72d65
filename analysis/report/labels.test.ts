import { describe, expect, it } from 'vitest';
import { attributeLabels } from '../../survey-format/organisation/organisation.ts';
import type { SurveyReport } from '../indicators/analyse.ts';
import type { IndicatorRow } from '../indicators/types.ts';
import { surveyLabels } from './labels.ts';

const row = (breakdownSource: string, breakdown: string, group: string | null) => ({ indicator: 'x', breakdownSource, breakdown, group }) as IndicatorRow;
const report = { survey: 'inclusie', rows: [row('question', 'schaalgroep', '12_plus'), row('invitation', 'directie', 'Sociaal')] } as SurveyReport;
const definition = {
  survey: {
    title: { default: 'Inclusie', en: 'Inclusion' },
    pages: [
      {
        name: 'p',
        elements: [
          {
            type: 'radiogroup',
            name: 'schaalgroep',
            title: { default: 'In welke schaal?', en: 'Which scale?' },
            choices: [
              { value: 't_m_8', text: { default: 'Schaal 8 of lager', en: 'Scale 8 or lower' } },
              { value: '12_plus', text: { default: 'Schaal 12 of hoger (bijvoorbeeld directeur)', en: 'Scale 12 or higher (for example director)' } },
              { value: 'zeg_ik_liever_niet', text: { default: 'Zeg ik liever niet', en: 'Prefer not to say' } },
            ],
          },
        ],
      },
    ],
  },
};

describe('surveyLabels', () => {
  it('names groups by the survey\'s choice texts, in Dutch or English, never by their codes', () => {
    const nl = surveyLabels(definition, report, 'nl');
    expect(nl.title).toBe('Inclusie');
    expect(nl.breakdowns['question:schaalgroep']).toEqual({
      label: 'Schaalgroep',
      question: 'In welke schaal?',
      groups: { '': 'Onbekend of zeg ik liever niet', t_m_8: 'Schaal 8 of lager', '12_plus': 'Schaal 12 of hoger' },
    });
    const en = surveyLabels(definition, report, 'en');
    expect(en.title).toBe('Inclusion');
    expect(en.breakdowns['question:schaalgroep']!.groups).toEqual({ '': 'Unknown or prefer not to say', t_m_8: 'Scale 8 or lower', '12_plus': 'Scale 12 or higher' });
    // A batch's directorate is named by the organisation list (survey-format/organisation).
    expect(en.breakdowns['invitation:directie']).toEqual({ label: 'Directie', question: null, groups: { '': 'Unknown', ...attributeLabels('directie', 'en') } });
    expect(en.breakdowns['invitation:directie']!.groups.sociaal).toBe('Social');
  });

  it('names both breakdowns of a crossing, also when the report has no one-way rows of them (a manager\'s cut)', () => {
    const cell = { ...row('question', 'directie', 'sociaal'), columnBreakdown: 'schaalgroep', columnGroup: '12_plus' } as IndicatorRow;
    const cut = { survey: 'onboarding', rows: [], crossed: [cell] } as unknown as SurveyReport;
    const nl = surveyLabels(definition, cut, 'nl');
    expect(nl.breakdowns['question:schaalgroep']!.groups['12_plus']).toBe('Schaal 12 of hoger');
    expect(nl.breakdowns['question:directie']!.label).toBe('Directie');
  });

  it('titles indicators, and each reason of a reasons list by its choice text, in the reader\'s language', () => {
    const withReasons = { ...definition, indicators: [{ id: 'redenen', kind: 'reasons', question: 'schaalgroep', title: { default: 'Redenen', en: 'Reasons' } }] };
    expect(surveyLabels(withReasons, report, 'en').indicators).toEqual({
      redenen: 'Reasons',
      'redenen.t_m_8': 'Scale 8 or lower',
      'redenen.12_plus': 'Scale 12 or higher (for example director)',
      'redenen.zeg_ik_liever_niet': 'Prefer not to say',
    });
    expect(surveyLabels(withReasons, report, 'nl').indicators?.['redenen.t_m_8']).toBe('Schaal 8 of lager');
  });
});
