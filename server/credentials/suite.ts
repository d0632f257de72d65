import { RSABSSA } from '@cloudflare/blindrsa-ts';

/**
 * The blind-signature scheme of invitation credentials, for the respondent's browser and the server
 * alike: RSABSSA-SHA384-PSS-Randomized of RFC 9474 (a randomized variant, as its section 5 advises:
 * the browser's own 32-byte prefix makes every signed message fresh). The unblinded signature is an
 * ordinary RSASSA-PSS signature (SHA-384, 48-byte salt) over the prepared message.
 */
export const credentialSuite = () => RSABSSA.SHA384.PSS.Randomized();

/** Modulus of a credential key: RSA-2048. */
export const CREDENTIAL_KEY_BITS = 2048;

/** Random bytes a browser picks for a credential; the suite prefixes 32 more, so 64 bytes are signed. */
export const CREDENTIAL_MESSAGE_BYTES = 32;

/** Bytes of a prepared message: the suite's random prefix and the browser's random bytes. */
export const PREPARED_MESSAGE_BYTES = 32 + CREDENTIAL_MESSAGE_BYTES;
