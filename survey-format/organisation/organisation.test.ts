import { describe, expect, it } from 'vitest';
import {
  ORGANISATION_UNITS, SCALE_BANDS, bandOfScale, organisationProblems, organisationUnit, scaleBand, unitLabel,
} from './organisation.ts';

describe('the organisation list', () => {
  it('has no problems: unique well-formed codes, Dutch and English labels, bands without gaps', () => {
    expect(organisationProblems(ORGANISATION_UNITS, SCALE_BANDS)).toEqual([]);
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
