/**
 * The made-up organisation and the made-up changes the seed writes: ten directorates, five
 * instruments, four half-year waves, and a few real improvements and declines between waves, so the
 * analysis has something to find. Numbers are invented but of a plausible size for a city of
 * Amsterdam's workforce (some 16,000 employees).
 */

export interface Directorate {
  /** A unit code of the organisation list (survey-format/organisation/): the batch attribute `directie` and the answer to `directie` and `opdracht_directie`. */
  code: string;
  headcount: number;
  /** Shift of the latent climate (standard-normal units): how inclusive the directorate is. */
  climate: number;
}

export const DIRECTORATES: readonly Directorate[] = [
  { code: 'sociaal', headcount: 3200, climate: 0.1 },
  { code: 'werk_en_inkomen', headcount: 2100, climate: -0.1 },
  { code: 'ruimte_en_duurzaamheid', headcount: 1700, climate: 0.05 },
  { code: 'economie_en_cultuur', headcount: 900, climate: 0.2 },
  { code: 'dienstverlening', headcount: 2400, climate: -0.15 },
  { code: 'veiligheid', headcount: 1100, climate: -0.25 },
  { code: 'bedrijfsvoering', headcount: 1900, climate: 0.15 },
  { code: 'noord', headcount: 1300, climate: -0.05 },
  { code: 'zuidoost', headcount: 1200, climate: 0 },
  { code: 'bestuur_en_concernstaf', headcount: 300, climate: 0.3 },
];

/** The waves, oldest first; all but the last are closed. */
export const WAVES = [
  { period: '2025-H1', opensOn: '2025-03-01', closesOn: '2025-06-30' },
  { period: '2025-H2', opensOn: '2025-09-01', closesOn: '2025-12-31' },
  { period: '2026-H1', opensOn: '2026-03-01', closesOn: '2026-06-30' },
  { period: '2026-H2', opensOn: '2026-09-01', closesOn: '2026-12-31' },
] as const;

/**
 * How an indicator's answers move: `p` is the base chance of the counted answer (proportion,
 * compliance); `shift` per wave is added on the logit scale for those, and to the latent score
 * (standard-normal units, about 18 points on a 0-100 scale) for ratings and scales; `directorate`
 * adds a shift per directorate code from the given wave on. `climate` ties a proportion to the
 * respondent's latent climate (negative: less likely in an inclusive climate).
 */
export interface Trend {
  p?: number;
  shift?: readonly number[];
  directorate?: { from: number; shifts: Readonly<Record<string, number>> };
  climate?: number;
  /** For a `reasons` indicator: how often each reason is named, relative to the others (unlisted: 1). */
  reasons?: Readonly<Record<string, number>>;
  /** For number questions: mean and sd of the value, `shift` added to the mean. */
  number?: { mean: number; sd: number };
}

export interface InstrumentPlan {
  survey: string;
  /**
   * Invitees of a directorate per wave, at scale 1. Not for an observation protocol: its fieldwork
   * (PAIRED_TESTING) decides how many observations there are, and the links follow from those.
   */
  invitees?: (d: Directorate) => number;
  /** Chance that an invitee answers (for observations: that a tester's link is used), per wave index. */
  responseRate: readonly number[];
  trends: Readonly<Record<string, Trend>>;
}

