import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymousResponse, idempotencyKeyHash, spentCredentialHash, submissionBodyHash } from '../../server/submissions/anonymise.ts';
import { GroupCommitter, type CommitItem } from '../../server/submissions/group-commit.ts';
import { testApp, type TestApp } from '../support/app.ts';

const now = new Date('2026-09-15T10:00:00Z');
const wave = { id: 'werkplek-2026-H2', surveyId: 'werkplek', surveyVersion: '1.2.0', period: '2026-H2' };

/** Credential messages, as the committer sees them: random, and already checked by the caller. */
const credentials = ['credential-0', 'credential-1', 'credential-2'];

let t: TestApp;
beforeEach(async () => {
  t = await testApp(now, { mode: 'invitation' });
});
afterEach(async () => {
  await t.db.destroy();
});

function item(key: string, credential: string | undefined, rating: number): CommitItem {
  const body = { answers: { tevredenheid: rating }, credential };
  return {
    keyHash: idempotencyKeyHash(key),
    bodyHash: submissionBodyHash(key, body),
    credentialHash: credential ? spentCredentialHash('key-id', credential) : undefined,
    waveId: wave.id,
    response: anonymousResponse(wave, body.answers, {}),
    outcome: { status: 201, body: { status: 'stored' } },
  };
}

/** Submits all items in the same tick, so the committer writes them in one transaction. */
const together = (committer: GroupCommitter, items: CommitItem[]) => Promise.all(items.map((i) => committer.submit(i)));

describe('one group transaction', () => {
  it('lets one of two answers with the same credential through, and replays a twin with the same key', async () => {
    const committer = new GroupCommitter(t.db);
    const results = await together(committer, [
      item('key-a-0123456789', credentials[0], 1),
      item('key-b-0123456789', credentials[0], 2),
      item('key-c-0123456789', credentials[1], 3),
      item('key-c-0123456789', credentials[1], 3),
    ]);
    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'stored')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'credential-spent')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'replayed')).toHaveLength(1);
    const stored = (await t.rows('responses')).map((r) => JSON.parse(String(r.answers)).tevredenheid as number).sort();
    expect(stored).toHaveLength(2);
    expect(stored).toContain(3);
    expect(await t.rows('idempotency_keys')).toHaveLength(2);
  });

  it('replays a retry whose credential it spent itself, and gives back a credential spent under a known key', async () => {
    const committer = new GroupCommitter(t.db);
    expect((await committer.submit(item('key-d-0123456789', credentials[0], 4))).kind).toBe('stored');
    const [retry, reusedKey] = await together(committer, [
      item('key-d-0123456789', credentials[0], 4),
      item('key-d-0123456789', credentials[2], 5),
    ]);
    expect(retry!.kind).toBe('replayed');
    expect(reusedKey!.kind).toBe('replayed'); // the caller compares body hashes and refuses it (422)
    expect((await t.rows('responses')).length).toBe(1);
    expect(await t.rows('spent_credentials')).toEqual([{ credential_hash: spentCredentialHash('key-id', credentials[0]!), wave_id: wave.id }]);
  });
});
