/**
 * Every text of Peil's own pages, Dutch first. Survey texts come from the survey definitions;
 * SurveyJS's own buttons and messages from its Dutch locale (imported in survey-setup.ts).
 */
import type { RefusalReason } from './refusal.ts';

export type Locale = 'nl' | 'en';

const nl = {
  switchTo: 'English',
  switchToLang: 'en',
  switchLabel: 'Read this page in English',
  skipToContent: 'Direct naar de inhoud',
  listTitle: 'Vragenlijsten',
  listIntro: 'Kies de vragenlijst uit je uitnodiging.',
  pageNotFoundTitle: 'Deze pagina bestaat niet',
  pageNotFoundBody: 'Controleer het adres, of ga naar de lijst met vragenlijsten.',
  loading: 'Bezig met laden…',
  notFound: 'Deze vragenlijst bestaat niet (meer). Controleer de link in je uitnodiging.',
  loadFailed: 'De vragenlijst kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  start: 'Beginnen',
  pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  resume: 'Verder waar je was',
  privacyTitle: 'Wat we bewaren, en wat niet',
  privacyStored: [
    'Je antwoorden, zonder je naam, e-mailadres of personeelsnummer.',
    'Het halfjaar waarin je antwoordde (bijvoorbeeld 2026-H2), niet de dag of het tijdstip.',
  ],
  privacyNotStored: [
    'Je IP-adres, je browser of apparaat, of de pagina waar je vandaan kwam.',
    'Iets waarmee je antwoorden aan je uitnodiging of aan jou te koppelen zijn.',
  ],
  privacyNotStoredTitle: 'Wat we niet bewaren:',
  privacyStoredTitle: 'Wat we wel bewaren:',
  privacyReporting:
    'Uitkomsten tonen we alleen voor groepen van minstens 5 mensen (10 bij vragen over herkomst of beperking), zodat niemand te herkennen is.',
  privacyDevice:
    'Zolang je bezig bent, bewaart deze browser je antwoorden in dit tabblad, zodat je na herladen verder kunt, en een anoniem bewijs dat je mag meedoen, zodat je je link later in deze browser opnieuw kunt openen. Na het versturen worden ze hier gewist.',
  voluntary: 'Meedoen is vrijwillig. Vragen zonder sterretje mag je overslaan.',
  sending: 'Je antwoorden worden verstuurd…',
  retrying: 'Geen verbinding. We proberen het opnieuw; sluit deze pagina niet.',
  sendFailed: 'Je antwoorden konden niet worden opgeslagen',
  refusals: {
    unknownLink: 'Deze link is niet (meer) geldig. Controleer of je de hele link uit je uitnodiging hebt gebruikt.',
    linkRequired: 'Deze vragenlijst vul je in via de link in je uitnodiging. Open die link om te beginnen.',
    linkUsed: 'Met deze uitnodiging zijn de vragen al beantwoord.',
    waveClosed: 'De vragenlijst is intussen gesloten. Je antwoorden zijn niet opgeslagen.',
    invalidAnswers: 'Sommige antwoorden passen niet bij de vragenlijst. Ga terug, controleer ze en verstuur opnieuw.',
    invalidBody: 'De server begreep de inzending niet. Herlaad de pagina en probeer het opnieuw.',
    keyReused: 'Deze inzending is eerder met andere antwoorden verstuurd. Herlaad de pagina en probeer het opnieuw.',
    tooLarge: 'Je antwoorden zijn te lang om te versturen. Maak je toelichting korter.',
    versionChanged: 'Herlaad de pagina om de nieuwste versie te beantwoorden.',
    tooBusy: 'Het is even te druk. Probeer het over een paar minuten opnieuw.',
    other: 'Er ging iets mis bij het opslaan. Probeer het later opnieuw.',
  } satisfies Record<RefusalReason, string>,
  refusedQuestions: 'Vragen:',
  thanksTitle: 'Bedankt!',
  thanksBody: 'Je antwoorden zijn opgeslagen. Je kunt deze pagina nu sluiten.',
  changedTitle: 'De vragenlijst is gewijzigd',
  footer: 'Peil — anoniem onderzoek voor de gemeente Amsterdam',
  footerLinks: 'Contact en verklaringen',
  contact: (email: string) => `Contact: ${email}`,
  privacyStatement: 'Privacyverklaring',
  accessibilityStatement: 'Toegankelijkheidsverklaring',
  closedTitle: 'Deze vragenlijst is gesloten',
  closedBody: 'Je kunt deze vragenlijst op dit moment niet invullen. Bedankt voor je interesse.',
  usedTitle: 'Deze link is al gebruikt',
  usedBody:
    'Deze link is al geopend, in een andere browser of op een ander apparaat. Ga daar verder met de vragenlijst; heb je de vragen al beantwoord, dan hoef je niets meer te doen. Elke link werkt in één browser en één keer, zodat iedereen maar één keer meetelt. Heb je de link niet zelf geopend? Neem dan contact op met het onderzoeksteam via het adres onderaan deze pagina.',
  unknownTitle: 'Deze link werkt niet',
  unknownBody: 'Controleer of je de hele link uit je uitnodiging hebt gebruikt.',
  inviteOnlyTitle: 'Alleen met een persoonlijke uitnodiging',
  inviteOnlyBody: 'Deze vragenlijst vul je in via de link in je uitnodiging. Open die link om te beginnen.',
  assignmentOnlyTitle: 'Alleen met een opdrachtlink',
  assignmentOnlyBody: 'Dit formulier vul je als mystery guest in via de link van je opdracht. Open die link om te beginnen.',
};

