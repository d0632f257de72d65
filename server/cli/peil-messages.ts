/** What `npm run peil` says (server/cli/peil.ts), in Dutch and English; a refusal's own words come from server/problem-text.ts. */
import { bilingual } from '../../survey-format/command-line/bilingual.ts';

export const PEIL_MESSAGES = bilingual({
  usage: {
    nl: `Gebruik: npm run peil -- <opdracht> [--lang nl|en]

  wave create <vragenlijst-id> [--period 2026-H2] [--opens JJJJ-MM-DD] [--closes JJJJ-MM-DD]
              [--mode invitation|open|assignment] [--k 5] [--k-special 10] [--retention-days 730]
         opent een golf: een versie van de vragenlijst in een periode, met uitnodigingen, een open
         link of opdrachten, drempel k en bewaartermijn in dagen
  wave close <golf-id>
  wave list [vragenlijst-id]
  wave status <golf-id>
  invite <golf-id> --count N [--attr naam=waarde ...] [--base-url URL] [--out links.csv]
         maakt N uitnodigingslinks, eenmalig: Peil bewaart alleen een hash van elke link
  assign <golf-id> --targets targets.csv [--base-url URL] [--out links.csv]
         targets.csv: reference,directorate,kind,paired (paired: ja of nee); één link per
         opdracht, twee per gekoppeld doel
  retention [--dry-run]
         verwijdert de ruwe antwoorden van gesloten golven waarvan de bewaartermijn voorbij is, en
         bewaart hun gepubliceerde cijfers; --dry-run laat alleen zien welke golven dat zijn

Gebruikt DATABASE_URL (standaard file:data/peil.db), STAFF_DATABASE_URL (standaard ernaast) en
SURVEYS_DIR (standaard surveys), net als npm start. Spreekt Nederlands, of Engels met --lang en of
als LANG met "en" begint.`,
    en: `Usage: npm run peil -- <command> [--lang nl|en]

  wave create <survey-id> [--period 2026-H2] [--opens YYYY-MM-DD] [--closes YYYY-MM-DD]
              [--mode invitation|open|assignment] [--k 5] [--k-special 10] [--retention-days 730]
         opens a wave: one version of the survey in one period, by invitation, open link or
         assignment, with its threshold k and retention in days
  wave close <wave-id>
  wave list [survey-id]
  wave status <wave-id>
  invite <wave-id> --count N [--attr name=value ...] [--base-url URL] [--out links.csv]
         makes N invitation links, once: Peil keeps only a hash of each
  assign <wave-id> --targets targets.csv [--base-url URL] [--out links.csv]
         targets.csv: reference,directorate,kind,paired (paired: ja or nee); one link per
         assignment, two per paired target
  retention [--dry-run]
         delete the raw answers of closed waves past their retention period, keeping their
         published figures; --dry-run only lists those waves

Uses DATABASE_URL (default file:data/peil.db), STAFF_DATABASE_URL (default beside it) and SURVEYS_DIR
(default surveys), like npm start. Speaks Dutch, or English with --lang en or when LANG starts with "en".`,
  },
  created: {
    nl: (wave: string, survey: string, version: string, opens: string, closes: string, mode: string, k: string, days: number) =>
      `Golf ${wave} geopend: ${survey} ${version}, ${opens} tot en met ${closes}, ${mode}, k=${k}, ruwe antwoorden ${days} dagen bewaard.`,
    en: (wave: string, survey: string, version: string, opens: string, closes: string, mode: string, k: string, days: number) =>
      `Created wave ${wave}: ${survey} ${version}, ${opens} to ${closes}, ${mode}, k=${k}, raw answers kept ${days} days.`,
  },
  closed: { nl: (wave: string) => `Golf ${wave} gesloten; de gegevens tegen dubbel versturen zijn verwijderd.`, en: (wave: string) => `Closed wave ${wave}; its idempotency records are deleted.` },
  noWaves: { nl: 'Nog geen golven. Open er een met: npm run peil -- wave create <vragenlijst-id>', en: 'No waves yet. Create one with: npm run peil -- wave create <survey-id>' },
  planned: { nl: 'gepland', en: 'planned' },
  open: { nl: 'open', en: 'open' },
  closedStatus: { nl: 'gesloten', en: 'closed' },
  answersDeleted: { nl: (on: string) => `antwoorden verwijderd op ${on}`, en: (on: string) => `answers deleted ${on}` },
  noSuchWave: { nl: (wave: string) => `golf "${wave}" bestaat niet`, en: (wave: string) => `wave "${wave}" does not exist` },
  noSuchSurvey: { nl: (survey: string) => `vragenlijst "${survey}" bestaat niet`, en: (survey: string) => `survey "${survey}" does not exist` },
  countRequired: { nl: '--count N is verplicht (een heel getal)', en: '--count N is required (a whole number)' },
  attrFormat: { nl: (given: string) => `--attr vraagt naam=waarde, niet "${given}"`, en: (given: string) => `--attr takes name=value, not "${given}"` },
  outExists: {
    nl: (file: string) => `${file} bestaat al; links worden één keer geschreven, naar een nieuw bestand`,
    en: (file: string) => `${file} exists; links are written once, to a new file`,
  },
  targetsRequired: { nl: '--targets targets.csv is verplicht', en: '--targets targets.csv is required' },
  targetsMissing: { nl: (file: string) => `${file} bestaat niet`, en: (file: string) => `${file} does not exist` },
  invalidTargets: {
    nl: (file: string, n: number) => `${file} heeft ${n} ${n === 1 ? 'probleem' : 'problemen'}:`,
    en: (file: string, n: number) => `${file} has ${n} problem${n === 1 ? '' : 's'}:`,
  },
  line: { nl: (line: number) => `regel ${line}`, en: (line: number) => `line ${line}` },
  wroteLinks: {
    nl: (n: number, wave: string, file: string) => `${n} links voor ${wave} geschreven naar ${file}.`,
    en: (n: number, wave: string, file: string) => `Wrote ${n} links for ${wave} to ${file}.`,
  },
  links: { nl: (n: number, wave: string) => `${n} links voor ${wave}.`, en: (n: number, wave: string) => `${n} links for ${wave}.` },
  wroteAssignmentLinks: {
    nl: (n: number, wave: string, file: string) => `${n} opdrachtlinks voor ${wave} geschreven naar ${file}.`,
    en: (n: number, wave: string, file: string) => `Wrote ${n} assignment links for ${wave} to ${file}.`,
  },
  assignmentLinks: { nl: (n: number, wave: string) => `${n} opdrachtlinks voor ${wave}.`, en: (n: number, wave: string) => `${n} assignment links for ${wave}.` },
  onceOnly: {
    nl: 'Ze zijn niet nog eens te zien: Peil bewaart alleen hun hashes.',
    en: 'They cannot be shown again: only their hashes are kept.',
  },
  noneDue: { nl: 'Geen enkele golf is over zijn bewaartermijn.', en: 'No wave is past its retention period.' },
  wouldPurge: {
    nl: (wave: string, until: string, answers: number) => `Zou golf ${wave} opruimen (bewaard tot ${until}): ${answers} antwoorden.`,
    en: (wave: string, until: string, answers: number) => `Would purge wave ${wave} (kept until ${until}): ${answers} answers.`,
  },
  unknownCommand: { nl: (command: string) => `onbekende opdracht: ${command}`, en: (command: string) => `unknown command: ${command}` },
  expectedOne: {
    nl: (name: string, got: number) => `verwacht één <${name}>, kreeg er ${got}`,
    en: (name: string, got: number) => `expected one <${name}>, got ${got}`,
  },
  surveyId: { nl: 'vragenlijst-id', en: 'survey-id' },
  waveId: { nl: 'golf-id', en: 'wave-id' },
});
