/**
 * The texts of the workspace's registers page (records of vacancy procedures and audits), Dutch
 * first; English complete. Kept apart from i18n.ts so the page's texts sit together.
 */
import type { Locale } from '../i18n.ts';

const nl = {
  nav: 'Registers',
  title: 'Registers van procedures',
  intro:
    'Leg per vacatureprocedure vast of de prestatieafspraken zijn nagekomen. Een record gaat over een procedure, nooit over een persoon: vul een vacaturenummer in, geen namen.',
  none: 'Er zijn geen registers waar je aan mag werken.',
  register: 'Register',
  formHeading: 'Nieuw record',
  choose: 'Kies',
  optional: '(niet verplicht)',
  save: 'Record opslaan',
  saved: (ref: string, period: string) => `Record ${ref} opgeslagen in ${period}.`,
  importHeading: 'Importeren uit het HR-systeem',
  importHint:
    'Een CSV-bestand in UTF-8 met een kopregel van de vraagnamen. Bevat één rij een fout, dan wordt niets opgeslagen en zie je elke foute rij en kolom. Hetzelfde bestand nog eens importeren verandert niets.',
  importFile: 'CSV-bestand',
  importButton: 'Importeren',
  imported: (rows: number, inserted: number, updated: number, unchanged: number) =>
    `${rows} rijen gelezen: ${inserted} nieuw, ${updated} gecorrigeerd, ${unchanged} ongewijzigd.`,
  noFile: 'Kies eerst een bestand.',
  findHeading: 'Een record corrigeren',
  findReference: 'Kenmerk van het record',
  findPeriod: 'Periode van het record',
  findButton: 'Record opzoeken',
  notFound: (ref: string, period: string) => `Er is geen record ${ref} in ${period}.`,
  correcting: (ref: string) => `Record ${ref} corrigeren`,
  saveCorrection: 'Correctie opslaan',
  corrected: (ref: string, period: string) => `Record ${ref} in ${period} gecorrigeerd.`,
  figuresHeading: 'Cijfers: aandeel procedures gelukt',
  period: 'Periode',
  periodHint: 'Een halfjaar, bijvoorbeeld 2026-H2.',
  showFigures: 'Cijfers tonen',
  noRecords: (period: string) => `Er zijn geen records in ${period}.`,
  group: 'Directie',
  share: 'Gelukt',
  interval: 'Marge (95%)',
  n: 'Aantal procedures (n)',
  tooFew: 'te weinig procedures',
  everyone: 'Alle directies',
};

export type RegistersText = typeof nl;

const en: RegistersText = {
  nav: 'Registers',
  title: 'Registers of procedures',
  intro: 'Record per vacancy procedure whether the performance agreements were kept. A record is about a procedure, never about a person: enter a vacancy number, no names.',
  none: 'There are no registers you may work on.',
  register: 'Register',
  formHeading: 'New record',
  choose: 'Choose',
  optional: '(optional)',
  save: 'Save record',
  saved: (ref, period) => `Record ${ref} saved in ${period}.`,
  importHeading: 'Import from the HR system',
  importHint:
    'A UTF-8 CSV file with a header of the question names. If one row has a mistake, nothing is stored and every wrong row and column is listed. Importing the same file again changes nothing.',
  importFile: 'CSV file',
  importButton: 'Import',
  imported: (rows, inserted, updated, unchanged) => `${rows} rows read: ${inserted} new, ${updated} corrected, ${unchanged} unchanged.`,
  noFile: 'Choose a file first.',
  findHeading: 'Correct a record',
  findReference: 'Reference of the record',
  findPeriod: 'Period of the record',
  findButton: 'Find record',
  notFound: (ref, period) => `There is no record ${ref} in ${period}.`,
  correcting: (ref) => `Correcting record ${ref}`,
  saveCorrection: 'Save correction',
  corrected: (ref, period) => `Record ${ref} in ${period} corrected.`,
  figuresHeading: 'Figures: share of procedures that succeeded',
  period: 'Period',
  periodHint: 'A half-year, for example 2026-H2.',
  showFigures: 'Show figures',
  noRecords: (period) => `There are no records in ${period}.`,
  group: 'Directorate',
  share: 'Succeeded',
  interval: 'Margin (95%)',
  n: 'Number of procedures (n)',
  tooFew: 'too few procedures',
  everyone: 'All directorates',
};

export const registersText: Record<Locale, RegistersText> = { nl, en };
