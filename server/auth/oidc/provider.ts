import * as oidc from 'openid-client';
import type { GroupRole } from './group-roles.ts';

/** What Peil needs to sign people in through an OpenID Connect provider (read from OIDC_* at start-up). */
export interface OidcOptions {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: `https://<peil>/api/admin/oidc/callback`, registered at the provider. */
  redirectUri: URL;
  /** The ID token claim that lists the user's groups (`groups` at Entra ID). */
  groupsClaim: string;
  /** The ID token claim shown as the username (`preferred_username`; then `email`, then `sub`). */
  usernameClaim: string;
  roles: GroupRole[];
}

/** A provider Peil has discovered: its metadata and keys through openid-client, with the options. */
export interface OidcProvider extends OidcOptions {
  config: oidc.Configuration;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads the provider's discovery document and prepares the client: confidential (client secret,
 * HTTP Basic), with ID token signatures checked against the provider's published keys
 * (`enableNonRepudiationChecks`; openid-client otherwise trusts TLS for a token from the token
 * endpoint, as OpenID Connect Core allows). Plain http is allowed only for a provider on loopback,
 * as in the tests. Throws when the provider cannot be reached or its document is wrong.
 */
export async function discoverProvider(options: OidcOptions): Promise<OidcProvider> {
  const execute = [oidc.enableNonRepudiationChecks];
  if (options.issuer.protocol === 'http:' && LOOPBACK.has(options.issuer.hostname)) execute.push(oidc.allowInsecureRequests);
  const config = await oidc.discovery(options.issuer, options.clientId, undefined, oidc.ClientSecretBasic(options.clientSecret), { execute });
  return { ...options, config };
}
