import { api } from './api.ts';

const tokenKey = (surveyId: string) => `peil:token:${surveyId}`;

/**
 * The invitation token of this tab. On the first load it comes from the link's fragment (`#t=…`,
 * never sent to the server with the page request); it is then taken out of the address bar, so it
 * stays out of browser history, bookmarks and screenshots, and kept in this tab until the answer is sent.
 */
export function takeInvitationToken(surveyId: string): string | undefined {
  const m = /^#t=([A-Za-z0-9_-]{16,200})$/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(tokenKey(surveyId), m[1]!);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem(tokenKey(surveyId)) ?? undefined;
}

export function forgetInvitationToken(surveyId: string): void {
  sessionStorage.removeItem(tokenKey(surveyId));
}

export type InvitationState = 'valid' | 'used' | 'closed' | 'unknown';

/** Asks the server whether the link can still be used; does not use it up. */
export async function checkInvitation(token: string): Promise<InvitationState> {
  const res = await api.invitations.check.$post({ json: { token } } as never);
  const body = (await res.json()) as { status: InvitationState };
  return body.status;
}
