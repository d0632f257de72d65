import type { Credential, PublicCredentialKey } from '../server/credentials/credential.ts';
import { CREDENTIAL_MESSAGE_BYTES, credentialSuite } from '../server/credentials/suite.ts';

/**
 * The respondent's side of the invitation exchange (RFC 9474): a random message, blinded for the
 * server to sign without seeing it, and unblinded into a credential that the server cannot tie to
 * the link it signed it for. Plain WebCrypto, no DOM: it runs in the browser and in the tests.
 */

/** A blinded message on its way to the server, with what is needed to unblind the answer. Kept until then. */
export interface BlindedCredential {
  key: PublicCredentialKey;
  /** The prepared message (the suite's random prefix and our random bytes), base64url. */
  message: string;
  /** The inverse of the blinding factor, base64url: secret, never sent. */
  inverse: string;
  blindedMessage: string;
}

const suite = credentialSuite();

const importKey = (key: PublicCredentialKey) =>
  crypto.subtle.importKey('spki', fromBase64url(key.publicKey), { name: 'RSA-PSS', hash: suite.params.hash }, true, ['verify']);

/** Picks a fresh random message and blinds it for `key`. */
export async function blindCredential(key: PublicCredentialKey): Promise<BlindedCredential> {
  const message = suite.prepare(crypto.getRandomValues(new Uint8Array(CREDENTIAL_MESSAGE_BYTES)));
  const { blindedMsg, inv } = await suite.blind(await importKey(key), message);
  return { key, message: toBase64url(message), inverse: toBase64url(inv), blindedMessage: toBase64url(blindedMsg) };
}

/** Unblinds the server's blind signature; throws when the result is not a valid signature of `key`. */
export async function finaliseCredential(blinded: BlindedCredential, blindSignature: string): Promise<Credential> {
  const message = fromBase64url(blinded.message);
  const signature = await suite.finalize(await importKey(blinded.key), message, fromBase64url(blindSignature), fromBase64url(blinded.inverse));
  return { keyId: blinded.key.id, message: blinded.message, signature: toBase64url(signature) };
}

export function toBase64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
