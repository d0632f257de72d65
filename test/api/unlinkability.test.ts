import { randomBytes } from 'node:crypto';
import { sampleRankCorrelation } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Credential } from '../../server/credentials/credential.ts';
import { CREDENTIAL_KEY_BITS } from '../../server/credentials/suite.ts';
import { invitationTokenHash } from '../../server/submissions/anonymise.ts';
import { createInvitations } from '../../server/waves/waves.ts';
import { postResponse, testApp, type TestApp } from '../support/app.ts';
import { exchangeToken } from '../support/invitation.ts';
import { mintCredential, mintingKey, type MintingKey } from '../support/mint-credential.ts';
import { recordingClient, type RecordedTransaction } from '../support/recording-client.ts';

/**
 * The linkage attacks of ../shared/guide/privacy.md: someone holds the whole database after a wave
 * and knows the order in which links were handed out and answers came in; or watches every
 * transaction the server sends to the database while the wave runs. Nothing may let them line
 * tokens up with answers better than chance.
 */
const N = 1_000;
/** How many invitees open their link as a browser does, blinding a message in this process (25-100 ms each). */
const BLINDED_IN_BROWSER = 60;
/**
 * Largest rank correlation taken for "unrelated": about three standard errors (1 / sqrt(N - 1) = 0.032)
 * under independence, so chance alone exceeds it about once in 640 runs (each test; normal
 * approximation, 2 * scipy.stats.norm.sf(0.1 * sqrt(999)) = 0.0016, and 0.0015 in 200,000
 * permutations with scipy.stats.spearmanr); any order kept from submission or hand-out gives a
 * correlation near 1.
 */
const UNRELATED = 0.1;
const waveId = 'werkplek-2026-H2';
const now = new Date('2026-09-15T10:00:00Z');
let t: TestApp;
let tokens: string[];
let transactions: RecordedTransaction[];

beforeAll(async () => {
  t = await testApp(now, { mode: 'invitation' });
  tokens = (await createInvitations(t.db.client, waveId, N, {}, now)).tokens;
  const recording = recordingClient(t.db.client, t.db.writer);
  transactions = recording.transactions;
  const app = createApp({ db: { ...t.db, client: recording.client, writer: recording.writer! }, staff: t.db.staff, catalog: t.catalog, now: () => now });
  // Invitee i opens the link and answers i-th, in groups of 20 at once (as a busy morning would), and
  // says who they are in the comment, which only this test can read. The first ones blind a message
  // as the browser does; the rest send the exchange a random number below the modulus (the server
  // cannot tell it from a blinded message) and answer with a credential signed with the group's key
  // (what unblinding would give), so every token still goes through the exchange and every answer
  // through the submission, in the same known order, without 25-100 ms of blinding each.
  let key: MintingKey | undefined;
  for (let start = 0; start < N; start += 20) {
    const group = tokens.slice(start, start + 20);
    if (start >= BLINDED_IN_BROWSER) key ??= await mintingKey(t.db.client, waveId);
    const credentials = await Promise.all(group.map((token) => (key ? exchangeUnseen(app, token, key) : exchangeToken(app, token))));
    const answers = credentials.map((credential, j) =>
      postResponse(app, 'werkplek', { answers: { tevredenheid: 3, aanpassing_gevraagd: 'nee', toelichting: `n${start + j}` }, credential }),
    );
    for (const res of await Promise.all(answers)) expect(res.status).toBe(201);
  }
}, 180_000);

/** The token through the real exchange for a random blinded message, and a credential minted with the group's key. */
async function exchangeUnseen(app: ReturnType<typeof createApp>, token: string, key: MintingKey): Promise<Credential> {
  const blindedMessage = randomBytes(CREDENTIAL_KEY_BITS / 8);
  blindedMessage[0] = 0; // below the modulus, as long as it
  const res = await app.request('/api/invitations/exchange', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, blindedMessage: blindedMessage.toString('base64url') }),
  });
  expect(res.status).toBe(200);
  return mintCredential(key);
}
afterAll(async () => {
  await t.db.destroy();
});

