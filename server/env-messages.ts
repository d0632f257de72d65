/**
 * What the start-up says about a configuration variable that is wrong (server/env.ts), in Dutch and
 * English. A rule of env.ts or of OIDC_ROLES gives its key here as its zod message; zod's own
 * checks (a number, a length) are worded by the refusals' codes (server/problem-text.ts).
 */
import { bilingual } from '../survey-format/command-line/bilingual.ts';

export const ENV_MESSAGES = bilingual({
  heading: { nl: 'De configuratie klopt niet:', en: 'Invalid environment:' },
  port: { nl: 'moet een poortnummer zijn: een heel getal van 0 tot en met 65535', en: 'must be a port number: a whole number from 0 to 65535' },
  'absolute-url': { nl: 'moet een volledig adres (URL) zijn', en: 'must be an absolute URL' },
  'database-url': { nl: 'moet beginnen met file:, libsql:, http(s): of ws(s):', en: 'must start with file:, libsql:, http(s): or ws(s):' },
  'ip-list': { nl: 'moet een lijst van IP-adressen zijn, gescheiden door komma’s', en: 'must be a comma-separated list of IP addresses' },
  'with-oidc-issuer': { nl: 'is nodig samen met OIDC_ISSUER', en: 'is required with OIDC_ISSUER' },
  'staff-for-server': { nl: 'is nodig als DATABASE_URL een libSQL-server is', en: 'is required when DATABASE_URL is a libSQL server' },
  'staff-apart': {
    nl: 'mag niet gelijk zijn aan DATABASE_URL: antwoorden en medewerkersgegevens staan apart',
    en: 'must not be DATABASE_URL: answers and staff data live apart',
  },
  'roles-json': { nl: 'moet een JSON-lijst zijn', en: 'must be a JSON array' },
  'roles-empty': { nl: 'moet minstens één groep een rol geven', en: 'must map at least one group' },
  'roles-manager': {
    nl: 'een directiemanager heeft een directie nodig, en geen andere rol heeft er een',
    en: 'a manager needs a directorate, and no other role takes one',
  },
  'roles-surveys': { nl: 'alleen een onderzoeker wordt beperkt tot vragenlijsten', en: 'only a researcher is limited to surveys' },
});

/** The rules of the configuration that name their own message. */
export type EnvRule = Exclude<keyof typeof ENV_MESSAGES, 'heading'>;

/** A rule's key as a zod message, checked to be one of the table. */
export const envRule = (key: EnvRule): EnvRule => key;
