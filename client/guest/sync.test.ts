import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenedAssignment } from './assignment.ts';

// api.ts builds its base address from the page's origin; there is no page in Node.
vi.stubGlobal('window', { location: { origin: 'http://peil.test' } });
const store = await import('./store.ts');
const { drainOutbox } = await import('./sync.ts');

const opened = {
  assignment: { reference: 'V-1', directorate: 'sociaal', kind: 'vacature_extern', pairId: null, profile: null, order: null },
  prefilled: { procedure_ref: 'V-1' },
  hiddenQuestions: ['procedure_ref'],
  stepQuestion: 'stap',
  survey: { id: 'mystery-guest', version: '1.0.0', definition: {
      id: 'mystery-guest',
      version: '1.0.0',
      kind: 'observation',
      purpose: { default: '', en: '' },
      survey: { title: { default: '', en: '' }, pages: [] },
      wave: null,
    },
  },
  wave: { period: '2026-H2', status: 'open', closesOn: '2026-12-31' },
} satisfies OpenedAssignment;

type Call = { url: string; key: string; body: { answers: Record<string, unknown>; version: string; token: string } };

/** A fetch that records each request and answers with the next of `answers` (an Error is a network failure). */
function fakeFetch(answers: (Response | Error)[]): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetcher = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), key: new Headers(init?.headers).get('Idempotency-Key')!, body: JSON.parse(String(init?.body)) as Call['body'] });
    const next = answers.shift() ?? stored();
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch: fetcher as typeof fetch, calls };
}

const stored = () => new Response(JSON.stringify({ status: 'stored' }), { status: 201, headers: { 'Content-Type': 'application/json' } });

const problem = (status: number, slug: string) =>
  new Response(JSON.stringify({ type: `urn:peil:problem:${slug}`, title: slug, status, detail: `${slug} detail` }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

let assignmentId = '';
async function queue(step: string): Promise<string> {
  const draft = await store.draftFor(assignmentId, step);
  expect(await store.queueDraft(draft.id, { stap: step })).toBe(true);
  return draft.id;
}
const stateOf = async (id: string) => (await store.getObservation(id))?.state;

describe('the outbox', () => {
  beforeAll(async () => {
    assignmentId = await store.saveAssignment(opened, 'token-of-the-link-0001');
  });

  it('sends oldest first, each with the key made when it was queued, and keeps the order while it has to wait', async () => {
    const first = await queue('vacature_gelezen');
    const second = await queue('sollicitatie_verstuurd');
    const keys = [(await store.getObservation(first))!.idempotencyKey, (await store.getObservation(second))!.idempotencyKey];

    const offline = fakeFetch([new TypeError('Failed to fetch')]);
    expect(await drainOutbox(offline.fetch)).toBe('retry');
    expect(offline.calls.map((c) => c.key)).toEqual([keys[0]]);
    expect([await stateOf(first), await stateOf(second)]).toEqual(['queued', 'queued']);

    const busy = fakeFetch([new Response('', { status: 503 })]);
    expect(await drainOutbox(busy.fetch)).toBe('retry');

    const back = fakeFetch([]);
    expect(await drainOutbox(back.fetch)).toBe('done');
    expect(back.calls.map((c) => c.key)).toEqual(keys);
    expect(back.calls[0]).toMatchObject({
      url: 'http://peil.test/api/surveys/mystery-guest/responses',
      body: { answers: { stap: 'vacature_gelezen' }, version: '1.0.0', token: 'token-of-the-link-0001' },
    });
    expect([await stateOf(first), await stateOf(second)]).toEqual(['sent', 'sent']);
    // Once the server has it, the answers leave this device.
    expect((await store.getObservation(first))!.answers).toEqual({});

    // Nothing left: a later run sends nothing again.
    const again = fakeFetch([]);
    expect(await drainOutbox(again.fetch)).toBe('done');
    expect(again.calls).toEqual([]);
  });

  it('marks a refusal as failed with the reason, and goes on with the next', async () => {
    const refused = await queue('gesprek');
    const next = await queue('uitkomst');
    const f = fakeFetch([problem(409, 'wave-closed'), stored()]);
    expect(await drainOutbox(f.fetch)).toBe('done');
    expect(await store.getObservation(refused)).toMatchObject({ state: 'failed', refusal: { status: 409, type: 'urn:peil:problem:wave-closed' } });
    expect(await stateOf(next)).toBe('sent');
  });

  it('treats 429 as "later", not as a refusal', async () => {
    const id = await queue('reactie_ontvangen');
    expect(await drainOutbox(fakeFetch([problem(429, 'too-many-answers')]).fetch)).toBe('retry');
    expect(await stateOf(id)).toBe('queued');
    expect(await drainOutbox(fakeFetch([]).fetch)).toBe('done');
  });

  it('moves a draft to the outbox once: a second completion (another tab) changes nothing', async () => {
    const draft = await store.draftFor(assignmentId, 'vacature_gelezen');
    expect((await store.draftFor(assignmentId, 'vacature_gelezen')).id).toBe(draft.id);
    expect(await store.queueDraft(draft.id, { stap: 'vacature_gelezen', a: 1 })).toBe(true);
    const key = (await store.getObservation(draft.id))!.idempotencyKey;
    expect(await store.queueDraft(draft.id, { stap: 'vacature_gelezen', a: 2 })).toBe(false);
    expect(await store.saveDraft(draft.id, { a: 3 }, 0)).toBe(false);
    expect(await store.getObservation(draft.id)).toMatchObject({ idempotencyKey: key, answers: { a: 1 } });
    expect(key).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
  });
});
