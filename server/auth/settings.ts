import type { OidcProvider } from './oidc/provider.ts';

/** How people sign in to the workspace, read from the environment at start-up (server/env.ts, server/main.ts). */
export interface AuthSettings {
  /** Addresses of reverse proxies whose `X-Forwarded-For` names the client (server/auth/client-address.ts). */
  trustedProxies: string[];
  /** The organisation's identity provider, discovered at start-up; null when none is configured (local passwords only). */
  oidc: OidcProvider | null;
}

/** Local passwords only, with no proxy in front: the default, and what tests use unless they say otherwise. */
export const LOCAL_ONLY: AuthSettings = { trustedProxies: [], oidc: null };
