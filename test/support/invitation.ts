import type { Credential, PublicCredentialKey } from '../../server/credentials/credential.ts';
import { blindCredential, finaliseCredential, type BlindedCredential } from '../../client/credential.ts';

/** The app in-process (`app.request`), or a running server: `{ request: (path, init) => fetch(url + path, init) }`. */
export interface Requester {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

/** A server on `url`, as a Requester. */
export const atUrl = (url: string): Requester => ({ request: (path, init) => fetch(`${url}${path}`, init) });

const post = (app: Requester, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * Opens an invitation link as the respondent's browser does (client/credential.ts): asks for the
 * key, blinds a message, exchanges the token for a blind signature and unblinds it. Throws with the
 * server's answer when the link cannot be exchanged.
 */
export async function exchangeToken(app: Requester, token: string): Promise<Credential> {
  return exchangeBlinded(app, token, await blindForInvitation(app, token));
}

/** The first half of exchangeToken: the key of the link's group and a fresh message blinded for it (CPU work, 25-100 ms). */
export async function blindForInvitation(app: Requester, token: string): Promise<BlindedCredential> {
  const check = (await (await post(app, '/api/invitations/check', { token })).json()) as { status: string; key?: PublicCredentialKey };
  if (check.status !== 'valid') throw new Error(`invitation is ${check.status}`);
  return blindCredential(check.key!);
}

/** The second half of exchangeToken: the token for a blind signature on `blinded`, unblinded into the credential. */
export async function exchangeBlinded(app: Requester, token: string, blinded: BlindedCredential): Promise<Credential> {
  const res = await post(app, '/api/invitations/exchange', { token, blindedMessage: blinded.blindedMessage });
  if (res.status !== 200) throw new Error(`exchange refused with ${res.status}: ${await res.text()}`);
  return finaliseCredential(blinded, ((await res.json()) as { blindSignature: string }).blindSignature);
}

/** Answers through an invitation link: the exchange, then the submission with the credential. */
export async function answerInvitation(
  app: Requester,
  surveyId: string,
  token: string,
  body: { answers: Record<string, unknown>; version?: string },
  key: string = crypto.randomUUID(),
): Promise<Response> {
  const credential = await exchangeToken(app, token);
  return post(app, `/api/surveys/${surveyId}/responses`, { ...body, credential }, { 'Idempotency-Key': key });
}
