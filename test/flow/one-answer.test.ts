/**
 * The path of one answer through Peil, step by step, as a map of the code:
 *
 *   surveys/*.json                      the definition a researcher wrote
 *   -> server/catalog/catalog.ts        loaded and checked once at start-up
 *   -> server/routes/surveys.ts         served to the client
 *   -> client/survey-setup.ts           rendered by SurveyJS (here: the same Model, headless)
 *   -> client/submission.ts             posted with an Idempotency-Key
 *   -> server/routes/responses.ts       received (body limit, JSON)
 *   -> server/submissions/submit.ts     validated against the same survey version
 *   -> server/validation/               ... by the validator compiled once for that version
 *   -> server/submissions/anonymise.ts  reduced to what may be kept
 *   -> server/db/responses.ts           stored with the key's outcome in one transaction
 */
import { Model } from 'survey-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp(new Date('2026-02-01T09:00:00Z'));
});
afterAll(async () => {
  await t.db.destroy();
});

it('walks one answer from the survey JSON to the stored row', async () => {
  // 1. The catalog has loaded the definition and compiled its validator.
  const entry = t.catalog.get('werkplek')!;
  expect(entry.definition.version).toBe('1.2.0');
  expect(entry.validator.questionNames).toContain('tevredenheid');

  // 2. The client fetches the definition it renders.
  const served = (await (await t.app.request('/api/surveys/werkplek')).json()) as { version: string; survey: object };
  expect(served.survey).toEqual(entry.definition.survey);

  // 3. SurveyJS renders it and the respondent answers; SurveyJS drops hidden answers on completion.
  const model = new Model(served.survey);
  model.data = { tevredenheid: 5, aanpassing_gevraagd: 'nee', aanpassing_soort: ['bureau'], aanbevelen: false };
  expect(model.validate(true)).toBe(true);
  model.doComplete();
  const answers = model.data;
  expect(answers).not.toHaveProperty('aanpassing_soort');

  // 4. The client posts it with a key made once for this attempt, and the version it rendered.
  const key = crypto.randomUUID();
  const res = await t.app.request('/api/surveys/werkplek/responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ answers, version: served.version }),
  });
  expect(res.status).toBe(201);
  expect(await res.json()).toEqual({ status: 'stored', survey: 'werkplek', version: '1.2.0', wave: '2026-H1' });

  // 5. What is stored: a random id, the survey and version, the half-year, the answers. Nothing else.
  const rows = await t.rows('responses');
  expect(rows).toEqual([
    { id: expect.any(String), survey_id: 'werkplek', survey_version: '1.2.0', wave: '2026-H1', answers: JSON.stringify(answers), attributes: '{}' },
  ]);

  // 6. The key's outcome is kept under a hash of the key; the key itself appears nowhere.
  const keys = await t.rows('idempotency_keys');
  expect(keys).toHaveLength(1);
  expect(JSON.stringify(keys)).not.toContain(key);
  expect(JSON.stringify(keys)).not.toContain(String(rows[0]!.id));
});
