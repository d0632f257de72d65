import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import vector from './fixtures/rfc9474-vector-1.json' with { type: 'json' };
import { blindSign, isSignable } from './blind-sign.ts';
import { credentialSuite } from './suite.ts';

const big = (hex: string) => BigInt(`0x${hex}`);
const b64url = (n: bigint) => Buffer.from(n.toString(16).padStart(2 * Math.ceil(n.toString(16).length / 2), '0'), 'hex').toString('base64url');
const bytes = (hex: string) => Buffer.from(hex, 'hex');

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a % m, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

/** The key of the test vector, from its p, q, e and d. */
function vectorKey() {
  const [p, q, e, d] = [big(vector.p), big(vector.q), big(vector.e), big(vector.d)];
  const jwk = { kty: 'RSA', n: b64url(p * q), e: b64url(e), d: b64url(d), p: b64url(p), q: b64url(q), dp: b64url(d % (p - 1n)), dq: b64url(d % (q - 1n)), qi: b64url(modInverse(q, p)) };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, modulus: Buffer.from(jwk.n, 'base64url') };
}

describe('blindSign (RFC 9474, section 4.3)', () => {
  it('gives the blind signature of test vector 1 of RFC 9474, which unblinds to a signature the suite accepts', async () => {
    const key = vectorKey();
    expect(blindSign(key, bytes(vector.blinded_msg)).toString('hex')).toBe(vector.blind_sig);
    const publicKey = await crypto.subtle.importKey('spki', key.publicKey.export({ format: 'der', type: 'spki' }), { name: 'RSA-PSS', hash: 'SHA-384' }, true, ['verify']);
    expect(await credentialSuite().verify(publicKey, bytes(vector.sig), bytes(vector.input_msg))).toBe(true);
  });

  it('refuses a message as large as the modulus, or of another length', () => {
    const key = vectorKey();
    expect(isSignable(key.modulus, key.modulus)).toBe(false);
    expect(isSignable(key.modulus, bytes(vector.blinded_msg).subarray(1))).toBe(false);
    expect(isSignable(key.modulus, bytes(vector.blinded_msg))).toBe(true);
    expect(() => blindSign(key, key.modulus)).toThrow(/out of range/);
  });
});
