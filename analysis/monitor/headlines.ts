/**
 * The headline indicators of each instrument: what the integral monitor shows of a survey, with
 * whether a rise is good news (for the summary's "improved" and "declined"). Declared here, not in
 * the survey files: which figures lead a management report is a reporting choice that changes
 * more often than what is measured, and a flag in a published survey file would need a new survey
 * version (decision 021). A survey not listed shows every indicator it declares, its direction
 * unjudged, so a new instrument is never left out. Targets and agreements are always shown.
 * Exit's reasons for leaving are deliberately not listed: a ranking, read on the Cijfers page (decision 021).
 */
export const HEADLINES: Readonly<Record<string, Readonly<Record<string, { higherIsBetter: boolean | null }>>>> = {
  inclusie: {
    inclusie: { higherIsBetter: true },
    sociale_veiligheid: { higherIsBetter: true },
    ervaren_discriminatie: { higherIsBetter: false },
    ervaren_ongewenst_gedrag: { higherIsBetter: false },
    gemeld: { higherIsBetter: true },
    culturele_diversiteit: { higherIsBetter: true },
  },
  toegankelijkheid: {
    toegankelijkheid_sociaal: { higherIsBetter: true },
    toegankelijkheid_fysiek: { higherIsBetter: true },
    toegankelijkheid_digitaal: { higherIsBetter: true },
    voorziening_gekregen: { higherIsBetter: true },
  },
  onboarding: {
    welkomstprogramma_aangeboden: { higherIsBetter: true },
    erbij_horen: { higherIsBetter: true },
  },
  exit: {
    ongewenst_gedrag_speelde_rol: { higherIsBetter: false },
    vertrek_te_voorkomen: { higherIsBetter: false },
  },
  'mystery-guest': {
    gelijkwaardige_behandeling: { higherIsBetter: true },
    positieve_uitkomst: { higherIsBetter: true },
  },
};

/** Whether `indicator` of `survey` is a headline, and its direction; every indicator of an unlisted survey is one, unjudged. */
export function headlineOf(survey: string, indicator: string): { higherIsBetter: boolean | null } | undefined {
  const listed = HEADLINES[survey];
  return listed === undefined ? { higherIsBetter: null } : listed[indicator];
}
