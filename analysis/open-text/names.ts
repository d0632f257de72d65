/**
 * Removes names of people from open text: a heuristic that over-removes rather than under-removes.
 * Two rules, applied after the export scrubber (e-mail, phone, BSN, IBAN, postcode):
 *
 * 1. A capitalised word (with any further capitalised words and particles such as "van der") right
 *    after a Dutch name cue ("collega", "meneer", "mevrouw", "de heer", "mijn leidinggevende",
 *    "manager", "teamleider", "van", ...; any case) goes: "collega Sanne" -> "collega [naam verwijderd]".
 * 2. Any run of two or more capitalised words ("Jan de Vries", "Fatima El Amrani") goes, wherever it
 *    stands. At a sentence start the first word's capital is grammar, not evidence, but a second
 *    capitalised word straight after it still is: removing the run there too costs a word such as
 *    "Gisteren" now and then, and keeps "Jan Jansen zei ..." from slipping through.
 *
 * Abbreviations ("HR", "BSN") do not count as capitalised words. So place names and organisations ("Gemeente Amsterdam", "van Amsterdam") are removed as well. A
 * single first name in mid-sentence without a cue ("ik vroeg Pieter") is not caught: the survey asks
 * respondents not to name anyone, and this is a safety net, not a guarantee.
 */
export const NAME_REMOVED = '[naam verwijderd]';

const CUES = [
  'collega', "collega's", 'oud-collega', 'meneer', 'mevrouw', 'mevr.', 'mw.', 'dhr.', 'de heer', 'heer',
  'mijn leidinggevende', 'leidinggevende', 'manager', 'teammanager', 'teamleider', 'teamleidster',
  'directeur', 'afdelingshoofd', 'chef', 'van', 'genaamd', 'heet',
];

/**
 * A word starting with a capital: "Sanne", "O'Neill", "El-Amrani", "Özdemir". Abbreviations of two to
 * four capitals ("HR", "BSN", "ICT") are not names; an all-capital word of five or more letters is.
 */
const CAP = "(?!\\p{Lu}{2,4}(?![\\p{L}\\p{M}]))\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** Lower-case particles inside a name: "Jan van der Berg", "Kees 't Hart". */
const PARTICLE = "(?:van|de|der|den|het|ter|ten|te|la|le|du|da|di|el|al|bin|ben|'t|’t)";
const NAME = `${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP})*`;

/** A cue in any case, without the `i` flag (which would make `\p{Lu}` match small letters too). */
const anyCase = (cue: string) =>
  [...cue].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('').replace(/ /g, '\\s+');

const byLength = [...CUES].sort((a, b) => b.length - a.length);
const AFTER_CUE = new RegExp(`(?<![\\p{L}\\p{M}])((?:${byLength.map(anyCase).join('|')})\\s+)${NAME}`, 'gu');
const RUN = new RegExp(`(?<![\\p{L}\\p{M}])${CAP}(?:\\s+(?:${PARTICLE}\\s+)*${CAP})+`, 'gu');

/** Open text with (probable) names of people replaced by `[naam verwijderd]`. */
export function scrubNames(text: string): string {
  return text.replace(AFTER_CUE, (_m, cue: string) => `${cue}${NAME_REMOVED}`).replace(RUN, NAME_REMOVED);
}