const en: typeof nl = {
  switchTo: 'Nederlands',
  switchToLang: 'nl',
  switchLabel: 'Lees deze pagina in het Nederlands',
  skipToContent: 'Skip to content',
  listTitle: 'Surveys',
  listIntro: 'Choose the survey from your invitation.',
  pageNotFoundTitle: 'This page does not exist',
  pageNotFoundBody: 'Check the address, or go to the list of surveys.',
  loading: 'Loading…',
  notFound: 'This survey does not exist (any more). Check the link in your invitation.',
  loadFailed: 'The survey could not be loaded. Check your connection and try again.',
  start: 'Start',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  resume: 'Continue where you left off',
  privacyTitle: 'What we keep, and what we do not',
  privacyStored: [
    'Your answers, without your name, e-mail address or staff number.',
    'The half-year in which you answered (for example 2026-H2), not the day or the time.',
  ],
  privacyNotStored: [
    'Your IP address, your browser or device, or the page you came from.',
    'Anything that links your answers to your invitation or to you.',
  ],
  privacyNotStoredTitle: 'What we do not keep:',
  privacyStoredTitle: 'What we keep:',
  privacyReporting:
    'We only show results for groups of at least 5 people (10 for questions on origin or disability), so nobody can be recognised.',
  privacyDevice:
    'While you answer, this browser keeps your answers in this tab, so you can continue after a reload, and an anonymous proof that you may take part, so you can open your link again later in this browser. They are erased here once sent.',
  voluntary: 'Taking part is voluntary. You may skip questions without an asterisk.',
  sending: 'Sending your answers…',
  retrying: 'No connection. We keep trying; please do not close this page.',
  sendFailed: 'Your answers could not be saved',
  refusals: {
    unknownLink: 'This link is not (or no longer) valid. Check that you used the whole link from your invitation.',
    linkRequired: 'This survey is answered through the link in your invitation. Open that link to start.',
    linkUsed: 'The questions have already been answered with this invitation.',
    waveClosed: 'The survey has closed in the meantime. Your answers were not saved.',
    invalidAnswers: 'Some answers do not fit the survey. Go back, check them and send again.',
    invalidBody: 'The server did not understand the submission. Reload the page and try again.',
    keyReused: 'This submission was sent before with other answers. Reload the page and try again.',
    tooLarge: 'Your answers are too long to send. Please shorten your explanation.',
    versionChanged: 'Reload the page to answer the latest version.',
    tooBusy: 'It is busy right now. Please try again in a few minutes.',
    other: 'Something went wrong while saving. Please try again later.',
  },
  refusedQuestions: 'Questions:',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your answers have been saved. You can close this page now.',
  changedTitle: 'The survey has changed',
  footer: 'Peil — anonymous research for the City of Amsterdam',
  footerLinks: 'Contact and statements',
  contact: (email: string) => `Contact: ${email}`,
  privacyStatement: 'Privacy statement',
  accessibilityStatement: 'Accessibility statement',
  closedTitle: 'This survey is closed',
  closedBody: 'You cannot fill in this survey at the moment. Thank you for your interest.',
  usedTitle: 'This link has already been used',
  usedBody:
    'This link was already opened, in another browser or on another device. Please continue the survey there; if you have already answered, there is nothing more to do. Each link works in one browser and once, so everyone counts once. Did you not open the link yourself? Please contact the research team at the address at the bottom of this page.',
  unknownTitle: 'This link does not work',
  unknownBody: 'Check that you used the whole link from your invitation.',
  inviteOnlyTitle: 'Personal invitation only',
  inviteOnlyBody: 'This survey is answered through the link in your invitation. Open that link to start.',
  assignmentOnlyTitle: 'Assignment link only',
  assignmentOnlyBody: 'Mystery guests fill in this form through the link of their assignment. Open that link to start.',
};

export type UiText = typeof nl;
export const uiText: Record<Locale, UiText> = { nl, en };

const LOCALE_KEY = 'peil:locale';

/**
 * The language of this tab: the one chosen with the switch, else the first of the browser's
 * languages that Peil speaks (Dutch or English), else Dutch.
 */
export function initialLocale(): Locale {
  const chosen = sessionStorage.getItem(LOCALE_KEY);
  if (chosen === 'nl' || chosen === 'en') return chosen;
  return browserLocale(navigator.languages ?? [navigator.language]);
}

/** The first of `languages` (BCP 47 tags, most preferred first) that is Dutch or English; Dutch otherwise. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}

export function rememberLocale(locale: Locale): void {
  sessionStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
