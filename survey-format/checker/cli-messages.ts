/**
 * What `npm run surveys:check` and `npm run surveys:publish` say besides the checker's own
 * messages (checker-messages.ts), in Dutch and English.
 */
import { bilingual } from '../command-line/bilingual.ts';

export const SURVEY_COMMAND_MESSAGES = bilingual({
  checkUsageLine: { nl: 'Gebruik: npm run surveys:check [-- [--lang nl|en] PAD...]', en: 'Usage: npm run surveys:check [-- [--lang nl|en] PATH...]' },
  checkUsage: {
    nl: (bundled: string) => `Controleert vragenlijstdefinities: de bestanden die je noemt, elk *.json-bestand in de mappen die je noemt,
of anders ${bundled}.
Meldt elk probleem als "bestand: json-pad: melding" (zie docs/survey-format.md) en stopt met code 1 als er een is.
Gepubliceerde versies worden vergeleken met published.lock.json in de map van elke vragenlijst.
De meldingen zijn in het Nederlands, of in het Engels met --lang en of als LANG met "en" begint.`,
    en: (bundled: string) => `Checks survey definitions: the files given, every *.json in the folders given, or ${bundled} by default.
Prints each problem as "file: json-path: message" (see docs/survey-format.md) and exits 1 when there is one.
Published versions are compared with published.lock.json in each survey's folder.
Messages are in Dutch, or in English with --lang en or when LANG starts with "en".`,
  },
  problems: {
    nl: (n: number, files: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'} in ${files} ${files === 1 ? 'bestand' : 'bestanden'}.`,
    en: (n: number, files: number) => `${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`,
  },
  none: {
    nl: (n: number) => `${n} ${n === 1 ? 'vragenlijstbestand' : 'vragenlijstbestanden'} gecontroleerd: geen problemen.`,
    en: (n: number) => `Checked ${n} survey file${n === 1 ? '' : 's'}: no problems.`,
  },
  publishUsageLine: { nl: 'Gebruik: npm run surveys:publish [-- [--lang nl|en] PAD...]', en: 'Usage: npm run surveys:publish [-- [--lang nl|en] PATH...]' },
  publishUsage: {
    nl: (bundled: string, lockFile: string) => `Controleert de vragenlijstdefinities (bestanden of mappen; anders ${bundled}) en legt, als ze goed zijn,
de huidige versie van elke vragenlijst vast in ${lockFile} in haar map. Daarna mag die versie niet meer
veranderen, en een wijziging die de vergelijkbaarheid breekt vraagt een nieuwe major-versie.
De meldingen zijn in het Nederlands, of in het Engels met --lang en of als LANG met "en" begint.`,
    en: (bundled: string, lockFile: string) => `Checks the survey definitions (files or folders; default ${bundled}) and, when they pass,
records each one's current version in ${lockFile} in its folder. From then on that version may not
change, and changes that break comparability need a new major version.
Messages are in Dutch, or in English with --lang en or when LANG starts with "en".`,
  },
  refused: { nl: 'Niets gepubliceerd: los eerst deze problemen op.', en: 'Nothing published: fix these problems first.' },
  published: { nl: 'gepubliceerd', en: 'published' },
  already: { nl: 'was al gepubliceerd', en: 'was already published' },
});
