/**
 * The one organisation list: the City's directorates and city districts, and the salary-scale bands,
 * each with a code and a Dutch and English label. The data lives in `organisation.json` beside this
 * file (the working list, to be confirmed by P&O); this module gives it types and look-ups. Survey
 * choices, invitation batches, mystery-guest assignments, registers and reports all use these codes.
 */
import data from './organisation.json' with { type: 'json' };

export type UnitKind = 'directie' | 'stadsdeel';
export interface Label { nl: string; en: string }
export interface OrganisationUnit { code: string; kind: UnitKind; label: Label }
/** A band of salary scales, `from` and `to` inclusive; `to: null` has no upper limit. */
export interface ScaleBand { code: string; label: Label; from: number; to: number | null }

/** What a code looks like: lower-case ascii letters and digits, words joined by one underscore. */
export const CODE_PATTERN = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

export const ORGANISATION_UNITS: readonly OrganisationUnit[] = data.units.map((u) => ({
  code: u.code,
  kind: u.kind as UnitKind,
  label: { nl: u.label.nl, en: u.label.en },
}));

export const SCALE_BANDS: readonly ScaleBand[] = data.scaleBands.map((b) => ({
  code: b.code,
  label: { nl: b.label.nl, en: b.label.en },
  from: b.from,
  to: b.to,
}));

/** An answer a question may offer beside the list: somewhere else, prefer not to say, unknown. */
export interface OtherAnswer { code: string; label: Label }

export const OTHER_ANSWERS: readonly OtherAnswer[] = data.otherAnswers.map((a) => ({ code: a.code, label: { nl: a.label.nl, en: a.label.en } }));

const unitsByCode = new Map(ORGANISATION_UNITS.map((u) => [u.code, u]));
const bandsByCode = new Map(SCALE_BANDS.map((b) => [b.code, b]));

export function organisationUnit(code: string): OrganisationUnit | undefined {
  return unitsByCode.get(code);
}

/** The unit's label in `lang`; the code itself only if it is not in the list. */
export function unitLabel(code: string, lang: 'nl' | 'en'): string {
  return unitsByCode.get(code)?.label[lang] ?? code;
}

export function scaleBand(code: string): ScaleBand | undefined {
  return bandsByCode.get(code);
}

/**
 * Batch attributes that hold a code of the list, by name: an invitation batch's `directie` is a
 * unit, its `schaalgroep` a scale band, as the surveys' questions of the same names.
 */
export const CODED_ATTRIBUTES: Readonly<Record<string, 'unit' | 'scaleBand'>> = { directie: 'unit', schaalgroep: 'scaleBand' };

/** The labels in `lang` of the codes a coded batch attribute takes, by code (`{ noord: 'Stadsdeel Noord', ... }`); none for another attribute. */
export function attributeLabels(name: string, lang: 'nl' | 'en'): Record<string, string> {
  const kind = CODED_ATTRIBUTES[name];
  const list = kind === undefined ? [] : kind === 'unit' ? ORGANISATION_UNITS : SCALE_BANDS;
  return Object.fromEntries(list.map((x) => [x.code, x.label[lang]]));
}

/**
 * Why `value` may not be the attribute `name` (Dutch and English), or undefined when it may: an
 * attribute of CODED_ATTRIBUTES takes only a code of the list; others take anything.
 */
export function attributeCodeProblem(name: string, value: string): Label | undefined {
  const kind = CODED_ATTRIBUTES[name];
  if (kind === undefined) return undefined;
  const codes = (kind === 'unit' ? ORGANISATION_UNITS : SCALE_BANDS).map((x) => x.code);
  if (codes.includes(value)) return undefined;
  const list = codes.join(', ');
  return kind === 'unit'
    ? { nl: `"${value}" is geen directie of stadsdeel uit de organisatielijst; kies een van: ${list}`, en: `"${value}" is not a directorate or district of the organisation list; use one of: ${list}` }
    : { nl: `"${value}" is geen schaalgroep uit de organisatielijst; kies een van: ${list}`, en: `"${value}" is not a scale band of the organisation list; use one of: ${list}` };
}

/** The band a salary scale falls in; a RangeError for a scale that is not a whole number in any band. */
export function bandOfScale(scale: number): ScaleBand {
  const band = Number.isInteger(scale) ? SCALE_BANDS.find((b) => scale >= b.from && (b.to === null || scale <= b.to)) : undefined;
  if (!band) throw new RangeError(`salary scale ${scale} is in no band of the organisation list`);
  return band;
}

/**
 * What is wrong with an organisation list, in plain English for the developer who edits the file:
 * codes well-formed and unique across units, bands and other answers, both labels filled, bands in order without
 * gaps or overlaps and only the last one open-ended.
 */
export function organisationProblems(units: readonly OrganisationUnit[], bands: readonly ScaleBand[], others: readonly OtherAnswer[] = []): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { code, label } of [...units, ...bands, ...others]) {
    if (!CODE_PATTERN.test(code)) problems.push(`code "${code}" is not lower-case ascii with underscores`);
    if (seen.has(code)) problems.push(`code "${code}" appears twice`);
    seen.add(code);
    if (!label.nl.trim() || !label.en.trim()) problems.push(`code "${code}" needs a Dutch and an English label`);
  }
  for (const u of units) if (u.kind !== 'directie' && u.kind !== 'stadsdeel') problems.push(`unit "${u.code}" has unknown kind "${u.kind}"`);
  bands.forEach((b, i) => {
    const next = bands[i + 1];
    if (!Number.isInteger(b.from) || (b.to !== null && (!Number.isInteger(b.to) || b.to < b.from))) problems.push(`band "${b.code}" has no valid range`);
    if (next && b.to === null) problems.push(`band "${b.code}" is open-ended but not the last`);
    if (next && b.to !== null && next.from !== b.to + 1) problems.push(`bands "${b.code}" and "${next.code}" leave a gap or overlap`);
  });
  return problems;
}
