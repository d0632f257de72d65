import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectPairs } from '../../analysis/paired/index.ts';
import { answerPages } from '../../server/db/answer-pages.ts';
import { postResponse } from '../support/app.ts';
import {
  assignmentTestApp,
  createLinks,
  helped,
  observe,
  outcome,
  paired,
  problemOf,
  readVacancy,
  visit,
  WAVE,
  type AssignmentTestApp,
} from './assignments-client.ts';

let t: AssignmentTestApp;
beforeEach(async () => {
  t = await assignmentTestApp();
});
afterEach(async () => {
  await t.db.destroy();
});

const stored = async () =>
  (await t.rows('responses')).map((r) => ({ answers: JSON.parse(String(r.answers)) as Record<string, unknown>, attributes: JSON.parse(String(r.attributes)) }));

describe('observations through an assignment link', () => {
  it('stores one observation per step with the assignment’s answers filled in, and the pair order as an attribute', async () => {
    const [a] = await createLinks(t.researcher, [paired]);
    expect((await observe(t, a!.token, readVacancy)).status).toBe(201);
    const second = await observe(t, a!.token, outcome('uitgenodigd'));
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual({ status: 'stored', survey: 'mystery-guest', version: '2.0.0', wave: '2026-H2' });

    const rows = await stored();
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.answers).toMatchObject({ paar_id: '2026H2-001', testprofiel: 'a', procedure_ref: 'V-2026-0417', opdracht_directie: 'sociaal', opdracht_soort: 'vacature_extern' });
      expect(r.attributes).toEqual({ volgorde: a!.order });
    }
    expect(rows.map((r) => r.answers.stap).sort()).toEqual(['uitkomst', 'vacature_gelezen']);
  });

  it('counts each observation once: a retry with the same key replays, the same key with another body is refused', async () => {
    const [a] = await createLinks(t.researcher, [paired]);
    const key = crypto.randomUUID();
    const first = await observe(t, a!.token, readVacancy, key);
    const retry = await observe(t, a!.token, readVacancy, key);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const other = await observe(t, a!.token, { ...readVacancy, vac_diversiteit: 'ja' }, key);
    expect(other.status).toBe(422);
    expect((await problemOf(other)).type).toBe('idempotency-key-reused');
    // Two simultaneous sends of one queued observation (two tabs) are stored once as well.
    const racing = crypto.randomUUID();
    const both = await Promise.all([observe(t, a!.token, outcome('afgewezen'), racing), observe(t, a!.token, outcome('afgewezen'), racing)]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(await stored()).toHaveLength(2);
  });

  it('refuses an unknown token with 403 and stores nothing', async () => {
    const res = await observe(t, 'bm90LWEtcmVhbC10b2tlbi0w', readVacancy);
    expect(res.status).toBe(403);
    expect(await problemOf(res)).toEqual({ type: 'unknown-assignment', fields: [{ field: 'token', message: 'unknown' }] });
    expect(await t.rows('responses')).toEqual([]);
    expect(await t.rows('idempotency_keys')).toEqual([]);
  });

  it('refuses observations without a link in an assignment wave', async () => {
    const res = await postResponse(t.app, 'mystery-guest', { answers: { ...readVacancy, opdracht_soort: 'vacature_extern', procedure_ref: 'X', opdracht_directie: 'sociaal' } });
    expect(res.status).toBe(403);
    expect(await problemOf(res)).toMatchObject({ type: 'assignment-required', fields: [{ field: 'token' }] });
    expect(await t.rows('responses')).toEqual([]);
  });

  it('refuses observations once the wave is closed (409) or before it opens, and stores nothing', async () => {
    const [a] = await createLinks(t.researcher, [paired]);
    // Sent just before the closing date; its acknowledgement is lost and the device retries after it.
    const key = crypto.randomUUID();
    expect((await observe(t, a!.token, readVacancy, key)).status).toBe(201);
    const today = t.clock.now;
    t.clock.now = new Date('2031-01-01T10:00:00Z');
    const retry = await observe(t, a!.token, readVacancy, key);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toMatchObject({ status: 'stored' });
    expect((await observe(t, a!.token, readVacancy)).status).toBe(409);
    t.clock.now = today;
    await t.researcher.request('POST', `/waves/${WAVE}/close`);
    const res = await observe(t, a!.token, readVacancy);
    expect(res.status).toBe(409);
    expect(await problemOf(res)).toEqual({ type: 'wave-closed', fields: [{ field: 'wave', message: 'is not open' }] });
    expect(await t.rows('responses')).toHaveLength(1);

    expect((await t.researcher.request('POST', '/waves', { surveyId: 'mystery-guest', mode: 'assignment', period: '2027-H1', opensOn: '2027-01-01' })).status).toBe(201);
    const [later] = await createLinks(t.researcher, [paired], 'mystery-guest-2027-H1');
    const early = await observe(t, later!.token, readVacancy);
    expect(early.status).toBe(409);
    expect((await problemOf(early)).type).toBe('wave-closed');
    expect(await t.rows('responses')).toHaveLength(1);
    expect(await t.rows('idempotency_keys')).toEqual([]);
  });

  it('refuses an observation that contradicts its assignment (422 naming the question), and stores nothing', async () => {
    const [a, , single] = await createLinks(t.researcher, [paired, visit]);
    const wrongRef = await observe(t, a!.token, { ...readVacancy, procedure_ref: 'V-9999' });
    expect(wrongRef.status).toBe(422);
    expect(await problemOf(wrongRef)).toMatchObject({ type: 'invalid-answers', fields: [{ field: 'procedure_ref' }] });
    const wrongProfile = await observe(t, a!.token, { ...readVacancy, testprofiel: 'b', paar_id: '2026H2-001' });
    expect((await problemOf(wrongProfile)).fields.map((f) => f.field)).toEqual(['testprofiel']);
    const pairOnSingle = await observe(t, single!.token, { ...helped, paar_id: 'X-1', testprofiel: 'a' });
    expect(pairOnSingle.status).toBe(422);
    expect((await problemOf(pairOnSingle)).fields.map((f) => f.field)).toEqual(['paar_id', 'testprofiel']);
    // Sending the filled-in values themselves is fine.
    expect((await observe(t, a!.token, { ...readVacancy, procedure_ref: 'V-2026-0417', testprofiel: 'a' })).status).toBe(201);
    expect(await stored()).toHaveLength(1);
  });

  it('refuses answers that do not fit the survey as any submission is refused', async () => {
    const [a] = await createLinks(t.researcher, [paired]);
    const res = await observe(t, a!.token, { ...readVacancy, vac_taal_inclusief: 'misschien' });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).fields[0]!.field).toBe('vac_taal_inclusief');
    expect(await t.rows('responses')).toEqual([]);
  });

  it('cannot answer another survey with an assignment token', async () => {
    const [a] = await createLinks(t.researcher, [paired]);
    expect((await t.researcher.request('POST', '/waves', { surveyId: 'exit', mode: 'open' })).status).toBe(201);
    for (const survey of ['exit', 'inclusie']) {
      const res = await observe(t, a!.token, readVacancy, crypto.randomUUID(), survey);
      expect(res.status, survey).toBe(403);
      expect((await problemOf(res)).fields[0]!.field).toBe('token');
    }
    expect(await t.rows('responses')).toEqual([]);
  });

  it('shows the researcher each assignment’s progress, without tokens', async () => {
    const [a, b, single] = await createLinks(t.researcher, [paired, visit]);
    await observe(t, a!.token, readVacancy);
    await observe(t, a!.token, outcome('uitgenodigd'));
    await observe(t, single!.token, helped);
    const res = await t.researcher.request('GET', `/waves/${WAVE}/assignments`);
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    for (const link of [a, b, single]) expect(text).not.toContain(link!.token);
    const { assignments } = (await res.json()) as { assignments: Record<string, unknown>[] };
    expect(assignments.map(({ id: _id, ...rest }) => rest)).toEqual([
      { waveId: WAVE, reference: 'V-2026-0417', directorate: 'sociaal', kind: 'vacature_extern', pairId: '2026H2-001', profile: 'a', order: Number(a!.order), observations: 2, furthestStep: 'uitkomst' },
      { waveId: WAVE, reference: 'V-2026-0417', directorate: 'sociaal', kind: 'vacature_extern', pairId: '2026H2-001', profile: 'b', order: Number(b!.order), observations: 0, furthestStep: null },
      { waveId: WAVE, reference: 'SP-Noord', directorate: 'dienstverlening', kind: 'servicepunt', pairId: null, profile: null, order: null, observations: 1, furthestStep: 'uitkomst' },
    ]);
  });

  it('stores observations that analysis/paired reads as pairs', async () => {
    const [a1, b1, a2, b2, single] = await createLinks(t.researcher, [paired, { ...paired, reference: 'V-2026-0500', directorate: 'veiligheid' }, visit]);
    await observe(t, a1!.token, readVacancy);
    await observe(t, a1!.token, outcome('uitgenodigd'));
    await observe(t, b1!.token, outcome('afgewezen'));
    await observe(t, a2!.token, outcome('afgewezen'));
    await observe(t, b2!.token, readVacancy);
    await observe(t, single!.token, helped);

    const { pairs, unpairedObservations } = await collectPairs(answerPages(t.db.client, 'mystery-guest', '2026-H2'));
    expect(unpairedObservations).toBe(1);
    expect(pairs).toEqual([
      {
        id: '2026H2-001',
        status: 'complete',
        directorate: 'sociaal',
        reference: 'V-2026-0417',
        scale: '9_11',
        kind: 'vacature_extern',
        profiles: { a: { observations: 2, furthestPositive: 'uitgenodigd', final: true }, b: { observations: 1, furthestPositive: null, final: true } },
      },
      {
        id: '2026H2-002',
        status: 'incomplete',
        directorate: 'veiligheid',
        reference: 'V-2026-0500',
        scale: '9_11',
        kind: 'vacature_extern',
        profiles: { a: { observations: 1, furthestPositive: null, final: true }, b: { observations: 1, furthestPositive: null, final: false } },
      },
    ]);
  });
});
