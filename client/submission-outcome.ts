import type { ProblemBody } from './api.ts';

/** What a response to a submission (an answer or an observation) means for the copy on the device. */
export type SubmissionOutcome = { kind: 'stored' } | { kind: 'refused'; problem: ProblemBody } | { kind: 'retry' };

/** Statuses that mean "not now" rather than "no". */
const NOT_NOW = [408, 425, 429];

/**
 * Reads the server's answer to a submission. Only Peil's own words count as definite: `stored` is a
 * 2xx whose JSON body says so (also a replay of the same key), `refused` a 4xx problem+json from
 * Peil. Anything else (a 5xx, "not now", a proxy's or captive portal's page, a body cut off) is
 * `retry`: the device keeps its copy and sends it again with the same key, which the server stores once.
 */
export async function readSubmissionOutcome(res: Response): Promise<SubmissionOutcome> {
  const body = await res.json().catch(() => undefined);
  if (res.ok) return isRecord(body) && body.status === 'stored' ? { kind: 'stored' } : { kind: 'retry' };
  const isProblem = /^application\/problem\+json/i.test(res.headers.get('Content-Type') ?? '');
  if (res.status < 500 && !NOT_NOW.includes(res.status) && isProblem && isRecord(body) && typeof body.type === 'string' && body.type.startsWith('urn:peil:problem:')) {
    return { kind: 'refused', problem: body as unknown as ProblemBody };
  }
  return { kind: 'retry' };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
