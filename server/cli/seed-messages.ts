/** What `npm run seed` says (server/cli/seed.ts), in Dutch and English. */
import { bilingual } from '../../survey-format/command-line/bilingual.ts';

export const SEED_MESSAGES = bilingual({
  usage: {
    nl: `Gebruik: npm run seed -- [--force] [--scale N] [--seed N] [--lang nl|en]

Vult de database uit DATABASE_URL (standaard file:data/peil.db) met nepantwoorden voor elke
vragenlijst: golven 2025-H1 tot en met 2026-H2 (alle gesloten behalve de laatste), één
uitnodigingsbatch per directie, en registerregels (vacatureprocedures, onboarding-audits) voor elke
directie en elk halfjaar.
  --force     verwijder eerst de golven, uitnodigingen en antwoorden die al in de database staan
  --scale N   vermenigvuldig het aantal genodigden (standaard 1: ongeveer 10.000 antwoorden per golf)
  --seed N    beginwaarde van de toevalsgenerator (standaard 1)
Spreekt Nederlands, of Engels met --lang en of als LANG met "en" begint.`,
    en: `Usage: npm run seed -- [--force] [--scale N] [--seed N] [--lang nl|en]

Fills the database named by DATABASE_URL (default file:data/peil.db) with fake answers for every
survey: waves 2025-H1 to 2026-H2 (all but the last closed), one invitation batch per directorate,
and register records (vacancy procedures, onboarding audits) for every directorate and half-year.
  --force     delete the waves, invitations and answers already in the database first
  --scale N   multiply the number of invitees (default 1: about 10,000 answers per wave)
  --seed N    seed of the random generator (default 1)
Speaks Dutch, or English with --lang en or when LANG starts with "en".`,
  },
  numbers: {
    nl: '--scale moet een getal boven 0 zijn en --seed een heel getal.',
    en: '--scale must be a number above 0 and --seed a whole number.',
  },
  notEmpty: {
    nl: (database: string, answers: number, waves: number) => `De ${database} bevat al ${answers} antwoorden in ${waves} golven; er is niets toegevoegd. Met --force verwijder je ze eerst.`,
    en: (database: string, answers: number, waves: number) => `The ${database} already holds ${answers} answers in ${waves} waves; not seeding. Use --force to delete them first.`,
  },
  wave: {
    nl: (survey: string, period: string, invited: number, answers: number, open: boolean) => `${survey} ${period}: ${invited} genodigden, ${answers} antwoorden${open ? ' (open)' : ''}`,
    en: (survey: string, period: string, invited: number, answers: number, open: boolean) => `${survey} ${period}: ${invited} invited, ${answers} answers${open ? ' (open)' : ''}`,
  },
  seeded: {
    nl: (answers: number, waves: number, records: number, hrRows: number, database: string, seconds: string) =>
      `${answers} antwoorden in ${waves} golven, ${records} registerregels en ${hrRows} regels HR-cijfers in de ${database} gezet in ${seconds} s.`,
    en: (answers: number, waves: number, records: number, hrRows: number, database: string, seconds: string) =>
      `Seeded ${answers} answers in ${waves} waves, ${records} register records and ${hrRows} rows of HR figures into the ${database} in ${seconds} s.`,
  },
});
