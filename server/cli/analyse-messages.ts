/** What `npm run analyse` says (server/cli/analyse.ts), in Dutch and English. */
import { bilingual } from '../../survey-format/command-line/bilingual.ts';

export const ANALYSE_MESSAGES = bilingual({
  usage: {
    nl: `Gebruik: npm run analyse -- --wave PERIODE [--survey ID] [--format json|csv|html] [--out MAP] [--lang nl|en]

Berekent elke indicator van de golf PERIODE (bijvoorbeeld 2026-H1) van elke vragenlijst (of alleen
--survey ID), voor iedereen en per groep, met de verandering sinds de vorige golf, na de bescherming
van kleine aantallen. Leest de database uit DATABASE_URL (standaard file:data/peil.db).
  --wave PERIODE   de periode van de golf, bijvoorbeeld 2026-H1 (verplicht)
  --survey ID      alleen deze vragenlijst, bijvoorbeeld inclusie
  --format FORMAAT json (standaard): elk cijfer, per vragenlijst de open antwoorden (openTexts) en,
                   voor mystery guests, de paired testing (paired), en "% procedures gelukt" van de
                   registers per directie (procedures); csv: één regel per indicator en groep, met
                   doelen, paired testing en procedures; html: één rapport met grafieken dat op
                   zichzelf werkt, MAP/monitor-<periode>.html (MAP: --out, anders de huidige map)
  --out MAP        schrijf één bestand per vragenlijst, MAP/<vragenlijst>-<periode>.<formaat>, in plaats
                   van naar de standaarduitvoer
  --monitor        in plaats daarvan de integrale monitor van het halfjaar PERIODE: de pagina van elke
                   directie en het overzicht van de stad (kernindicatoren van de vragenlijsten, doelen,
                   afspraken, HR-cijfers), als MAP/integrale-monitor-<periode>.html en .json (MAP: --out, anders .)
Spreekt Nederlands, of Engels met --lang en of als LANG met "en" begint.`,
    en: `Usage: npm run analyse -- --wave PERIOD [--survey ID] [--format json|csv|html] [--out DIR] [--lang nl|en]

Computes every indicator of the wave PERIOD (e.g. 2026-H1) of every survey (or only --survey ID),
overall and per group, with the change since the previous wave, after disclosure control.
Reads the database named by DATABASE_URL (default file:data/peil.db).
  --wave PERIOD    the wave's period, e.g. 2026-H1 (required)
  --survey ID      only this survey, e.g. inclusie
  --format FORMAT  json (default): every figure, per survey its open answers (openTexts) and,
                   for mystery guests, paired testing (paired), and the registers'
                   "% procedures gelukt" per directorate (procedures); csv: one row per
                   indicator and group, targets, paired testing and procedures included; html: one self-contained
                   report with charts, DIR/monitor-<period>.html (DIR: --out, else the current directory)
  --out DIR        write one file per survey, DIR/<survey>-<period>.<format>, instead of to standard output
  --monitor        the integral monitor of the half-year PERIOD instead: every directorate's page and
                   the city overview (surveys' headline indicators, targets, agreements, HR figures),
                   written as DIR/integrale-monitor-<period>.html and .json (DIR: --out, else .)
Speaks Dutch, or English with --lang en or when LANG starts with "en".`,
  },
  waveRequired: { nl: '--wave is verplicht.', en: '--wave is required.' },
  notPeriod: { nl: (given: string) => `--wave "${given}" is geen periode zoals 2026-H1.`, en: (given: string) => `--wave "${given}" is not a period like 2026-H1.` },
  notSurveyId: { nl: (given: string) => `--survey "${given}" is geen vragenlijst-id.`, en: (given: string) => `--survey "${given}" is not a survey id.` },
  format: { nl: (given: string) => `--format moet json, csv of html zijn, niet "${given}".`, en: (given: string) => `--format must be json, csv or html, not "${given}".` },
  outEmpty: { nl: '--out heeft een map nodig.', en: '--out needs a directory.' },
  monitorHalfYear: {
    nl: (given: string) => `--monitor heeft een halfjaar nodig zoals 2026-H2, niet "${given}".`,
    en: (given: string) => `--monitor needs a half-year like 2026-H2, not "${given}".`,
  },
  monitorAlone: {
    nl: '--monitor schrijft elke vragenlijst als HTML en JSON: laat --survey en --format weg.',
    en: '--monitor writes every survey as HTML and JSON: leave out --survey and --format.',
  },
  noWave: { nl: (wave: string) => `Geen enkele vragenlijst heeft een golf "${wave}".`, en: (wave: string) => `No survey has a wave "${wave}".` },
  noSurveyWave: {
    nl: (survey: string, wave: string) => `Vragenlijst "${survey}" heeft geen golf "${wave}".`,
    en: (survey: string, wave: string) => `Survey "${survey}" has no wave "${wave}".`,
  },
  rows: {
    nl: (file: string, rows: number, hidden: number) => `${file}: ${rows} regels, waarvan ${hidden} verborgen`,
    en: (file: string, rows: number, hidden: number) => `${file}: ${rows} rows, ${hidden} hidden`,
  },
});
