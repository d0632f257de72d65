/**
 * The path of one answer through Peil, step by step, as a map of the code. Each step names its
 * layer (docs/layers.md); the survey format is the ground every other layer stands on, and analysis
 * sees the database only as the AnswerSource the server hands it.
 *
 *   survey-format/  surveys/*.json               the definition a researcher wrote
 *   survey-format/  catalog/, checker/           loaded and checked once at start-up
 *   server/         waves/waves.ts               fixed by the wave that fields it (the researcher's CLI)
 *   server/         routes/surveys.ts            served to the client
 *   client/         survey-setup.ts              rendered by SurveyJS (here: the same Model, headless)
 *   client/         submission.ts                posted with an Idempotency-Key
 *   server/         routes/responses.ts          received (body limit, JSON)
 *   server/         submissions/submit.ts        validated against the same survey version
 *   survey-format/  validation/                  ... by the validator compiled once for that wave (server/submissions/validators.ts)
 *   server/         submissions/anonymise.ts     reduced to what may be kept
 *   server/         submissions/group-commit.ts  written with other answers in one transaction
 *   server/         db/answer-source.ts          handed to analysis as its AnswerSource
 *   analysis/       indicators/                  read back per wave into indicators, suppressed below k
 */
import { Model } from 'survey-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analysePeriod } from '../../analysis/indicators/analyse.ts';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';
import { closeWave } from '../../server/waves/waves.ts';
import { compileSurvey } from '../../survey-format/validation/index.ts';
import { testApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp(new Date('2026-02-01T09:00:00Z'));
});
afterAll(async () => {
  await t.db.destroy();
});

it('walks one answer from the survey JSON to the stored row', async () => {
  // 1. survey-format: the catalog has loaded and checked the definition. server: testApp opened an
  //    open-link wave with it.
  const entry = t.catalog.get('werkplek')!;
  expect(entry.definition.version).toBe('1.2.0');

  // 2. server: the client fetches the definition the open wave fields.
  const served = (await (await t.app.request('/api/surveys/werkplek')).json()) as { version: string; survey: object; wave: { id: string } };
  expect(served.survey).toEqual(entry.definition.survey);
  expect(served.wave.id).toBe('werkplek-2026-H1');

  // 3. client: SurveyJS renders it and the respondent answers; SurveyJS drops hidden answers on completion.
  const model = new Model(served.survey);
  model.data = { tevredenheid: 5, aanpassing_gevraagd: 'nee', aanpassing_soort: ['bureau'], aanbevelen: false };
  expect(model.validate(true)).toBe(true);
  model.doComplete();
  const answers = model.data;
  expect(answers).not.toHaveProperty('aanpassing_soort');

  // 4. client -> server: the client posts it with a key made once for this attempt, and the version
  //    it rendered; the server validates it with the survey format's validator for that version.
  const key = crypto.randomUUID();
  const res = await t.app.request('/api/surveys/werkplek/responses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ answers, version: served.version }),
  });
  expect(res.status).toBe(201);
  expect(await res.json()).toEqual({ status: 'stored', survey: 'werkplek', version: '1.2.0', wave: '2026-H1' });

  // 5. server: what is stored is a random id, the survey and version, the half-year, and the answers
  //    as the survey format's validator accepted them. Nothing else.
  const validated = compileSurvey(entry.definition.survey).validate(answers);
  expect(validated).toEqual({ ok: true, answers });
  const rows = await t.rows('responses');
  expect(rows).toEqual([
    { id: expect.any(String), survey_id: 'werkplek', survey_version: '1.2.0', wave: '2026-H1', answers: JSON.stringify(answers), attributes: '{}' },
  ]);

  // 6. server: the key's outcome is kept under a hash of the key; the key itself appears nowhere.
  const keys = await t.rows('idempotency_keys');
  expect(keys).toHaveLength(1);
  expect(JSON.stringify(keys)).not.toContain(key);
  expect(JSON.stringify(keys)).not.toContain(String(rows[0]!.id));

  // 7. server -> analysis: after the wave closes, the server hands analysis its database as an
  //    AnswerSource, and analysis reads the answer back. One answer is far below k, so every figure
  //    is hidden and says only why.
  await closeWave(t.db.client, 'werkplek-2026-H1');
  const source = databaseAnswerSource(t.db.client);
  const [report] = await analysePeriod(source, '2026-H1', 'werkplek');
  const tevredenheid = report!.rows.find((r) => r.indicator === 'tevredenheid' && r.breakdown === null);
  expect(tevredenheid).toMatchObject({ shown: false, reason: 'te weinig antwoorden', value: null });
});
