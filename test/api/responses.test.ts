import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postResponse, testApp, type TestApp } from '../support/app.ts';

const valid = { answers: { tevredenheid: 4, aanpassing_gevraagd: 'ja', aanpassing_soort: ['software'], aanbevelen: true } };

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.db.destroy();
});

async function expectProblem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { type: string; detail: string; fields?: { field: string }[] };
  expect(body.type).toBe(`urn:peil:problem:${type}`);
  expect(body.detail).toBeTruthy();
  return body;
}

async function expectNothingStored() {
  expect(await t.rows('responses')).toEqual([]);
  expect(await t.rows('idempotency_keys')).toEqual([]);
}

describe('POST /api/surveys/:id/responses', () => {
  it('stores a valid answer with only id, survey, version, wave and answers', async () => {
    const res = await postResponse(t.app, 'werkplek', valid);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ status: 'stored', survey: 'werkplek', version: '1.2.0', wave: '2026-H2' });
    const rows = await t.rows('responses');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'attributes', 'id', 'survey_id', 'survey_version', 'wave']);
    expect(rows[0]!.attributes).toBe('{}');
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(String(rows[0]!.answers))).toEqual(valid.answers);
  });

  it('drops answers to questions that are hidden by skip logic', async () => {
    const res = await postResponse(t.app, 'werkplek', {
      answers: { tevredenheid: 2, aanpassing_gevraagd: 'nee', aanpassing_soort: ['bureau'] },
    });
    expect(res.status).toBe(201);
    const [row] = await t.rows('responses');
    expect(JSON.parse(String(row!.answers))).toEqual({ tevredenheid: 2, aanpassing_gevraagd: 'nee' });
  });

  it('replays the first result for a retry with the same key and body, and stores one row', async () => {
    const key = crypto.randomUUID();
    const first = await postResponse(t.app, 'werkplek', valid, key);
    const second = await postResponse(t.app, 'werkplek', valid, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('stores one row when the same submission races itself', async () => {
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => postResponse(t.app, 'werkplek', valid, key)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('refuses the same key with another body (422) and keeps the first answer only', async () => {
    const key = crypto.randomUUID();
    await postResponse(t.app, 'werkplek', valid, key);
    const res = await postResponse(t.app, 'werkplek', { answers: { ...valid.answers, tevredenheid: 1 } }, key);
    const body = await expectProblem(res, 422, 'idempotency-key-reused');
    expect(body.fields?.map((f) => f.field)).toEqual(['Idempotency-Key']);
    const rows = await t.rows('responses');
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]!.answers)).tevredenheid).toBe(4);
  });

  it('refuses an unknown survey with 404', async () => {
    await expectProblem(await postResponse(t.app, 'bestaat-niet', valid), 404, 'not-found');
    await expectNothingStored();
  });

  it('refuses malformed JSON with 400', async () => {
    await expectProblem(await postResponse(t.app, 'werkplek', '{"answers": {'), 400, 'malformed-json');
    await expectNothingStored();
  });

  it('refuses a missing or malformed Idempotency-Key with 400 naming the header', async () => {
    const missing = await expectProblem(await postResponse(t.app, 'werkplek', valid, null), 400, 'bad-request');
    expect(missing.fields?.[0]?.field).toBe('Idempotency-Key');
    await expectProblem(await postResponse(t.app, 'werkplek', valid, 'short'), 400, 'bad-request');
    await expectNothingStored();
  });

  it('refuses a body that is not { answers } with 422 naming the field', async () => {
    const body = await expectProblem(await postResponse(t.app, 'werkplek', { antwoorden: {} }), 422, 'invalid-body');
    expect(body.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['answers']));
    await expectProblem(await postResponse(t.app, 'werkplek', [1, 2]), 422, 'invalid-body');
    await expectNothingStored();
  });

  it('refuses answers that break the survey rules with 422 naming each question', async () => {
    const res = await postResponse(t.app, 'werkplek', {
      answers: {
        tevredenheid: 9,
        aanpassing_gevraagd: 'ja',
        aanpassing_soort: ['bureau', 'software', 'werktijden'],
        aanbevelen: 'true',
        toelichting: 'x'.repeat(201),
        onbekend: 1,
      },
    });
    const body = await expectProblem(res, 422, 'invalid-answers');
    expect(body.fields?.map((f) => f.field).sort()).toEqual(
      ['aanbevelen', 'aanpassing_soort', 'onbekend', 'tevredenheid', 'toelichting'].sort(),
    );
    await expectNothingStored();
  });

  it('refuses a missing required answer among the visible questions', async () => {
    const body = await expectProblem(
      await postResponse(t.app, 'werkplek', { answers: { tevredenheid: 3, aanpassing_gevraagd: 'ja' } }),
      422,
      'invalid-answers',
    );
    expect(body.fields?.map((f) => f.field)).toEqual(['aanpassing_soort']);
    await expectNothingStored();
  });

  it('refuses an answer to an older survey version with 409', async () => {
    await expectProblem(await postResponse(t.app, 'werkplek', { ...valid, version: '1.1.0' }), 409, 'survey-version-changed');
    await expectNothingStored();
  });

  it('refuses a body over the limit with 413, also when it is sent chunked', async () => {
    const big = JSON.stringify({ answers: { toelichting: 'x'.repeat(300 * 1024) } });
    await expectProblem(await postResponse(t.app, 'werkplek', big), 413, 'body-too-large');
    const chunks = new ReadableStream({
      start(c) {
        for (let i = 0; i < 30; i++) c.enqueue(new TextEncoder().encode('x'.repeat(10 * 1024)));
        c.close();
      },
    });
    const chunked = await t.app.request('/api/surveys/werkplek/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'Transfer-Encoding': 'chunked' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    await expectProblem(chunked, 413, 'body-too-large');
    await expectNothingStored();
  });
});
