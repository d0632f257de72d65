import { describe, expect, it } from 'vitest';
import { blindedMessageHash, idempotencyKeyHash, invitationTokenHash, spentCredentialHash, submissionBodyHash } from './anonymise.ts';

// Stored hashes must not change with the code that computes them: a retry after an upgrade is told
// apart from a reused key by the body hash stored before it. Expected values from coreutils, e.g.
// printf '%s' 'peil:body:key-0123456789abcdef:{"answers":{"a":1,"b":["x","ÿ"]},"version":"1.0.0"}' | sha256sum
describe('the stored hashes', () => {
  it('are SHA-256 of the prefixed text, in hex', () => {
    expect(idempotencyKeyHash('key-0123456789abcdef')).toBe('5620b18a58abfb6443b053c44578bdbaeacd6cf72506de4b7402f4014e919beb');
    expect(invitationTokenHash('tok')).toBe('204bb39f50849beb2c1f66b03f12581c3badae5f92f7898387c6dd10c3dd7bee');
    expect(spentCredentialHash('kid', 'msg')).toBe('1684c2c4bb1f368844b9fa84853bb9463650907ec00a8e3b32614a1c33d114a6');
    expect(blindedMessageHash('blind')).toBe('de0808b2f50dbd3299367952613962f24ec6f7476971d74032c43696b1ccf276');
  });

  it('hash a body by its canonical JSON: key order, whitespace and undefined properties do not count', () => {
    const expected = '23f4d596ba86dadb47633bdb05a9b06b9a0dc41897984245af1883fccf37e51b';
    expect(submissionBodyHash('key-0123456789abcdef', { version: '1.0.0', answers: { b: ['x', 'ÿ'], a: 1 } })).toBe(expected);
    expect(submissionBodyHash('key-0123456789abcdef', { answers: { a: 1, b: ['x', 'ÿ'] }, version: '1.0.0', token: undefined })).toBe(expected);
    expect(submissionBodyHash('key-0123456789abcdef-other', { answers: { a: 1, b: ['x', 'ÿ'] }, version: '1.0.0' })).not.toBe(expected);
  });
});
