/**
 * The 11-check ("elfproef") of a BSN, the Dutch citizen service number: 9·d1 + 8·d2 + … + 2·d8 −
 * 1·d9 is divisible by 11 (and not 0). Open text is scrubbed of digit runs that pass it
 * (analysis/open-text/scrub.ts), and a procedure reference that passes it is refused (register/reference.ts).
 */
export function isBsn(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}
