import { constants, privateDecrypt, publicEncrypt, type KeyObject } from 'node:crypto';

/**
 * Whether a blinded message can be signed: a number below the modulus, written in exactly as many
 * bytes as the modulus. A browser's Blind step (RFC 9474, section 4.2) never makes anything else.
 */
export function isSignable(modulus: Buffer, blinded: Uint8Array): boolean {
  return blinded.length === modulus.length && Buffer.compare(Buffer.from(blinded), modulus) < 0;
}

/**
 * BlindSign of RFC 9474 (section 4.3): s = m^d mod n (RSASP1), checked by m = s^e mod n (RSAVP1)
 * so that a fault in the signing never hands out a value that could leak the key. Both are raw RSA
 * through OpenSSL (CRT, blinded, about 0.3 ms), not the library's pure-JS big integers (about
 * 600 ms, and their timing depends on the private exponent). Throws on a message that is not
 * signable (check isSignable first).
 */
export function blindSign(key: { privateKey: KeyObject; publicKey: KeyObject; modulus: Buffer }, blinded: Uint8Array): Buffer {
  if (!isSignable(key.modulus, blinded)) throw new Error('blinded message out of range');
  const s = privateDecrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, blinded);
  const back = publicEncrypt({ key: key.publicKey, padding: constants.RSA_NO_PADDING }, s);
  if (!back.equals(Buffer.from(blinded))) throw new Error('signing failure');
  return s;
}
