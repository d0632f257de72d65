import { z } from 'zod';

const b64url = (chars: string) => new RegExp(`^[A-Za-z0-9_-]{${chars}}$`);

/**
 * What a respondent's browser spends with its answers instead of the invitation token: a message it
 * chose and blinded, and the server's signature on it, unblinded. `keyId` names the key of the
 * wave's attribute group that signed it. All three are base64url without padding.
 */
export const ZCredential = z.strictObject({
  keyId: z.string().regex(b64url('43'), 'key-id'),
  /** The prepared message: 64 bytes (86 characters). */
  message: z.string().regex(b64url('86'), 'prepared-message'),
  signature: z.string().regex(b64url('300,700'), 'rsa-signature'),
});
export type Credential = z.infer<typeof ZCredential>;

/** What `POST /api/invitations/exchange` takes: the link's token and a blinded message (base64url). */
export const ZExchange = z.strictObject({
  token: z.string().min(1).max(200),
  blindedMessage: z.string().regex(b64url('300,700'), 'blinded-message-format'),
});

/** A credential key as the browser gets it: its id and the public key (SPKI DER, base64url). */
export interface PublicCredentialKey {
  id: string;
  publicKey: string;
}
