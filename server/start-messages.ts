/**
 * What `npm start` prints on its console (server/main.ts), in Dutch and English: the language is
 * chosen as for every command line (survey-format/command-line/language.ts).
 */
import { bilingual } from '../survey-format/command-line/bilingual.ts';

export const START_MESSAGES = bilingual({
  builtClient: { nl: 'De client is gebouwd in dist/client.', en: 'Built the client into dist/client.' },
  serves: {
    nl: (surveys: number, dir: string, database: string) => `Peil biedt ${surveys} vragenlijsten aan uit ${dir}/, met de ${database}.`,
    en: (surveys: number, dir: string, database: string) => `Peil serves ${surveys} surveys from ${dir}/ with ${database}.`,
  },
  open: { nl: (url: string) => `Open ${url} in je browser.`, en: (url: string) => `Open ${url}` },
  signIn: {
    nl: (issuer: string, groups: number) => `Aanmelden gaat via ${issuer}, voor ${groups} ${groups === 1 ? 'groep' : 'groepen'}.`,
    en: (issuer: string, groups: number) => `Sign-in through ${issuer} for ${groups} group(s).`,
  },
  firstAdmin: { nl: (link: string) => `Maak het eerste beheerdersaccount aan: ${link}`, en: (link: string) => `Create the first admin account: ${link}` },
  noWave: {
    nl: 'Er is nog geen golf open, dus geen vragenlijst neemt antwoorden aan. Zo probeer je er een: npm run peil -- wave create inclusie --mode open',
    en: 'No wave is open yet, so no survey takes answers. To try one: npm run peil -- wave create inclusie --mode open',
  },
  retentionFailed: {
    nl: (error: string) => `Het opruimen na de bewaartermijn is mislukt (${error}); het gebeurt over 24 uur opnieuw.`,
    en: (error: string) => `Retention sweep failed (${error}); it runs again in 24 hours.`,
  },
  surveyFails: { nl: 'Peil kan niet starten: een vragenlijst komt niet door de controle.', en: 'Peil cannot start: a survey fails its check.' },
  cannotStart: { nl: (reason: string) => `Peil kan niet starten: ${reason}`, en: (reason: string) => `Peil cannot start: ${reason}` },
});
