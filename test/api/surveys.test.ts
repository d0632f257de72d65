import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.db.destroy();
});

describe('the survey API', () => {
  it('answers GET /api/health', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: t.db.embedded ? 'embedded' : 'server' });
  });

  it('lists the surveys with id, version, kind and title', async () => {
    const res = await t.app.request('/api/surveys');
    expect(await res.json()).toEqual({
      surveys: [{ id: 'werkplek', version: '1.2.0', kind: 'questionnaire', title: { default: 'Werkplek (test)', en: 'Workplace (test)' } }],
    });
  });

  it('serves the definition the client renders, without the analysis metadata', async () => {
    const body = (await (await t.app.request('/api/surveys/werkplek')).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['id', 'kind', 'purpose', 'survey', 'version', 'wave']);
    expect(body.wave).toEqual({ id: 'werkplek-2026-H2', period: '2026-H2', mode: 'open', closesOn: '2026-12-31' });
    expect((body.survey as { pages: unknown[] }).pages).toHaveLength(2);
  });

  it('answers an unknown survey or endpoint with a 404 problem', async () => {
    for (const path of ['/api/surveys/nope', '/api/nothing-here']) {
      const res = await t.app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('sets the security headers on every response and no-store on the API', async () => {
    for (const path of ['/api/health', '/api/surveys/nope']) {
      const res = await t.app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
