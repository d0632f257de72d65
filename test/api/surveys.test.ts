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
      // One year at least (ASVS 5 V3.4.1); Hono's default is 180 days.
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('the built client', () => {
  it('serves the page for client routes and a 404 for a missing asset', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { createApp } = await import('../../server/app.ts');
    const dir = mkdtempSync(join(tmpdir(), 'peil-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Peil</title>');
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'export {}');
    const app = createApp({ db: t.db, staff: t.db.staff, catalog: t.catalog, clientDir: dir });
    const page = await app.request('/s/werkplek');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Peil</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await app.request('/assets/app-1.js')).headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/app-0.js')).status).toBe(404);
  });
});