const writesInvitation = (s: { sql: string }) => /^\s*(UPDATE|INSERT\s+INTO|REPLACE\s+INTO|DELETE\s+FROM)\s+invitations\b/i.test(s.sql);
const writesAnswer = (s: { sql: string }) => /^\s*(INSERT|REPLACE)\s+INTO\s+responses\b/i.test(s.sql);

describe(`after ${N} invited answers in a known order`, () => {
  it('never writes a used token and an answer in one transaction', () => {
    const tokenWrites = transactions.filter((tx) => tx.some(writesInvitation));
    const answerWrites = transactions.filter((tx) => tx.some(writesAnswer));
    // Every link was used up, and every answer stored, by some transaction the server committed...
    const usedHashes = new Set(tokenWrites.flatMap((tx) => tx.flatMap((s) => (Array.isArray(s.args) ? s.args.map(String) : []))));
    for (const token of tokens) expect(usedHashes.has(invitationTokenHash(token))).toBe(true);
    expect(answerWrites.length).toBeGreaterThan(0);
    // ...and never the same one: exchanges write tokens and nothing else, an answer's transaction no token.
    expect(transactions.filter((tx) => tx.some(writesInvitation) && tx.some(writesAnswer))).toEqual([]);
    for (const tx of tokenWrites) expect(tx.every(writesInvitation)).toBe(true);
  });

  it('stores answers in an order unrelated to the order of submission', async () => {
    const stored = (await t.db.client.execute('SELECT answers FROM responses')).rows.map((r) => JSON.parse(String(r.answers)).toelichting as string);
    expect(stored).toHaveLength(N);
    const submittedAs = stored.map((c) => Number(c.slice(1)));
    const positions = submittedAs.map((_, i) => i);
    expect(Math.abs(sampleRankCorrelation(positions, submittedAs))).toBeLessThan(UNRELATED);
  });

  it('stores invitations in an order unrelated to the order they were handed out', async () => {
    const hashes = (await t.db.client.execute('SELECT token_hash FROM invitations')).rows.map((r) => String(r.token_hash));
    const handedOut = new Map(tokens.map((tok, i) => [invitationTokenHash(tok), i]));
    const order = hashes.map((h) => handedOut.get(h)!);
    expect(Math.abs(sampleRankCorrelation(order.map((_, i) => i), order))).toBeLessThan(UNRELATED);
  });

  it('keeps no time and no column that joins a token to an answer', async () => {
    const tables = (await t.db.client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) => String(r.name));
    for (const table of tables) {
      const cols = (await t.db.client.execute(`PRAGMA table_info(${table})`)).rows.map((r) => String(r.name));
      const timeLike = cols.filter((c) => /time|date|created|updated|_at$|_on$/.test(c));
      // Only a wave's own opening and closing dates are dates, and they are the same for every answer;
      // purged_on: one date per wave, set only once its answers are gone. The researchers' accounts,
      // sessions and audit log, which hold times, are in the staff database.
      const allowed = ['waves.opens_on', 'waves.closes_on', 'waves.purged_on'];
      expect(timeLike.filter((c) => !allowed.includes(`${table}.${c}`))).toEqual([]);
      const dump = JSON.stringify((await t.db.client.execute(`SELECT * FROM ${table}`)).rows);
      expect(dump).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
    const responseCols = (await t.db.client.execute('PRAGMA table_info(responses)')).rows.map((r) => String(r.name));
    expect(responseCols.sort()).toEqual(['answers', 'attributes', 'id', 'survey_id', 'survey_version', 'wave']);
    const invitationCols = (await t.db.client.execute('PRAGMA table_info(invitations)')).rows.map((r) => String(r.name));
    expect(invitationCols.sort()).toEqual(['batch_id', 'blinded_hash', 'token_hash', 'used']);
    const spentCols = (await t.db.client.execute('PRAGMA table_info(spent_credentials)')).rows.map((r) => String(r.name));
    expect(spentCols.sort()).toEqual(['credential_hash', 'wave_id']);
    expect((await t.db.client.execute('SELECT count(*) AS n FROM invitations WHERE used = 1')).rows[0]!.n).toBe(N);
    expect((await t.db.client.execute('SELECT count(*) AS n FROM spent_credentials')).rows[0]!.n).toBe(N);
  });
});
