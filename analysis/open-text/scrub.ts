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

// The pattern may run on into a following word ("NL91 ABNA 0417 1643 00 en"): the longest prefix that
// passes mod-97 is the IBAN, and the rest stays.
function scrubIban(match: string): string {
  for (let end = match.length; end >= 15; end--) {
    if (match[end - 1] !== ' ' && isIban(match.slice(0, end))) return REMOVED + match.slice(end);
  }
  return match;
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
