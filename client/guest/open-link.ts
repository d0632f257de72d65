import { api } from '../api.ts';
import type { OpenedAssignment } from './assignment.ts';
import { assignmentWithToken, saveAssignment } from './store.ts';

const PENDING_KEY = 'peil:guest:link-token';

/**
 * The token of an assignment link being opened in this tab. On the first load it comes from the
 * fragment (`/opdracht/#t=…`, never sent to the server with the page request) and is taken out of the
 * address bar at once, so it stays out of history, bookmarks and screenshots. It is kept in this tab
 * (sessionStorage) only until the assignment is on the device, so a link opened offline can be
 * opened once the connection is back.
 */
export function takeLinkToken(): string | undefined {
  const m = /^#t=([A-Za-z0-9_-]{16,200})$/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(PENDING_KEY, m[1]!);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem(PENDING_KEY) ?? undefined;
}

/** Why a link could not be opened: no connection (try again later) or a token the server does not know. */
export type OpenFailure = 'offline' | 'unknown';

/**
 * Opens an assignment link: asks the server for the assignment (its wave may have changed since),
 * keeps it (with its token) on this device, and returns its local id. Offline, a link opened here
 * before goes to what this device has. The pending token is forgotten once the answer is definite.
 */
export async function openAssignment(token: string): Promise<{ localId: string } | { failure: OpenFailure }> {
  let res: Response | undefined;
  try {
    res = await fetch(api.assignments.open.$url(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
  } catch {
    // offline: handled below
  }
  if (!res || res.status >= 500 || res.status === 429 || res.status === 408) {
    // No answer now; a link opened here before still works from what this device has.
    const known = await assignmentWithToken(token);
    if (!known) return { failure: 'offline' };
    sessionStorage.removeItem(PENDING_KEY);
    return { localId: known.localId };
  }
  if (!res.ok) {
    sessionStorage.removeItem(PENDING_KEY);
    return { failure: 'unknown' };
  }
  const localId = await saveAssignment((await res.json()) as OpenedAssignment, token);
  sessionStorage.removeItem(PENDING_KEY);
  return { localId };
}
