import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

/**
 * A stand-in identity provider on loopback whose token endpoint answers whatever ID token the test
 * made: to show that Peil refuses tokens a real provider would never send (tampered, for another
 * client, expired, for another sign-in). It publishes a discovery document and its key, as a real
 * provider does; the happy path against a certified provider is in test/support/oidc-provider.ts.
 */
export interface FakeIdp {
  issuer: string;
  /** Signs claims with the published key (RS256). */
  sign(claims: JWTPayload): Promise<string>;
  /** Signs with a key the provider never published. */
  signWithOtherKey(claims: JWTPayload): Promise<string>;
  /** The ID token the next token request gets. */
  nextIdToken: string;
  close(): Promise<void>;
}

export async function startFakeIdp(): Promise<FakeIdp> {
  const [key, other] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('RS256')]);
  const jwk = { ...(await exportJWK(key.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const state = { nextIdToken: '' };
  let issuer = '';
  const server: Server = createServer((req, res) => {
    const json = (body: unknown) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    req.resume();
    if (req.url === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (req.url === '/jwks') return json({ keys: [jwk] });
    if (req.url === '/token' && req.method === 'POST') return req.on('end', () => json({ access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: state.nextIdToken }));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (claims: JWTPayload, k: CryptoKey) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(k);
  return Object.assign(state, {
    issuer,
    sign: (claims: JWTPayload) => sign(claims, key.privateKey),
    signWithOtherKey: (claims: JWTPayload) => sign(claims, other.privateKey),
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
