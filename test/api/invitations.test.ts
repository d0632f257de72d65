import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { blindCredential, finaliseCredential, fromBase64url, toBase64url } from '../../client/credential.ts';
import type { PublicCredentialKey } from '../../server/credentials/credential.ts';
import { closeWave, createInvitations, createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir, postResponse, testApp, type TestApp } from '../support/app.ts';
import { answerInvitation, exchangeToken } from '../support/invitation.ts';

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

const post = (path: string, body: unknown, app = t.app) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const keyOf = async (token: string) => ((await (await post('/api/invitations/check', { token })).json()) as { key: PublicCredentialKey }).key;

async function problem(res: Response): Promise<{ type: string; fields: { field: string }[] }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { type: string; fields: { field: string }[] };
  return { ...body, type: body.type.replace('urn:peil:problem:', '') };
}

describe('opening an invitation link: the exchange', () => {
  it('uses the token up for one blinded message, signs a retry of it again, and refuses another browser', async () => {
    const [token] = await invite(1);
    const key = await keyOf(token!);
    const blinded = await blindCredential(key);
    const first = await post('/api/invitations/exchange', { token, blindedMessage: blinded.blindedMessage });
    const retry = await post('/api/invitations/exchange', { token, blindedMessage: blinded.blindedMessage });
    expect([first.status, retry.status]).toEqual([200, 200]);
    const signed = (await first.json()) as { keyId: string; blindSignature: string };
    expect(await retry.json()).toEqual(signed);
    expect(signed.keyId).toBe(key.id);
    await expect(finaliseCredential(blinded, signed.blindSignature)).resolves.toMatchObject({ keyId: key.id });

    const elsewhere = await post('/api/invitations/exchange', { token, blindedMessage: (await blindCredential(key)).blindedMessage });
    expect(elsewhere.status).toBe(409);
    expect(await problem(elsewhere)).toMatchObject({ type: 'invitation-used', fields: [{ field: 'token' }] });
    expect((await t.rows('invitations'))[0]!.used).toBe(1);
    expect(await t.rows('responses')).toEqual([]);
  });

  it('refuses an unknown token with 403, a closed wave with 409, and a message the key cannot sign with 422, using nothing up', async () => {
    const [token] = await invite(1);
    const key = await keyOf(token!);
    const { blindedMessage } = await blindCredential(key);
    const unknown = await post('/api/invitations/exchange', { token: 'not-a-real-token-0123456789', blindedMessage });
    expect(unknown.status).toBe(403);
    expect((await problem(unknown)).type).toBe('unknown-invitation');

    const tooLarge = toBase64url(new Uint8Array(256).fill(0xff));
    const bad = await post('/api/invitations/exchange', { token, blindedMessage: tooLarge });
    expect(bad.status).toBe(422);
    expect((await problem(bad)).fields[0]!.field).toBe('blindedMessage');
    const missing = await post('/api/invitations/exchange', { token });
    expect(missing.status).toBe(422);
    expect((await problem(missing)).fields[0]!.field).toBe('blindedMessage');

    await closeWave(t.db.client, 'werkplek-2026-H2');
    const closed = await post('/api/invitations/exchange', { token, blindedMessage });
    expect(closed.status).toBe(409);
    expect((await problem(closed)).type).toBe('wave-closed');
    expect((await t.rows('invitations'))[0]!.used).toBe(0);
  });

  it('gives all batches of a wave with the same attributes one key, and other attributes another', async () => {
    const [a] = await invite(5, { directie: 'sociaal', schaal: '12+' });
    const [b] = await invite(5, { schaal: '12+', directie: 'sociaal' });
    const [c] = await invite(5, { directie: 'noord' });
    const [keyA, keyB, keyC] = [await keyOf(a!), await keyOf(b!), await keyOf(c!)];
    expect(keyA).toEqual(keyB);
    expect(keyC.id).not.toBe(keyA.id);
    expect(await t.rows('credential_keys')).toHaveLength(2);
  });
});

