import { describe, expect, it } from 'vitest';
import { isIban, REMOVED, scrub } from './scrub.ts';

// The IBANs below pass mod-97 (the first assertion of each case checks it).
describe('the IBAN scrubber removes exactly the IBAN', () => {
  it.each([
    // Issue 11: the longest prefix passing mod-97 ran into "na drie maa" and left "nden.".
    ['Ik heb het betaald op NL55RABO5062425088 na drie maanden.', `Ik heb het betaald op ${REMOVED} na drie maanden.`],
    ['NL91 ABNA 0417 1643 00 en dan nog wat', `${REMOVED} en dan nog wat`],
    ['rekening nl91abna0417164300, toch', `rekening ${REMOVED}, toch`],
    ['BE68 5390 0754 7034 was het oude nummer', `${REMOVED} was het oude nummer`],
  ])('%j', (text, scrubbed) => {
    expect(isIban(text.match(/[A-Z]{2}\d{2}[ A-Z0-9]{12,}?(?=[ ,.]+[a-z])/i)![0])).toBe(true);
    expect(scrub(text)).toBe(scrubbed);
  });

  it('keeps an IBAN-like token of the wrong length for its country, and the words after it', () => {
    expect(scrub('code NL91ABNA04171643 bij de balie')).toBe('code NL91ABNA04171643 bij de balie');
  });
});
