import { api } from '../api.ts';
import { readSubmissionOutcome } from '../submission-outcome.ts';
import type { Observation, Refusal, StoredAssignment } from './assignment.ts';
import { withLock } from './locks.ts';
import { getAssignment, markFailed, markSent, queuedObservations } from './store.ts';

/** What one attempt to send an observation came to. */
export type SendOutcome = { kind: 'sent' } | { kind: 'refused'; refusal: Refusal } | { kind: 'retry' };

/**
 * Sends one queued observation with its own idempotency key and the assignment's token: `sent` once
 * the server says it is stored (or was already), `refused` with Peil's problem, else `retry`
 * (see readSubmissionOutcome).
 */
export async function sendObservation(o: Observation, a: StoredAssignment, fetcher: typeof fetch = fetch): Promise<SendOutcome> {
  if (!o.idempotencyKey) throw new Error(`observation ${o.id} is not in the outbox`);
  const url = api.surveys[':id'].responses.$url({ param: { id: a.survey.id } });
  let res: Response;
  try {
    res = await fetcher(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': o.idempotencyKey },
      body: JSON.stringify({ answers: o.answers, version: a.survey.version, token: a.token }),
    });
  } catch {
    return { kind: 'retry' }; // offline, or the connection dropped
  }
  const outcome = await readSubmissionOutcome(res);
  if (outcome.kind === 'stored') return { kind: 'sent' };
  if (outcome.kind === 'retry') return outcome;
  const { status, type, detail, fields } = outcome.problem;
  return { kind: 'refused', refusal: { status, type, detail, ...(fields ? { fields } : {}) } };
}

/**
 * Sends the outbox, oldest first, while holding the `peil-sync` lock, so only one tab of this device
 * sends at a time and every tab sees the others' results before it starts. Stops at the first
 * observation that has to wait: the rest wait with it, keeping the order.
 */
export async function drainOutbox(fetcher: typeof fetch = fetch): Promise<'done' | 'retry'> {
  return withLock('peil-sync', async () => {
    for (const o of await queuedObservations()) {
      const a = await getAssignment(o.assignmentId);
      if (!a) continue;
      const outcome = await sendObservation(o, a, fetcher);
      if (outcome.kind === 'retry') return 'retry';
      if (outcome.kind === 'sent') await markSent(o.id);
      else await markFailed(o.id, outcome.refusal);
    }
    return 'done';
  });
}

let running: Promise<void> | undefined;
let again = false;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Asks for the outbox to be sent now. Calls while a run is going are folded into one more run after
 * it; after a run that has to wait, the next is scheduled with exponential backoff and jitter
 * (1 s doubling to at most 30 s), or sooner when the browser comes back online.
 */
export function requestSync(): void {
  if (running) {
    again = true;
    return;
  }
  clearTimeout(timer);
  running = drainOutbox()
    .catch(() => 'retry' as const)
    .then((result) => {
      running = undefined;
      failures = result === 'retry' ? failures + 1 : 0;
      if (again) {
        again = false;
        requestSync();
      } else if (result === 'retry') {
        const delay = Math.min(30_000, 1000 * 2 ** (failures - 1)) * (0.5 + Math.random() / 2);
        timer = setTimeout(requestSync, delay);
      }
    });
}

/** Starts syncing for this tab: now, and whenever the connection comes back. Returns the stop. */
export function startSync(): () => void {
  const online = () => {
    failures = 0;
    requestSync();
  };
  window.addEventListener('online', online);
  requestSync();
  return () => {
    window.removeEventListener('online', online);
    clearTimeout(timer);
  };
}
