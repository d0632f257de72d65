import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeWave, createInvitations, createWave } from '../../server/waves/waves.ts';
import { postResponse, testApp, type TestApp } from '../support/app.ts';

const now = new Date('2026-09-15T10:00:00Z');
const answers = { tevredenheid: 4, aanpassing_gevraagd: 'nee' };

let t: TestApp;
beforeEach(async () => {
  t = await testApp(now, { mode: 'invitation' });
});
afterEach(async () => {
  await t.db.destroy();
});

const invite = async (count: number, attributes: Record<string, string> = {}) =>
  (await createInvitations(t.db.client, 'werkplek-2026-H2', count, attributes, now)).tokens;

async function problemType(res: Response): Promise<string> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return ((await res.json()) as { type: string }).type.replace('urn:peil:problem:', '');
}

describe('answering through an invitation link', () => {
  it('works once: a second answer with the same link is refused with 409 and not stored', async () => {
    const [token] = await invite(1);
    expect((await postResponse(t.app, 'werkplek', { answers, token })).status).toBe(201);
    const again = await postResponse(t.app, 'werkplek', { answers: { ...answers, tevredenheid: 1 }, token });
    expect(again.status).toBe(409);
    expect(await problemType(again)).toBe('invitation-used');
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('replays a retry of an acknowledged answer (same key and body) instead of refusing the used link', async () => {
    const [token] = await invite(1);
    const key = crypto.randomUUID();
    const first = await postResponse(t.app, 'werkplek', { answers, token }, key);
    const retry = await postResponse(t.app, 'werkplek', { answers, token }, key);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous answers with the same link through', async () => {
    const [token] = await invite(1);
    const results = await Promise.all([1, 2, 3].map((v) => postResponse(t.app, 'werkplek', { answers: { ...answers, tevredenheid: v }, token })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('refuses an unknown token with 403, and a missing one with 403 naming the field', async () => {
    const unknown = await postResponse(t.app, 'werkplek', { answers, token: 'not-a-real-token-0123456789' });
    expect(unknown.status).toBe(403);
    expect(await problemType(unknown)).toBe('unknown-invitation');
    const missing = await postResponse(t.app, 'werkplek', { answers });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('token');
    expect(await t.rows('responses')).toEqual([]);
  });

  it('refuses answers to a closed wave with 409 and stores nothing', async () => {
    const [token] = await invite(1);
    await closeWave(t.db.client, 'werkplek-2026-H2');
    const res = await postResponse(t.app, 'werkplek', { answers, token });
    expect(res.status).toBe(409);
    expect(await problemType(res)).toBe('wave-closed');
    expect(await t.rows('responses')).toEqual([]);
    expect((await t.rows('invitations'))[0]!.used).toBe(0);
  });

  it('refuses answers after the closing date', async () => {
    const late = await testApp(new Date('2027-01-01T12:00:00Z'), false);
    try {
      await createWave(late.db.client, late.catalog, 'werkplek', { period: '2026-H2', opensOn: '2026-07-01', closesOn: '2026-12-31' }, now);
      const { tokens } = await createInvitations(late.db.client, 'werkplek-2026-H2', 1, {}, now);
      const res = await postResponse(late.app, 'werkplek', { answers, token: tokens[0] });
      expect(res.status).toBe(409);
      expect(await problemType(res)).toBe('wave-closed');
    } finally {
      await late.db.destroy();
    }
  });

  it('keeps the link usable when the answers are refused', async () => {
    const [token] = await invite(1);
    const bad = await postResponse(t.app, 'werkplek', { answers: { tevredenheid: 7 }, token });
    expect(bad.status).toBe(422);
    expect((await t.rows('invitations'))[0]!.used).toBe(0);
    expect((await postResponse(t.app, 'werkplek', { answers, token })).status).toBe(201);
  });

  it('copies the batch attributes onto the answer, and nothing that identifies the batch or link', async () => {
    const [token] = await invite(5, { directie: 'Sociaal', schaal: '12+' });
    await postResponse(t.app, 'werkplek', { answers, token });
    const [row] = await t.rows('responses');
    expect(JSON.parse(String(row!.attributes))).toEqual({ directie: 'Sociaal', schaal: '12+' });
    const batchId = String((await t.rows('invitation_batches'))[0]!.id);
    expect(JSON.stringify(row)).not.toContain(batchId);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('refuses a batch with attributes below k, and stores none of it', async () => {
    await expect(invite(4, { directie: 'Sociaal' })).rejects.toThrow(/at least 5 invitees/);
    expect(await t.rows('invitation_batches')).toEqual([]);
    expect(await t.rows('invitations')).toEqual([]);
    expect(await invite(1)).toHaveLength(1);
  });

  it('stores tokens only as hashes', async () => {
    const tokens = await invite(3);
    const dump = JSON.stringify(await t.rows('invitations'));
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(dump).not.toContain(token);
    }
  });

  it('says whether a link can be used, without using it', async () => {
    const [token] = await invite(1);
    const check = (tok: string) =>
      t.app.request('/api/invitations/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: tok }) });
    expect(await (await check(token!)).json()).toEqual({ status: 'valid', survey: 'werkplek' });
    expect(await (await check(token!)).json()).toEqual({ status: 'valid', survey: 'werkplek' });
    await postResponse(t.app, 'werkplek', { answers, token });
    expect(await (await check(token!)).json()).toEqual({ status: 'used', survey: 'werkplek' });
    expect(await (await check('nope-nope-nope-nope')).json()).toEqual({ status: 'unknown' });
  });
});
