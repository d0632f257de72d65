import * as oidc from 'openid-client';
import { groupsFrom } from './group-roles.ts';
import type { OidcProvider } from './provider.ts';

/** What the browser keeps between leaving for the provider and coming back (in an HttpOnly cookie, server/auth/oidc/pending-cookie.ts). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  /** The PKCE code verifier: only its S256 hash went to the provider. */
  verifier: string;
}

/** Why a sign-in through the provider is refused; each has its own page (server/auth/oidc/page.ts). */
export type RefusalReason = 'not-verified' | 'expired' | 'no-group' | 'username-taken';

export class SignInRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** openid-client's error code (`OAUTH_JWT_CLAIM_COMPARISON_FAILED`, ...) for the audit log: never a token. */
    readonly code: string | null = null,
  ) {
    super(`sign-in refused: ${reason}${code ? ` (${code})` : ''}`);
  }
}

/** Who the provider vouched for: its verified ID token's subject, the username and groups from its claims. */
export interface Identity {
  /** "<issuer> <sub>": sub is unique only per issuer. */
  subject: string;
  username: string;
  groups: string[];
}

/** The address to send the browser to (authorization code flow, PKCE S256, state and nonce), and what to keep until it returns. */
export async function startSignIn(p: OidcProvider): Promise<{ url: URL; pending: PendingSignIn }> {
  const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
  const url = oidc.buildAuthorizationUrl(p.config, {
    redirect_uri: p.redirectUri.href,
    scope: 'openid profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url, pending };
}

/**
 * Finishes a sign-in: openid-client checks the response's state, redeems the code with the PKCE
 * verifier, and verifies the ID token (signature against the provider's keys, issuer, audience,
 * expiry, nonce). Throws {@link SignInRefused} when anything does not hold, or nothing is pending.
 */
export async function finishSignIn(p: OidcProvider, search: string, pending: PendingSignIn | undefined): Promise<Identity> {
  if (pending === undefined) throw new SignInRefused('expired');
  const current = new URL(p.redirectUri);
  current.search = search;
  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(p.config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new SignInRefused('not-verified', typeof code === 'string' ? code : (e as Error).name);
  }
  if (claims === undefined) throw new SignInRefused('not-verified', 'no ID token');
  const named = [claims[p.usernameClaim], claims.email, claims.sub].find((v): v is string => typeof v === 'string' && v.length > 0)!;
  return { subject: `${claims.iss} ${claims.sub}`, username: named.toLowerCase().slice(0, 200), groups: groupsFrom(claims, p.groupsClaim) };
}
