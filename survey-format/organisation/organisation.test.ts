import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_UNITS, OTHER_ANSWERS, attributeCodeProblem, attributeLabels, SCALE_BANDS, bandOfScale, organisationProblems, organisationUnit, scaleBand, unitLabel,
} from './organisation.ts';

describe('the organisation list', () => {
  it('has no problems: unique well-formed codes, Dutch and English labels, bands without gaps', () => {
    expect(organisationProblems(ORGANISATION_UNITS, SCALE_BANDS, OTHER_ANSWERS)).toEqual([]);
  });

  it('holds the seven city districts and Weesp beside the directorates', () => {
    const districts = ORGANISATION_UNITS.filter((u) => u.kind === 'stadsdeel').map((u) => u.code);
    expect(districts).toEqual(['centrum', 'nieuw_west', 'noord', 'oost', 'west', 'zuid', 'zuidoost', 'weesp']);
    expect(ORGANISATION_UNITS.filter((u) => u.kind === 'directie').length).toBeGreaterThanOrEqual(8);
  });

  it('keeps the scale-band codes the surveys already use, so earlier answers keep their meaning', () => {
    expect(SCALE_BANDS.map((b) => b.code)).toEqual(['t_m_8', '9_11', '12_plus']);
  });

  it('finds problems in a broken list', () => {
    const unit = { code: 'noord', kind: 'stadsdeel' as const, label: { nl: 'Noord', en: 'North' } };
    const problems = organisationProblems(
      [unit, unit, { code: 'Bad Code', kind: 'directie', label: { nl: '', en: 'x' } }],
      [
        { code: 'laag', label: { nl: 'Laag', en: 'Low' }, from: 1, to: 8 },
        { code: 'hoog', label: { nl: 'Hoog', en: 'High' }, from: 10, to: null },
        { code: 'extra', label: { nl: 'Extra', en: 'Extra' }, from: 20, to: 21 },
      ],
    );
    expect(problems).toEqual([
      'code "noord" appears twice',
      'code "Bad Code" is not lower-case ascii with underscores',
      'code "Bad Code" needs a Dutch and an English label',
      'bands "laag" and "hoog" leave a gap or overlap',
      'band "hoog" is open-ended but not the last',
    ]);
  });
});

describe('look-ups', () => {
  it('gives a unit and its label in either language, and the code itself when unknown', () => {
    expect(organisationUnit('zuidoost')).toEqual({ code: 'zuidoost', kind: 'stadsdeel', label: { nl: 'Stadsdeel Zuidoost', en: 'Zuidoost district' } });
    expect(organisationUnit('atlantis')).toBeUndefined();
    expect(unitLabel('weesp', 'nl')).toBe('Stadsgebied Weesp');
    expect(unitLabel('weesp', 'en')).toBe('Weesp area');
    expect(unitLabel('atlantis', 'nl')).toBe('atlantis');
    expect(scaleBand('12_plus')?.label.nl).toBe('Schaal 12 of hoger');
    expect(scaleBand('schaal_12')).toBeUndefined();
  });

  it('says why a batch attribute is not a code of the list, only for the coded attributes', () => {
    expect(attributeCodeProblem('directie', 'noord')).toBeUndefined();
    expect(attributeCodeProblem('schaalgroep', '12_plus')).toBeUndefined();
    expect(attributeCodeProblem('directie', 'Sociaal')?.nl).toMatch(/^"Sociaal" is geen directie of stadsdeel uit de organisatielijst; kies een van: bestuur_en_concernstaf, sociaal, /);
    expect(attributeCodeProblem('schaalgroep', '12+')?.en).toBe('"12+" is not a scale band of the organisation list; use one of: t_m_8, 9_11, 12_plus');
    expect(attributeCodeProblem('team', 'Wonen')).toBeUndefined();
    expect(attributeLabels('directie', 'nl').noord).toBe('Stadsdeel Noord');
    expect(attributeLabels('schaalgroep', 'en')).toEqual({ t_m_8: 'Scale 8 or lower', '9_11': 'Scale 9, 10 or 11', '12_plus': 'Scale 12 or higher' });
    expect(attributeLabels('team', 'nl')).toEqual({});
  });

  it('puts each salary scale in its band at the boundaries', () => {
    expect(bandOfScale(1).code).toBe('t_m_8');
    expect(bandOfScale(8).code).toBe('t_m_8');
    expect(bandOfScale(9).code).toBe('9_11');
    expect(bandOfScale(11).code).toBe('9_11');
    expect(bandOfScale(12).code).toBe('12_plus');
    expect(bandOfScale(18).code).toBe('12_plus');
  });

  it('refuses a scale in no band', () => {
    expect(() => bandOfScale(0)).toThrow(RangeError);
    expect(() => bandOfScale(11.5)).toThrow(RangeError);
    expect(() => bandOfScale(Number.NaN)).toThrow(RangeError);
  });
});
