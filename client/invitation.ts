import type { Credential, PublicCredentialKey } from '../server/credentials/credential.ts';
import { api } from './api.ts';
import type { BlindedCredential } from './credential.ts';

// The blind-signature code (client/credential.ts, with its RSA library) is fetched only when there is
// an invitation: most respondents open a survey without one, and their start page does not carry it.
const credentials = () => import('./credential.ts');

/**
 * An invitation link in this browser. The token comes from the link's fragment (`#t=…`, never sent
 * to the server with the page request) and leaves the address bar at once, so it stays out of
 * browser history, bookmarks and screenshots. When the link is opened it is exchanged for a
 * credential (client/credential.ts), and the token is dropped: the answers go with the credential,
 * which the server cannot tie to the link (docs/decisions/009).
 *
 * The tab keeps `ref` (a hash of the token) and, until the exchange, the token (sessionStorage).
 * The browser keeps the blinded message and then the credential under `ref` (localStorage), so a
 * lost response can be retried with the same blinded message, and the link opened again in this
 * browser, even in a new tab, goes on with the same credential. Both go once the answers are stored.
 */
export interface Invitation {
  surveyId: string;
  ref: string;
}

export type InvitationState = 'valid' | 'used' | 'closed' | 'unknown';

type Kept = { blinded: BlindedCredential } | { credential: Credential };

const tabKey = (surveyId: string) => `peil:invitation:${surveyId}`;
const browserKey = (ref: string) => `peil:credential:${ref}`;

const readJson = <T>(storage: Storage, key: string): T | undefined => {
  const raw = storage.getItem(key);
  return raw ? (JSON.parse(raw) as T) : undefined;
};

/** The invitation of this tab: from the link just opened, or the one this tab opened before. */
export async function takeInvitation(surveyId: string): Promise<Invitation | undefined> {
  const m = /^#t=([A-Za-z0-9_-]{16,200})$/.exec(window.location.hash);
  if (m) {
    // Kept before the address bar is cleared, in the same tick: a page mounted meanwhile finds it.
    sessionStorage.setItem(tabKey(surveyId), JSON.stringify({ token: m[1]! }));
    history.replaceState(null, '', window.location.pathname);
  }
  const tab = readJson<{ ref?: string; token?: string }>(sessionStorage, tabKey(surveyId));
  if (!tab?.ref && !tab?.token) return undefined;
  const ref = tab.ref ?? (await credentials()).toBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`peil:invitation:${tab.token}`))));
  sessionStorage.setItem(tabKey(surveyId), JSON.stringify({ ...tab, ref }));
  return { surveyId, ref };
}

const opening = new Map<string, Promise<InvitationState>>();

/**
 * Makes sure this browser holds a credential for the invitation: the one it already has, or a new
 * one from exchanging the token (a blinded message kept from a lost response is sent again).
 * Returns 'valid' when it does, else why the link cannot be used here. Throws when the server
 * cannot be reached. One exchange at a time per invitation, however often the page asks.
 */
export function openInvitation(invitation: Invitation): Promise<InvitationState> {
  let open = opening.get(invitation.ref);
  if (!open) {
    open = exchange(invitation).finally(() => opening.delete(invitation.ref));
    opening.set(invitation.ref, open);
  }
  return open;
}

async function exchange(invitation: Invitation): Promise<InvitationState> {
  let kept = readJson<Kept>(localStorage, browserKey(invitation.ref));
  if (kept && 'credential' in kept) return 'valid';
  const token = readJson<{ token?: string }>(sessionStorage, tabKey(invitation.surveyId))?.token;
  if (!token) return 'used';
  if (!kept) {
    const check = await api.invitations.check.$post({ json: { token } } as never);
    const body = (await check.json()) as { status: InvitationState; key?: PublicCredentialKey };
    if (body.status !== 'valid' || !body.key) return body.status;
    kept = { blinded: await (await credentials()).blindCredential(body.key) };
    // Kept before it is sent: if the response is lost, the same blinded message gets the same signature.
    localStorage.setItem(browserKey(invitation.ref), JSON.stringify(kept));
  }
  const { blinded } = kept;
  const res = await api.invitations.exchange.$post({ json: { token, blindedMessage: blinded.blindedMessage } } as never);
  if (!res.ok) {
    if (res.status >= 500) throw new Error(`exchange failed with ${res.status}`);
    localStorage.removeItem(browserKey(invitation.ref));
    const type = ((await res.json()) as { type?: string }).type ?? '';
    return type.endsWith(':wave-closed') ? 'closed' : type.endsWith(':invitation-used') ? 'used' : 'unknown';
  }
  const { blindSignature } = (await res.json()) as { blindSignature: string };
  localStorage.setItem(browserKey(invitation.ref), JSON.stringify({ credential: await (await credentials()).finaliseCredential(blinded, blindSignature) }));
  sessionStorage.setItem(tabKey(invitation.surveyId), JSON.stringify({ ref: invitation.ref }));
  return 'valid';
}

/** The credential this browser holds for the invitation, once it was opened. */
export function invitationCredential(invitation: Invitation): Credential | undefined {
  const kept = readJson<Kept>(localStorage, browserKey(invitation.ref));
  return kept && 'credential' in kept ? kept.credential : undefined;
}

/** Forgets the invitation in this tab and browser, once its answers are stored. */
export function forgetInvitation(invitation: Invitation): void {
  localStorage.removeItem(browserKey(invitation.ref));
  sessionStorage.removeItem(tabKey(invitation.surveyId));
}
