/**
 * The texts of the workspace's monitor pages (the city overview and a directorate's page), Dutch
 * first; English complete. The words about figures themselves are analysis/monitor/words.ts.
 */
import type { Locale } from '../i18n.ts';

const nl = {
  nav: 'Monitor',
  overviewTitle: (period: string) => `Integrale monitor ${period}: alle directies`,
  pageTitle: (place: string, period: string) => `Integrale monitor ${period}: ${place}`,
  intro:
    'Alle kerncijfers van de vragenlijsten, de doelen, de prestatieafspraken en de HR-cijfers naast elkaar. Elk cijfer is hetzelfde als in het rapport van zijn eigen vragenlijst of register; wat daar verborgen is, is het hier ook.',
  period: 'Periode',
  periodHint: 'Een halfjaar, bijvoorbeeld 2026-H2.',
  show: 'Tonen',
  loading: 'Cijfers worden geladen…',
  summaryHeading: 'Samenvatting',
  improved: 'Verbeterd',
  declined: 'Verslechterd',
  missed: 'Doel of afspraak niet gehaald',
  nothing: 'Niets.',
  summaryNote: 'Verbeterd of verslechterd: een duidelijke (significante) verandering sinds het vorige halfjaar.',
  overviewCaption: (period: string) => `Kerncijfers per directie, ${period}. Verborgen cijfers staan erbij met de reden.`,
  indicator: 'Cijfer',
  source: 'Bron',
  value: 'Cijfer',
  interval: 'Marge (95%)',
  change: 'Verandering',
  trend: 'Verloop',
  goal: 'Doel',
  city: 'Hele stad',
  details: 'Details',
  n: 'Aantal (n)',
  goalSource: 'Bron van het doel',
  directorates: 'Directies',
  openPage: (place: string) => `Pagina van ${place}`,
  toOverview: 'Naar het overzicht van alle directies',
  hrHeading: 'HR-cijfers importeren',
  hrHint:
    'Een CSV-bestand (UTF-8, komma of puntkomma) met de kolommen periode, directie, bezetting, verzuim_pct, instroom, doorstroom, uitstroom, meldingen en sancties: één rij per directie en halfjaar. Bevat één rij een fout, dan wordt niets opgeslagen. Een nieuw bestand voor een halfjaar vervangt dat halfjaar helemaal (zo corrigeer je); hetzelfde bestand nog eens verandert niets.',
  hrFile: 'CSV-bestand met HR-cijfers',
  hrImport: 'Importeren',
  hrNoFile: 'Kies eerst een bestand.',
  hrImported: (rows: number, inserted: number, updated: number, unchanged: number, removed: number) =>
    `${rows} rijen gelezen: ${inserted} nieuw, ${updated} gecorrigeerd, ${unchanged} ongewijzigd, ${removed} verwijderd.`,
};

export type MonitorText = typeof nl;

const en: MonitorText = {
  nav: 'Monitor',
  overviewTitle: (period) => `Integral monitor ${period}: every directorate`,
  pageTitle: (place, period) => `Integral monitor ${period}: ${place}`,
  intro:
    "Every headline figure of the surveys, the targets, the performance agreements and the HR figures side by side. Each figure is the one in its own survey's or register's report; what is hidden there is hidden here too.",
  period: 'Period',
  periodHint: 'A half-year, for example 2026-H2.',
  show: 'Show',
  loading: 'Loading figures…',
  summaryHeading: 'Summary',
  improved: 'Improved',
  declined: 'Declined',
  missed: 'Target or agreement missed',
  nothing: 'Nothing.',
  summaryNote: 'Improved or declined: a clear (significant) change since the previous half-year.',
  overviewCaption: (period) => `Headline figures per directorate, ${period}. Hidden figures are marked with the reason.`,
  indicator: 'Figure',
  source: 'Source',
  value: 'Figure',
  interval: 'Margin (95%)',
  change: 'Change',
  trend: 'Trend',
  goal: 'Target',
  city: 'Whole city',
  details: 'Details',
  n: 'Number (n)',
  goalSource: 'Source of the target',
  directorates: 'Directorates',
  openPage: (place) => `Page of ${place}`,
  toOverview: 'To the overview of every directorate',
  hrHeading: 'Import HR figures',
  hrHint:
    'A CSV file (UTF-8, comma or semicolon) with the columns periode, directie, bezetting, verzuim_pct, instroom, doorstroom, uitstroom, meldingen and sancties: one row per directorate and half-year. If one row has a mistake, nothing is stored. A new file for a half-year replaces that half-year entirely (that is how to correct it); the same file again changes nothing.',
  hrFile: 'CSV file with HR figures',
  hrImport: 'Import',
  hrNoFile: 'Choose a file first.',
  hrImported: (rows, inserted, updated, unchanged, removed) => `${rows} rows read: ${inserted} new, ${updated} corrected, ${unchanged} unchanged, ${removed} removed.`,
};

export const monitorText: Record<Locale, MonitorText> = { nl, en };
