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

  it('lists the surveys anyone can answer today, with id, version, kind and title', async () => {
    const res = await t.app.request('/api/surveys');
    expect(await res.json()).toEqual({
      surveys: [{ id: 'werkplek', version: '1.2.0', kind: 'questionnaire', title: { default: 'Werkplek (test)', en: 'Workplace (test)' } }],
    });
  });

  it('leaves out a survey without a wave open today, or one that needs an invitation', async () => {
    for (const wave of [false, { mode: 'invitation' }] as const) {
      const other = await testApp(new Date('2026-09-15T10:00:00Z'), wave);
      try {
        expect(await (await other.app.request('/api/surveys')).json()).toEqual({ surveys: [] });
      } finally {
        await other.db.destroy();
      }
    }
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
  async function builtClient() {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { gzipSync, brotliCompressSync } = await import('node:zlib');
    const { createApp } = await import('../../server/app.ts');
    const dir = mkdtempSync(join(tmpdir(), 'peil-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Peil</title>');
    const js = 'export const a = 1;'.repeat(100);
    writeFileSync(join(dir, 'assets', 'app-1.js'), js);
    writeFileSync(join(dir, 'assets', 'app-1.js.br'), brotliCompressSync(js));
    writeFileSync(join(dir, 'assets', 'app-1.js.gz'), gzipSync(js));
    // The icon the client ships (client/public is copied into the build as it is).
    const { copyFileSync } = await import('node:fs');
    copyFileSync(new URL('../../client/public/favicon.ico', import.meta.url), join(dir, 'favicon.ico'));
    return createApp({ db: t.db, staff: t.db.staff, catalog: t.catalog, clientDir: dir });
  }

  it('serves the page for client routes, a 404 page for other paths and a 404 for a missing asset', async () => {
    const app = await builtClient();
    for (const path of ['/', '/s/werkplek', '/privacy', '/toegankelijkheid', '/beheer/golven', '/opdracht/']) {
      const page = await app.request(path);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<title>Peil</title>');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
    const unknown = await app.request('/wp-login.php');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('<title>Peil</title>');
    expect((await app.request('/assets/app-1.js')).headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/assets/app-0.js')).status).toBe(404);
  });

  it('serves the copies compressed at build time, brotli first, and says it varies by encoding', async () => {
    const app = await builtClient();
    const br = await app.request('/assets/app-1.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    const gz = await app.request('/assets/app-1.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request('/assets/app-1.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toMatch(/^export const a = 1;/);
  });

  it('answers /favicon.ico with the icon, not the page', async () => {
    const app = await builtClient();
    const icon = await app.request('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/x-icon');
    // An ICO header (reserved 0, type 1) holding one 32x32 image.
    expect([...new Uint8Array(await icon.arrayBuffer()).slice(0, 7)]).toEqual([0, 0, 1, 0, 1, 0, 32]);
  });

  it('gzips a survey definition when the browser accepts it', async () => {
    const res = await t.app.request('/api/surveys/werkplek', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
  });
});
