import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { testDatabaseKind } from '../support/database.ts';
import { anyString, contentType, encodedBody, FUZZ_SEED, fuzzRuns, headerValue, hostileBody, jsonText } from '../support/hostile.ts';
import { adminTestApp, type AdminTestApp, type Agent } from './admin-client.ts';

/**
 * A hostile client against every public and admin route, in-process: bodies, headers and
 * encodings drawn by fast-check (seeded, bounded). Whatever arrives, the answer is never a 5xx,
 * every refusal is problem+json, nothing is stored, and the server works normally afterwards.
 * The raw-HTTP side (what Node's parser refuses) is in hostile-http.test.ts.
 *
 * On the embedded database only: the same requests over sqld test the network, not the input
 * checks, and would take minutes.
 */
const QUESTIONS = ['tevredenheid', 'aanpassing_gevraagd', 'aanpassing_soort', 'aanbevelen', 'toelichting'];
/** Field names the admin API reads, so hostile values reach its schemas. */
const ADMIN_FIELDS = ['username', 'password', 'role', 'surveys', 'surveyId', 'mode', 'k', 'opensOn', 'closesOn', 'count', 'attributes', 'targets', 'baseUrl', 'token', 'current', 'next'];
/** Tables whose rows a refused request must leave as they were (the audit log may note refusals). */
const DATA_TABLES = ['responses', 'idempotency_keys', 'spent_credentials', 'credential_keys', 'waves', 'invitation_batches', 'invitations', 'assignments', 'wave_reports'];
/** In the staff database (docs/decisions/010). */
const STAFF_TABLES = ['accounts', 'sessions', 'setup_tokens'];