export const PLANS: readonly InstrumentPlan[] = [
  {
    survey: 'inclusie',
    invitees: (d) => d.headcount,
    responseRate: [0.42, 0.41, 0.5, 0.48],
    trends: {
      // An inclusion programme from 2026: belonging up, experienced discrimination down.
      inclusie: { shift: [0, 0, 0.35, 0.4] },
      ervaren_discriminatie: { p: 0.14, shift: [0, 0.02, -0.45, -0.5], climate: -0.5 },
      ervaren_ongewenst_gedrag: { p: 0.18, climate: -0.5 },
      getuige_discriminatie: { p: 0.2, climate: -0.3 },
      getuige_ongewenst_gedrag: { p: 0.25, climate: -0.3 },
      gemeld: { p: 0.3, shift: [0, 0, 0.2, 0.3] },
      // A reorganisation hurts psychological safety in one directorate.
      sociale_veiligheid: { shift: [0, 0, 0, 0], directorate: { from: 2, shifts: { veiligheid: -0.7 } } },
    },
  },
  {
    survey: 'toegankelijkheid',
    invitees: (d) => Math.round(d.headcount * 0.25),
    responseRate: [0.38, 0.4, 0.39, 0.41],
    trends: {
      // A new case-management system in 2026-H1 is hard to use with assistive technology.
      toegankelijkheid_digitaal: { shift: [0, 0, -0.6, -0.3] },
      toegankelijkheid_fysiek: { shift: [0, 0.1, 0.15, 0.2] },
      voorziening_gekregen: { p: 0.6 },
      voorziening_gevraagd: { p: 0.45 },
      weet_waar_voorziening: { p: 0.5, shift: [0, 0, 0.3, 0.5] },
    },
  },
  {
    survey: 'onboarding',
    invitees: (d) => Math.round(d.headcount * 0.06),
    responseRate: [0.55, 0.52, 0.57, 0.56],
    trends: {
      // A buddy programme starts in 2026.
      buddy: { p: 0.4, shift: [0, 0.1, 0.9, 1.1] },
      welkomstprogramma_aangeboden: { p: 0.65 },
      werkplek_geregeld: { p: 0.7, shift: [0, -0.2, -0.2, 0.1] },
    },
  },
  {
    survey: 'exit',
    invitees: (d) => Math.round(d.headcount * 0.04),
    responseRate: [0.35, 0.36, 0.34, 0.37],
    trends: {
      // Exit interviews offered as standard from 2026.
      exitgesprek_aangeboden: { p: 0.55, shift: [0, 0, 0.9, 1.0] },
      ongewenst_gedrag_speelde_rol: { p: 0.15, climate: -0.4 },
      niet_erbij_horen_speelde_rol: { p: 0.22, climate: -0.4 },
      zou_terugkomen: { p: 0.45, climate: 0.3 },
      vertrek_te_voorkomen: { p: 0.4 },
      // Workload, the manager and growth lead, as in most exit surveys; accessibility is rare.
      vertrekredenen_weg: { reasons: { werkdruk: 9, leidinggevende: 7, geen_groei: 6, cultuur: 5, waardering: 5, organisatie: 4, arbeidsvoorwaarden: 4, inhoud_werk: 3, ongewenst_gedrag: 2, werk_prive: 2, geen_vast_contract: 2, toegankelijkheid: 0.5 } },
      vertrekredenen_trek: { reasons: { beter_aanbod: 8, carrierestap: 7, ander_werk: 4, persoonlijk: 2, verhuizing: 1.5, studie: 1 } },
    },
  },
  {
    survey: 'mystery-guest',
    responseRate: [0.85, 0.85, 0.88, 0.86],
    trends: {
      // New vacancy-text guidelines in 2026.
      vacaturetekst_inclusief: { p: 0.5, shift: [0, 0.2, 0.8, 0.9] },
      vacature_zonder_onnodige_eisen: { p: 0.6 },
      vacature_zonder_drempels: { p: 0.35 },
      vacature_aanpassing_vermeld: { p: 0.4 },
      vacature_diversiteit_vermeld: { p: 0.55 },
      sollicitatie_toegankelijk: { p: 0.7 },
      aanpassing_mogelijk: { p: 0.75 },
      geen_onnodige_gegevens: { p: 0.6 },
      respectvolle_behandeling: { p: 0.85 },
      gelijkwaardige_behandeling: { p: 0.8 },
      geen_ongepaste_vragen: { p: 0.8 },
      gebouw_toegankelijk: { p: 0.75 },
      systeem_toegankelijk: { p: 0.7 },
      positieve_uitkomst: { p: 0.4 },
      reactietijd: { number: { mean: 14, sd: 6 }, shift: [0, -1, -4, -4.5] },
    },
  },
];

/** Background answers: weights per choice; whatever is missing from a survey's choices is skipped. */
export const BACKGROUND: Readonly<Record<string, readonly (readonly [string | undefined, number])[]>> = {
  schaalgroep: [['t_m_8', 35], ['9_11', 40], ['12_plus', 20], ['zeg_ik_liever_niet', 3], [undefined, 2]],
  leeftijdsgroep: [['jonger_dan_35', 30], ['35_54', 45], ['55_plus', 20], ['zeg_ik_liever_niet', 3], [undefined, 2]],
  herkomst: [['nederland', 58], ['europa', 10], ['buiten_europa', 24], ['zeg_ik_liever_niet', 5], [undefined, 3]],
  beperking: [['ja', 13], ['nee', 77], ['zeg_ik_liever_niet', 7], [undefined, 3]],
};

/**
 * Cultural diversity from scale 12 up, per wave: the share with a migration background (herkomst
 * europa or buiten_europa) among respondents in schaalgroep 12_plus who answer the origin question,
 * rising over the waves. Of them, `outsideEurope` were born (or had a parent born) outside Europe:
 * the Buiten-Europese herkomst the programme's target follows (inclusie.json,
 * doel_culturele_diversiteit_12_plus; its seeded 2024 baseline is in seed.ts).
 */
export const DIVERSITY_12_PLUS = { share: [0.29, 0.31, 0.335, 0.36] as readonly number[], outsideEurope: 0.65 };

/** Latent-climate shifts of background groups (the groups the monitor exists for fare worse). */
export const BACKGROUND_CLIMATE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  herkomst: { buiten_europa: -0.3, europa: -0.1 },
  beperking: { ja: -0.4 },
};

/**
 * Mystery-guest fieldwork: vacancies tested by matched pairs of testers, per directorate and wave.
 * `invited` is the chance that the majority profile is invited on an average vacancy, `gap` the
 * minority profile's disadvantage on the logit scale (−0.9: some 45% against 25%), larger in one
 * directorate and smaller in another, and narrowing from 2026 after new selection guidelines.
 * `vacancySd` spreads vacancies' appeal (shared by both testers of a pair, so outcomes correlate).
 */
export const PAIRED_TESTING = {
  pairsPerDirectorate: 12,
  minPairs: 3,
  visitsPerDirectorate: 4,
  invited: 0.45,
  nextRound: 0.4,
  gap: -0.9,
  gapByDirectorate: { veiligheid: -0.5, bestuur_en_concernstaf: 0.4 } as Readonly<Record<string, number>>,
  gapTrend: [0, 0, 0.2, 0.3] as readonly number[],
  vacancySd: 0.7,
  /** Share of testers whose procedure had not ended when the wave closed. */
  unfinished: 0.04,
} as const;
