/**
 * The organisation that runs this Peil: who is responsible, how respondents reach it, and the facts
 * of its privacy statement and accessibility statement (toegankelijkheidsverklaring). One place to
 * change for another organisation, next to theme.ts for the look. Texts in Dutch (`nl`) and English (`en`).
 *
 * The addresses below are the City of Amsterdam's research team's as configured for this deployment:
 * confirm them with the team that fields the survey before publishing.
 */
export interface Organisation {
  name: { nl: string; en: string };
  /** Where respondents ask questions about a survey (shown in the footer as a mailto link). */
  contactEmail: string;
  /** The data protection officer (functionaris gegevensbescherming). */
  privacyOfficerEmail: string;
  /** Months raw answers are kept after a wave closes unless the researcher sets a shorter period (server default: 730 days). */
  retentionMonths: number;
  accessibility: {
    /** The status of the standard Dutch statement: A fully compliant ... E not compliant. */
    status: 'A' | 'B' | 'C' | 'D' | 'E';
    /** When the statement was drawn up and last checked (ISO date). */
    date: string;
    /** Working days within which the organisation answers feedback on accessibility. */
    answerWithinWorkingDays: number;
    /** Where to complain when the organisation does not answer or the answer does not satisfy. */
    ombudsman: { nl: string; en: string };
  };
}

export const organisation: Organisation = {
  name: { nl: 'Gemeente Amsterdam', en: 'City of Amsterdam' },
  contactEmail: 'peil@amsterdam.nl',
  privacyOfficerEmail: 'privacy@amsterdam.nl',
  retentionMonths: 24,
  accessibility: {
    status: 'C',
    date: '2026-12-04',
    answerWithinWorkingDays: 5,
    ombudsman: { nl: 'de Ombudsman Metropool Amsterdam', en: 'the Ombudsman Metropool Amsterdam' },
  },
};
