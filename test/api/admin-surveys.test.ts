import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminTestApp, type Agent, type AdminTestApp } from './admin-client.ts';

const good = readFileSync(new URL('../fixtures/surveys/werkplek.json', import.meta.url), 'utf8');
const bundled = readFileSync(new URL('../../surveys/inclusie.json', import.meta.url), 'utf8');
const broken = readFileSync(new URL('../fixtures/broken-surveys/unknown-type.json', import.meta.url), 'utf8');

type Problems = { problems: { path: string; code: string; params: Record<string, unknown>; message: string }[] };

let t: AdminTestApp;
let admin: Agent;
let scoped: Agent;
beforeAll(async () => {
  t = await adminTestApp();
  admin = await t.admin();
  scoped = await t.account(admin, 'alleen-werkplek', 'researcher', ['werkplek']);
});
afterAll(async () => {
  await t.db.destroy();
});

describe('/api/admin/surveys', () => {
  it('lists the surveys an account may see, with version, kind and status ok', async () => {
    const all = (await (await admin.request('GET', '/surveys')).json()) as { surveys: { id: string; version: string; kind: string; status: string }[] };
    expect(all.surveys.map((s) => s.id).sort()).toEqual(['andere', 'werkplek']);
    expect(all.surveys.find((s) => s.id === 'werkplek')).toMatchObject({ version: '1.2.0', kind: 'questionnaire', status: 'ok' });
    const mine = (await (await scoped.request('GET', '/surveys')).json()) as { surveys: { id: string }[] };
    expect(mine.surveys.map((s) => s.id)).toEqual(['werkplek']);
  });

  it('gives a definition, 404 for an unknown id', async () => {
    const res = await scoped.request('GET', '/surveys/werkplek');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { definition: { id: string } }).definition.id).toBe('werkplek');
    expect((await admin.request('GET', '/surveys/bestaat-niet')).status).toBe(404);
  });

  it('checks a pasted definition: no problems for a good one, as text or object, also above the 16 KB admin limit', async () => {
    for (const body of [good, JSON.parse(good) as object, bundled]) {
      const res = await scoped.request('POST', '/surveys/check', body);
      expect(res.status).toBe(200);
      expect(((await res.json()) as Problems).problems).toEqual([]);
    }
    expect(bundled.length).toBeGreaterThan(16 * 1024);
  });

  it("returns the checker's messages for a broken definition and for text that is not JSON, and stores nothing", async () => {
    const before = await t.rows('audit_log').catch(() => []);
    const res = await admin.request('POST', '/surveys/check', broken);
    const { problems } = (await res.json()) as Problems;
    expect(problems.length).toBeGreaterThan(0);
    // Each by code and parameters, for the workspace to word in its language, with the English text beside.
    expect(problems[0]).toEqual({ path: '$.survey.pages[1].elements[0].type', code: 'type-unknown', params: { type: 'yesno', accepted: expect.any(String) }, message: expect.stringMatching(/^unknown question type/) });
    const notJson = ((await (await admin.request('POST', '/surveys/check', '{"id": ')).json()) as Problems).problems;
    expect(notJson).toEqual([{ path: '$', code: 'not-json', params: { detail: expect.any(String) }, message: expect.stringMatching(/^not valid JSON: /) }]);
    // JSON the server refuses as a body (too deeply nested) is the server's refusal, worded by its code like every other.
    const deep = await admin.request('POST', '/surveys/check', `${'['.repeat(100)}${']'.repeat(100)}`);
    expect(deep.status).toBe(422);
    expect(deep.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(((await deep.json()) as { fields: { code: string }[] }).fields.map((f) => f.code)).toEqual(['too-deep']);
    expect(await t.rows('audit_log').catch(() => [])).toEqual(before);
  });

  it('refuses bodies above its own limit, and needs a session and CSRF token', async () => {
    const huge = await admin.request('POST', '/surveys/check', 'x'.repeat(600 * 1024));
    expect(huge.status).toBe(413);
    expect((await t.agent().request('POST', '/surveys/check', good)).status).toBe(401);
    expect((await admin.request('POST', '/surveys/check', good, { 'X-CSRF-Token': 'wrong' })).status).toBe(403);
    expect((await admin.request('POST', '/surveys/check', good, { Origin: 'https://evil.example' })).status).toBe(403);
  });
});
