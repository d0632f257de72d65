import type { Credential } from '../server/credentials/credential.ts';
import { api, type ProblemBody } from './api.ts';
import { readSubmissionOutcome } from './submission-outcome.ts';

/**
 * A finished answer on its way to the server. It is written to sessionStorage with its
 * idempotency key before the first attempt, so a reload resumes the same submission (same key:
 * the server stores it once) instead of losing it or sending a second one.
 */
export interface PendingSubmission {
  surveyId: string;
  key: string;
  /** An invitation's answers carry its credential (client/invitation.ts), never the link's token. */
  body: { answers: Record<string, unknown>; version: string; credential?: Credential };
}

export type DeliveryResult = { ok: true } | { ok: false; problem: ProblemBody };

const pendingKey = (surveyId: string) => `peil:pending:${surveyId}`;

export function createPending(
  surveyId: string,
  version: string,
  answers: Record<string, unknown>,
  credential: Credential | undefined,
): PendingSubmission {
  const pending = { surveyId, key: crypto.randomUUID(), body: credential ? { answers, version, credential } : { answers, version } };
  sessionStorage.setItem(pendingKey(surveyId), JSON.stringify(pending));
  return pending;
}

export function loadPending(surveyId: string): PendingSubmission | undefined {
  const raw = sessionStorage.getItem(pendingKey(surveyId));
  return raw ? (JSON.parse(raw) as PendingSubmission) : undefined;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends a pending submission until the server gives a definite answer (readSubmissionOutcome):
 * stored (or replayed), or refused. Everything else is retried with exponential backoff and jitter, capped
 * at 30 s. The pending record is removed only on a definite answer.
 */
export async function deliver(pending: PendingSubmission, onRetry: (attempt: number) => void): Promise<DeliveryResult> {
  const url = api.surveys[':id'].responses.$url({ param: { id: pending.surveyId } });
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': pending.key },
        body: JSON.stringify(pending.body),
      });
      const outcome = await readSubmissionOutcome(res);
      if (outcome.kind !== 'retry') {
        sessionStorage.removeItem(pendingKey(pending.surveyId));
        return outcome.kind === 'stored' ? { ok: true } : { ok: false, problem: outcome.problem };
      }
    } catch {
      // offline or the connection dropped: retry below
    }
    onRetry(attempt);
    await sleep(Math.min(30_000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2));
  }
}