let t: AdminTestApp;
let admin: Agent;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  t = await adminTestApp();
  admin = await t.admin();
  await createWave(t.db.client, loadCatalog(fixtureSurveysDir), 'werkplek', { mode: 'open' }, t.clock.now);
  before = await snapshot();
});
afterAll(async () => {
  await t?.db.destroy();
});

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of DATA_TABLES) {
    out[table] = (await t.db.client.execute(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  }
  for (const table of STAFF_TABLES) {
    // A signed-in request moves its session's last-seen time on, as it should.
    out[table] = (await t.db.staff.client.execute(`SELECT * FROM ${table} ORDER BY 1`)).rows.map(({ last_seen_at: _, ...r }) => r);
  }
  return out;
}

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

/** Sends one request; the clock moves on, so the open link's rate limit refills as it would in real time. */
async function send(r: Sent): Promise<Response> {
  t.advance(0.1);
  return t.app.request(r.path, { method: r.method, headers: r.headers, body: r.body });
}

/** No 5xx; a refusal is problem+json with a Peil type. `refusalOnly`: a 2xx is a failure too. */
async function expectNoFault(res: Response, r: Sent, refusalOnly: boolean): Promise<void> {
  const what = `${r.method} ${r.path} ${JSON.stringify(r.headers)} ${r.body ? Buffer.from(r.body).toString('utf8').slice(0, 200) : ''}`;
  expect(res.status, what).toBeLessThan(500);
  if (refusalOnly) expect(res.status, what).toBeGreaterThanOrEqual(400);
  if (res.status < 400) return;
  expect(res.headers.get('Content-Type'), what).toBe('application/problem+json');
  if (r.method === 'HEAD') return;
  const problem = (await res.json()) as { type: string; status: number };
  expect(problem.type, what).toMatch(/^urn:peil:problem:[a-z-]+$/);
  expect(problem.status, what).toBe(res.status);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** A path segment as a hostile client writes it: any text percent-encoded, or raw broken escapes. */
const segment = fc.oneof(
  anyString(12).map((s) => encodeURIComponent(s.replace(/\p{Surrogate}/gu, '\uFFFD'))),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%C0%AE', '..', '%2e%2e', '%2F', '%u0041', 'werkplek%00', '%F0%9F%98', 'a%2Fb'),
);

describe.skipIf(testDatabaseKind === 'sqld')('a hostile client', () => {
  it('gets a 4xx problem for every submission it makes up, and nothing is stored', async () => {
    const answers = fc.oneof(
      // The questions of the survey with hostile answers, and one key no survey has, so nothing can be valid.
      { weight: 5, arbitrary: hostileBody(Object.fromEntries(QUESTIONS.map((q) => [q, jsonText(QUESTIONS)])), ['zz_geen_vraag', '1']) },
      { weight: 1, arbitrary: jsonText(QUESTIONS) },
    );
    const request = fc.record({
      body: encodedBody(hostileBody({ answers, version: jsonText([]), token: jsonText([]), credential: jsonText(['keyId', 'message', 'signature']) })),
      type: contentType,
      key: fc.option(fc.oneof(fc.uuid(), headerValue), { nil: undefined, freq: 8 }),
    });
    // The four bodies that were 500s before the input was checked (issue 13), always among the cases.
    const issue13 = [
      '{"answers":{"toelichting":"\\ud800","zz_geen_vraag":1}}',
      '{"answers":{"x":1e309}}',
      `{"answers":{"x":${'['.repeat(3000)}${']'.repeat(3000)}}}`,
      '{"answers":{"aanpassing_gevraagd":{"toString":1},"zz_geen_vraag":1}}',
    ].map((text) => [{ body: utf8(text), type: 'application/json', key: '0123456789abcdef0123' as string | undefined }] as [typeof request extends fc.Arbitrary<infer T> ? T : never]);
    await fc.assert(
      fc.asyncProperty(request, async ({ body, type, key }) => {
        const headers: Record<string, string> = { 'Content-Type': type };
        if (key !== undefined) headers['Idempotency-Key'] = key;
        const r = { method: 'POST', path: '/api/surveys/werkplek/responses', headers, body };
        await expectNoFault(await send(r), r, true);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(2500), examples: issue13 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it.each(['/api/invitations/check', '/api/invitations/exchange', '/api/assignments/open'])('gets a 4xx problem for every token body it makes up at %s', async (path) => {
    const request = fc.record({ body: encodedBody(hostileBody({ token: jsonText([]), blindedMessage: jsonText([]) })), type: contentType });
    await fc.assert(
      fc.asyncProperty(request, async ({ body, type }) => {
        const r = { method: 'POST', path, headers: { 'Content-Type': type }, body };
        const res = await send(r);
        // A made-up token is simply unknown to the check (200, status "unknown"); the assignment route refuses it.
        await expectNoFault(res, r, !path.endsWith('/check'));
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(1500) },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('gets no 5xx for any path under /api, with any method', async () => {
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      path: fc.oneof(
        segment.map((s) => `/api/surveys/${s}`),
        segment.map((s) => `/api/surveys/${s}/responses`),
        segment.map((s) => `/api/${s}`),
        fc.tuple(segment, segment).map(([a, b]) => `/api/admin/waves/${a}/${b}`),
        fc.constantFrom('/api/health', '/api/surveys', '/api/surveys/werkplek', '/api//surveys', '/api/surveys/werkplek/responses/', '/api/surveys?x=%zz'),
      ),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path }) => {
        const r = { method, path, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() } };
        await expectNoFault(await send({ ...r, body: method === 'GET' || method === 'HEAD' ? undefined : utf8('{}') }), r, false);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(1500) },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('gets no 5xx from any admin route, signed in or not, and changes nothing', async () => {
    // Every admin route, read from the app itself; logging out would end the session the others use.
    const seen = new Set<string>();
    const routes = t.app.routes
      .filter((r) => r.path.startsWith('/api/admin/') && r.method !== 'ALL' && !r.path.endsWith('/logout'))
      .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const adminBody = hostileBody(Object.fromEntries(ADMIN_FIELDS.map((f) => [f, jsonText(ADMIN_FIELDS)])));
    const request = fc.record({
      route: fc.constantFrom(...routes),
      id: segment,
      body: encodedBody(adminBody),
      type: contentType,
      as: fc.constantFrom('admin', 'admin', 'admin', 'nobody', 'forged'),
      csrf: fc.option(headerValue, { nil: undefined, freq: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ route, id, body, type, as, csrf }) => {
        const headers: Record<string, string> = { 'Content-Type': type };
        if (as === 'admin') headers.Cookie = admin.cookie!;
        if (as === 'forged') headers.Cookie = `__Host-peil-session=${id}`;
        headers['X-CSRF-Token'] = csrf ?? admin.csrf!;
        const path = route.path.replace(/:[a-z]+/g, id);
        const r = { method: route.method, path, headers, body: route.method === 'GET' ? undefined : body };
        await expectNoFault(await send(r), r, false);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(2000) },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('is still served normally afterwards: health, and an honest answer stored once', async () => {
    expect((await t.app.request('/api/health')).status).toBe(200);
    const key = crypto.randomUUID();
    // A lone surrogate in an honest answer is stored as U+FFFD, the same on every retry.
    const body = '{"answers":{"tevredenheid":4,"aanpassing_gevraagd":"nee","toelichting":"kapot \\ud83d emoji"}}';
    const post = () => send({ method: 'POST', path: '/api/surveys/werkplek/responses', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: utf8(body) });
    expect((await post()).status).toBe(201);
    const retry = await post();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    const stored = (await t.db.client.execute('SELECT answers FROM responses')).rows.map((r) => JSON.parse(String(r.answers)) as Record<string, unknown>);
    expect(stored).toEqual([{ tevredenheid: 4, aanpassing_gevraagd: 'nee', toelichting: 'kapot \uFFFD emoji' }]);
  });
});
