/**
 * Scrubs open text, for row-level exports and the published open answers: e-mail addresses, phone
 * numbers (+31 / 0031 / 06 and Dutch landlines), BSNs (9 digits passing the 11-check), IBANs
 * (passing mod-97) and Dutch postcodes (`1234 AB`). Each is replaced with `[verwijderd]`. One regex
 * set; the checksums decide for the digit runs, so an order number of 9 digits that fails the
 * 11-check is kept.
 */
import { isBsn } from '../../survey-format/bsn.ts';

export { isBsn };

export const REMOVED = '[verwijderd]';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Two letters, two check digits, then 11 to 30 letters/digits, optionally in groups of four.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gi;
// +31 6 12345678, 0031 20 1234567, 06-12345678, 020 123 4567: 9 national digits after the trunk prefix.
const PHONE = /(?:\+31|\b0031|\b0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8}\b/g;
// Nine digits, optionally written 123.456.789 or 123 45 6789 is not a BSN form; dots or spaces in threes only.
const BSN = /\b\d{3}[.\s]?\d{3}[.\s]?\d{3}\b/g;
// Postcodes: four digits, the first not 0, then two capitals after an optional space (SA, SD and SS are
// not issued), or two small letters written straight after the digits (`1012ab`): "2026 en" is no postcode.
const POSTCODE = /\b[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b/g;

/** An IBAN's mod-97 check (ISO 13616): move the first four characters to the end, letters to 10..35. */
export function isIban(text: string): boolean {
  const iban = text.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const n = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** IBAN length per country (ISO 13616 registry): the token is exactly this many letters and digits. */
const IBAN_LENGTH: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 ES24 FI18 FO18 FR27 GB22 ' +
    'GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IS26 IT27 JO30 KW30 KZ20 LB28 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 ' +
    'MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SE24 SI19 SK24 SM27 TN24 TR26 UA29 VG24 XK20'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/**
 * The pattern may run on into the following words ("NL91 ABNA 0417 1643 00 en verder"). Only the
 * IBAN itself is removed: for a country in the registry exactly its length in letters and digits,
 * ending where a word ends; for another country the longest prefix ending at a word end that passes
 * mod-97. Everything after it stays as written.
 */
function scrubIban(match: string): string {
  const ends: number[] = [];
  let chars = 0;
  for (let i = 0; i < match.length; i++) {
    if (match[i] === ' ') continue;
    chars++;
    if (i + 1 === match.length || match[i + 1] === ' ') ends.push(i + 1);
    if (chars === IBAN_LENGTH[match.slice(0, 2).toUpperCase()]) return isIban(match.slice(0, i + 1)) && ends.at(-1) === i + 1 ? REMOVED + match.slice(i + 1) : match;
  }
  if (IBAN_LENGTH[match.slice(0, 2).toUpperCase()] !== undefined) return match;
  const end = ends.reverse().find((e) => isIban(match.slice(0, e)));
  return end === undefined ? match : REMOVED + match.slice(end);
}

/** Open text with personal details replaced by `[verwijderd]`. */
export function scrub(text: string): string {
  return text
    .replace(EMAIL, REMOVED)
    .replace(IBAN, scrubIban)
    .replace(PHONE, REMOVED)
    .replace(BSN, (m) => (isBsn(m) ? REMOVED : m))
    .replace(POSTCODE, REMOVED);
}
