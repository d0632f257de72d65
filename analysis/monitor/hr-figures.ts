/**
 * HR figures: aggregates per directorate and half-year from the HR system (never about a person),
 * shown in the monitor beside the survey figures. Each is a count, except absence, a percentage of
 * the directorate's headcount.
 */
export const HR_MEASURES = ['absence', 'inflow', 'throughflow', 'outflow', 'reports', 'sanctions'] as const;
export type HrMeasure = (typeof HR_MEASURES)[number];

/** One directorate's HR aggregates of one half-year, as imported. */
export interface HrFigures {
  /** A half-year, 2026-H2. */
  period: string;
  /** An organisation unit's code (survey-format/organisation). */
  directorate: string;
  /** Employees (headcount) in the period: what absence is a percentage of. */
  headcount: number;
  /** Absence (ziekteverzuim) as a percentage of working time, 0-100. */
  absence: number;
  inflow: number;
  throughflow: number;
  outflow: number;
  /** Meldingen of unwanted behaviour received. */
  reports: number;
  sanctions: number;
}

/** Each measure's name and, for the summary, whether a rise is good news (null: neither). */
export const HR_MEASURE_TEXT: Readonly<Record<HrMeasure, { nl: string; en: string; higherIsBetter: boolean | null }>> = {
  absence: { nl: 'Ziekteverzuim (%)', en: 'Sickness absence (%)', higherIsBetter: false },
  inflow: { nl: 'Instroom (medewerkers)', en: 'Inflow (employees)', higherIsBetter: null },
  throughflow: { nl: 'Doorstroom (medewerkers)', en: 'Internal moves (employees)', higherIsBetter: null },
  outflow: { nl: 'Uitstroom (medewerkers)', en: 'Outflow (employees)', higherIsBetter: null },
  reports: { nl: 'Meldingen ongewenst gedrag', en: 'Reports of unwanted behaviour', higherIsBetter: null },
  sanctions: { nl: 'Sancties', en: 'Sanctions', higherIsBetter: null },
};

/** Where HR figures come from: the server's table (server/db/hr-figures.ts) or a list in a test. */
export interface HrSource {
  /** Every directorate's figures of `period`; none when nothing was imported for it. */
  hrFigures(period: string): Promise<readonly HrFigures[]>;
}