describe('answering with the credential', () => {
  it('works once: a second answer with the same credential is refused with 409 naming it, and not stored', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    expect((await postResponse(t.app, 'werkplek', { answers, credential })).status).toBe(201);
    const again = await postResponse(t.app, 'werkplek', { answers: { ...answers, tevredenheid: 1 }, credential });
    expect(again.status).toBe(409);
    expect(await problem(again)).toMatchObject({ type: 'invitation-used', fields: [{ field: 'credential' }] });
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('replays a retry of an acknowledged answer (same key and body) instead of refusing the spent credential', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    const key = crypto.randomUUID();
    const first = await postResponse(t.app, 'werkplek', { answers, credential }, key);
    const retry = await postResponse(t.app, 'werkplek', { answers, credential }, key);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('lets exactly one of three simultaneous answers with the same credential through', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    const results = await Promise.all([1, 2, 3].map((v) => postResponse(t.app, 'werkplek', { answers: { ...answers, tevredenheid: v }, credential })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await t.rows('responses')).toHaveLength(1);
  });

  it('refuses a forged signature, another message and a missing credential with 403 naming the credential', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    const signature = fromBase64url(credential.signature);
    signature[10]! ^= 1;
    const forged = await postResponse(t.app, 'werkplek', { answers, credential: { ...credential, signature: toBase64url(signature) } });
    expect(forged.status).toBe(403);
    expect(await problem(forged)).toMatchObject({ type: 'invalid-credential', fields: [{ field: 'credential' }] });
    const otherMessage = await postResponse(t.app, 'werkplek', { answers, credential: { ...credential, message: toBase64url(new Uint8Array(64)) } });
    expect(otherMessage.status).toBe(403);
    // Signatures longer and shorter than the modulus, and one of all ones (above it): refused as forged, not a 500.
    for (const bytes of [new Uint8Array(300), new Uint8Array(230), new Uint8Array(256).fill(255)]) {
      const odd = await postResponse(t.app, 'werkplek', { answers, credential: { ...credential, signature: toBase64url(bytes) } });
      expect(odd.status).toBe(403);
    }

    const missing = await postResponse(t.app, 'werkplek', { answers });
    expect(missing.status).toBe(403);
    expect((await problem(missing)).fields[0]!.field).toBe('credential');
    expect(await t.rows('responses')).toEqual([]);
    expect((await postResponse(t.app, 'werkplek', { answers, credential })).status).toBe(201);
  });

  it('refuses a credential signed by the key of another wave with 403', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    const other = await testApp(now, { mode: 'invitation' });
    try {
      const res = await postResponse(other.app, 'werkplek', { answers, credential });
      expect(res.status).toBe(403);
      expect((await problem(res)).fields[0]!.field).toBe('credential');
      const [otherToken] = (await createInvitations(other.db.client, 'werkplek-2026-H2', 1, {}, now)).tokens;
      const theirs = await exchangeToken(other.app, otherToken!);
      expect((await postResponse(t.app, 'werkplek', { answers, credential: { ...theirs, keyId: credential.keyId } })).status).toBe(403);
    } finally {
      await other.db.destroy();
    }
  });

  it('refuses answers once the wave is closed, and stores nothing', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    await closeWave(t.db.client, 'werkplek-2026-H2');
    const res = await postResponse(t.app, 'werkplek', { answers, credential });
    expect(res.status).toBe(409);
    expect((await problem(res)).type).toBe('wave-closed');
    expect(await t.rows('responses')).toEqual([]);
  });

  it('refuses a credential of another survey with 403 naming the credential', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peil-surveys-'));
    try {
      const werkplek = JSON.parse(readFileSync(join(fixtureSurveysDir, 'werkplek.json'), 'utf8')) as { id: string };
      writeFileSync(join(dir, 'werkplek.json'), JSON.stringify(werkplek));
      writeFileSync(join(dir, 'werkplek2.json'), JSON.stringify({ ...werkplek, id: 'werkplek2' }));
      const catalog = loadCatalog(dir);
      await createWave(t.db.client, catalog, 'werkplek2', { mode: 'open' }, now);
      const app = createApp({ db: t.db, staff: t.db.staff, catalog, now: () => now });
      const [token] = await invite(1);
      const credential = await exchangeToken(app, token!);
      const res = await postResponse(app, 'werkplek2', { answers, credential });
      expect(res.status).toBe(403);
      expect(await problem(res)).toMatchObject({ type: 'invalid-credential', fields: [{ field: 'credential' }] });
      expect((await postResponse(app, 'werkplek', { answers, credential })).status).toBe(201);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses answers after the closing date', async () => {
    const open = await testApp(now, false);
    try {
      await createWave(open.db.client, open.catalog, 'werkplek', { period: '2026-H2', opensOn: '2026-07-01', closesOn: '2026-12-31' }, now);
      const { tokens } = await createInvitations(open.db.client, 'werkplek-2026-H2', 1, {}, now);
      const credential = await exchangeToken(open.app, tokens[0]!);
      const late = createApp({ db: open.db, staff: open.db.staff, catalog: open.catalog, now: () => new Date('2027-01-01T12:00:00Z') });
      const res = await postResponse(late, 'werkplek', { answers, credential });
      expect(res.status).toBe(409);
      expect((await problem(res)).type).toBe('wave-closed');
    } finally {
      await open.db.destroy();
    }
  });

  it('keeps the credential usable when the answers are refused', async () => {
    const [token] = await invite(1);
    const credential = await exchangeToken(t.app, token!);
    const bad = await postResponse(t.app, 'werkplek', { answers: { tevredenheid: 7 }, credential });
    expect(bad.status).toBe(422);
    expect(await t.rows('spent_credentials')).toEqual([]);
    expect((await postResponse(t.app, 'werkplek', { answers, credential })).status).toBe(201);
  });

  it('copies the batch attributes onto the answer, and nothing that identifies the batch, link or key', async () => {
    const [token] = await invite(5, { directie: 'sociaal', schaal: '12+' });
    const credential = await exchangeToken(t.app, token!);
    await postResponse(t.app, 'werkplek', { answers, credential });
    const [row] = await t.rows('responses');
    expect(JSON.parse(String(row!.attributes))).toEqual({ directie: 'sociaal', schaal: '12+' });
    const batchId = String((await t.rows('invitation_batches'))[0]!.id);
    for (const secret of [batchId, token!, credential.keyId, credential.message]) expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(await t.rows('spent_credentials'))).not.toContain(credential.keyId);
  });

  it('refuses an invitation token in the submission itself (it only serves the exchange)', async () => {
    const [token] = await invite(1);
    const res = await postResponse(t.app, 'werkplek', { answers, token });
    expect(res.status).toBe(403);
    expect((await problem(res)).type).toBe('unknown-invitation');
    expect((await t.rows('invitations'))[0]!.used).toBe(0);
  });
});

describe('invitation batches and links', () => {
  it('refuses a batch with attributes below k, and stores none of it', async () => {
    await expect(invite(4, { directie: 'sociaal' })).rejects.toThrow(/at least 5 invitees/);
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

  it('says whether a link can be used, without using it, and that an exchanged link is used', async () => {
    const [token] = await invite(1);
    const check = async (tok: string) => (await (await post('/api/invitations/check', { token: tok })).json()) as Record<string, unknown>;
    expect(await check(token!)).toEqual({ status: 'valid', survey: 'werkplek', key: { id: expect.any(String), publicKey: expect.any(String) } });
    expect(await check(token!)).toMatchObject({ status: 'valid', survey: 'werkplek' });
    await answerInvitation(t.app, 'werkplek', token!, { answers });
    expect(await check(token!)).toEqual({ status: 'used', survey: 'werkplek' });
    expect(await check('nope-nope-nope-nope')).toEqual({ status: 'unknown' });
  });
});
