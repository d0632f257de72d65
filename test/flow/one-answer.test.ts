/**
 * The path of one answer through Peil, step by step, as a map of the code:
 *
 *   surveys/*.json                      the definition a researcher wrote
 *   -> survey-format/catalog/catalog.ts loaded and checked once at start-up (survey-format/checker/)
 *   -> server/waves/waves.ts            fixed by the wave that fields it (the researcher's CLI)
 *   -> server/routes/surveys.ts         served to the client
 *   -> client/survey-setup.ts           rendered by SurveyJS (here: the same Model, headless)
 *   -> client/submission.ts             posted with an Idempotency-Key
 *   -> server/routes/responses.ts       received (body limit, JSON)
 *   -> server/submissions/submit.ts     validated against the same survey version
 *   -> server/submissions/validators.ts ... by the validator compiled once for that wave (survey-format/validation/)
 *   -> server/submissions/anonymise.ts  reduced to what may be kept
 *   -> server/submissions/group-commit.ts  written with other answers in one transaction
 *   -> analysis/indicators/             read back per wave into indicators, suppressed below k
 */
import { Model } from 'survey-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analysePeriod } from '../../analysis/indicators/analyse.ts';
import { closeWave } from '../../server/waves/waves.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp(new Date('2026-02-01T09:00:00Z'));
});
afterAll(async () => {
  await t.db.destroy();
});

it('walks one answer from the survey JSON to the stored row', async () => {
  // 1. The catalog has loaded and checked the definition; testApp opened an open-link wave with it.
  const entry = t.catalog.get('werkplek')!;
  expect(entry.definition.version).toBe('1.2.0');

  // 2. The client fetches the definition the open wave fields.
  const served = (await (await t.app.request('/api/surveys/werkplek')).json()) as { version: string; survey: object; wave: { id: string } };
  expect(served.survey).toEqual(entry.definition.survey);
  expect(served.wave.id).toBe('werkplek-2026-H1');

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

  // 7. After the wave closes, analysis reads it back. One answer is far below k, so every figure is
  //    hidden and says only why.
  await closeWave(t.db.client, 'werkplek-2026-H1');
  const [report] = await analysePeriod(databaseAnswerSource(t.db.client), '2026-H1', 'werkplek');
  const tevredenheid = report!.rows.find((r) => r.indicator === 'tevredenheid' && r.breakdown === null);
  expect(tevredenheid).toMatchObject({ shown: false, reason: 'te weinig antwoorden', value: null });
});
