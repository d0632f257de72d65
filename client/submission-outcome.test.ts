import { describe, expect, it } from 'vitest';
import { readSubmissionOutcome } from './submission-outcome.ts';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const html = (status: number) => new Response('<html><body>Please log in to the Wi-Fi</body></html>', { status, headers: { 'Content-Type': 'text/html' } });
const problem = { type: 'urn:peil:problem:wave-closed', title: 'Survey closed', status: 409, detail: 'closed', fields: [{ field: 'wave', message: 'is not open' }] };

describe('reading the answer to a submission', () => {
  it('counts as stored only what Peil says it stored', async () => {
    expect(await readSubmissionOutcome(json(201, { status: 'stored', survey: 's', version: '1', wave: '2026-H2' }))).toEqual({ kind: 'stored' });
    // A captive portal or proxy answering 200 with its own page: the answer is not on the server.
    expect(await readSubmissionOutcome(html(200))).toEqual({ kind: 'retry' });
    expect(await readSubmissionOutcome(json(200, { ok: true }))).toEqual({ kind: 'retry' });
  });

  it('counts as refused only a problem from Peil, and keeps the copy for anything else', async () => {
    expect(await readSubmissionOutcome(json(409, problem, 'application/problem+json'))).toEqual({ kind: 'refused', problem });
    for (const res of [html(403), html(404), html(407), json(413, { error: 'too big' }), json(409, { ...problem, type: 'about:blank' }, 'application/problem+json')]) {
      expect(await readSubmissionOutcome(res)).toEqual({ kind: 'retry' });
    }
    for (const status of [408, 425, 429, 500, 503]) {
      expect(await readSubmissionOutcome(json(status, { ...problem, status }, 'application/problem+json'))).toEqual({ kind: 'retry' });
    }
  });
});
