import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real, certified OpenID Connect provider (oidc-provider) on loopback, for signing in through
 * the browser: its development login page takes any username and password, and `users` says which
 * groups each username is in (the `groups` claim, in the ID token as Entra ID puts it there).
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string, users: Record<string, string[]>): Promise<TestProvider> {
  const clientId = 'peil';
  const clientSecret = 'a-test-client-secret-of-enough-length';
  let handler: RequestListener | undefined;
  const server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({ sub, preferred_username: sub, groups: users[sub] ?? [] }),
    }),
    claims: { openid: ['sub'], profile: ['preferred_username', 'groups'] },
    // Claims of the scopes go into the ID token too (Entra ID's groups claim is there).
    conformIdTokenClaims: false,
    cookies: { keys: ['a-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  handler = provider.callback();
  return { issuer, clientId, clientSecret, close: () => new Promise<void>((r) => server.close(() => r())) };
}
