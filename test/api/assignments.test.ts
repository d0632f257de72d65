import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedAssignment } from '../../server/assignments/open.ts';
import { problemType } from './admin-client.ts';
import {
  assignmentTestApp,
  createLinks,
  openAssignment,
  paired,
  problemOf,
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

describe('creating assignments', () => {
  it('makes two linked assignments for a paired target and one for an unpaired target, as a CSV shown once', async () => {
    const res = await t.researcher.request('POST', `/waves/${WAVE}/assignments`, { targets: [paired, visit], baseUrl: 'https://peil.example.nl/' });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`${WAVE}-opdrachten.csv`);
    const csv = await res.text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('pair_id,profile,order,reference,directorate,kind,link');
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(3);
    const [a, b, single] = rows as [string[], string[], string[]];
    expect([a[0], b[0]]).toEqual(['2026H2-001', '2026H2-001']);
    expect(a[0]).toMatch(/^[A-Za-z0-9-]{1,20}$/);
    expect([a[1], b[1]]).toEqual(['a', 'b']);
    expect([a[2], b[2]].sort()).toEqual(['1', '2']);
    expect(a.slice(3, 6)).toEqual(['V-2026-0417', 'sociaal', 'vacature_extern']);
    expect(single.slice(0, 6)).toEqual(['', '', '', 'SP-Noord', 'dienstverlening', 'servicepunt']);
    for (const row of rows) expect(row[6]).toMatch(/^https:\/\/peil\.example\.nl\/opdracht\/#t=[A-Za-z0-9_-]{24}$/);

    // Only hashes are kept, and nothing names a guest.
    const stored = await t.rows('assignments');
    expect(stored).toHaveLength(3);
    const tokens = rows.map((r) => r[6]!.split('#t=')[1]!);
    for (const row of stored) {
      expect(Object.keys(row).sort()).toEqual(['directorate', 'id', 'kind', 'pair_id', 'position', 'profile', 'reference', 'token_hash', 'wave_id']);
      for (const token of tokens) expect(JSON.stringify(row)).not.toContain(token);
    }
    const audit = await t.rows('audit_log');
    const entry = audit.find((e) => e.action === 'assignments-created')!;
    expect(JSON.parse(String(entry.detail))).toMatchObject({ wave: WAVE, targets: 2, pairs: 1, assignments: 3 });
    for (const token of tokens) expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('numbers pairs on from those already handed out', async () => {
    await createLinks(t.researcher, [paired]);
    const rows = await createLinks(t.researcher, [paired, { ...paired, reference: 'V-2026-0500' }]);
    expect(rows.map((r) => r.pair_id)).toEqual(['2026H2-002', '2026H2-002', '2026H2-003', '2026H2-003']);
  });

  it('draws the order of each pair at random: profile a goes first in some pairs and second in others', async () => {
    // 60 pairs: the chance that a fixed order (or a broken draw) passes is 2 x 2^-60.
    const rows = await createLinks(t.researcher, Array.from({ length: 60 }, (_, i) => ({ ...paired, reference: `V-${i}` })));
    const aFirst = rows.filter((r) => r.profile === 'a' && r.order === '1').length;
    const aSecond = rows.filter((r) => r.profile === 'a' && r.order === '2').length;
    expect(aFirst + aSecond).toBe(60);
    expect(aFirst).toBeGreaterThan(0);
    expect(aSecond).toBeGreaterThan(0);
    // Within each pair the two positions differ.
    for (let i = 0; i < rows.length; i += 2) expect(Number(rows[i]!.order) + Number(rows[i + 1]!.order)).toBe(3);
  });

  it('refuses targets that do not fit the survey, naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ targets: [{ ...paired, directorate: 'marketing' }] }, 'targets.0.directorate'],
      // A sector of the old directorate question, and a label instead of the code: only codes of the organisation list.
      [{ targets: [{ ...paired, directorate: 'ruimte_en_economie' }] }, 'targets.0.directorate'],
      [{ targets: [{ ...paired, directorate: 'Stadsdeel Noord' }] }, 'targets.0.directorate'],
      [{ targets: [paired, { ...visit, kind: 'winkel' }] }, 'targets.1.kind'],
      [{ targets: [{ ...visit, reference: 'Jan de Vries, Noord' }] }, 'targets.0.reference'],
      [{ targets: [] }, 'targets'],
      [{ targets: [visit, visit] }, 'targets.1.reference'],
      [{ targets: [paired], baseUrl: 'javascript:alert(1)' }, 'baseUrl'],
      [{ targets: [{ ...paired, paired: 'ja' }] }, 'targets.0.paired'],
    ];
    for (const [body, field] of cases) {
      const res = await t.researcher.request('POST', `/waves/${WAVE}/assignments`, body);
      expect(res.status, field).toBe(422);
      expect((await problemOf(res)).fields.map((f) => f.field), JSON.stringify(body)).toContain(field);
    }
    expect(await t.rows('assignments')).toEqual([]);
  });

  it('refuses an unpaired reference that already has an assignment in the wave', async () => {
    await createLinks(t.researcher, [visit]);
    const res = await t.researcher.request('POST', `/waves/${WAVE}/assignments`, { targets: [{ ...visit, reference: 'sp-noord' }] });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).fields[0]!.field).toBe('targets.0.reference');
  });

  it('only gives assignment mode to observation surveys, and assignments only to assignment waves', async () => {
    const wrongMode = await t.researcher.request('POST', '/waves', { surveyId: 'inclusie', mode: 'assignment' });
    expect(wrongMode.status).toBe(422);
    expect((await problemOf(wrongMode)).fields[0]!.field).toBe('mode');
    expect((await t.researcher.request('POST', '/waves', { surveyId: 'inclusie' })).status).toBe(201);
    const res = await t.researcher.request('POST', '/waves/inclusie-2026-H2/assignments', { targets: [paired] });
    expect(res.status).toBe(409);
    expect(await problemType(res)).toBe('not-assignment-wave');
    expect(await t.rows('assignments')).toEqual([]);
  });

  it('refuses assignments for a closed wave', async () => {
    expect((await t.researcher.request('POST', `/waves/${WAVE}/close`)).status).toBe(200);
    const res = await t.researcher.request('POST', `/waves/${WAVE}/assignments`, { targets: [paired] });
    expect(res.status).toBe(409);
    expect(await problemType(res)).toBe('wave-closed');
  });

  it('lets only researchers whose account covers the survey create or list assignments (CSRF required)', async () => {
    const admin = t.agent();
    await admin.login('admin');
    const other = await t.account(admin, 'alleen-inclusie', 'researcher', ['inclusie']);
    for (const method of ['GET', 'POST']) {
      const res = await other.request(method, `/waves/${WAVE}/assignments`, method === 'POST' ? { targets: [paired] } : undefined);
      expect(res.status, method).toBe(403);
      expect((await problemOf(res)).fields[0]!.field).toBe('id');
    }
    const noCsrf = await t.researcher.request('POST', `/waves/${WAVE}/assignments`, { targets: [paired] }, { 'X-CSRF-Token': 'wrong' });
    expect(noCsrf.status).toBe(403);
    expect(await problemType(noCsrf)).toBe('csrf');
    expect((await t.agent().request('GET', `/waves/${WAVE}/assignments`)).status).toBe(401);
    expect(await t.rows('assignments')).toEqual([]);
  });
});

describe('opening an assignment', () => {
  it('gives the guest the assignment, the answers filled in for them and the wave’s survey, uncached', async () => {
    const [a, b] = await createLinks(t.researcher, [paired]);
    const res = await openAssignment(t, a!.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as OpenedAssignment;
    expect(body.assignment).toEqual({ reference: 'V-2026-0417', directorate: 'sociaal', kind: 'vacature_extern', pairId: '2026H2-001', profile: 'a', order: Number(a!.order) });
    expect(body.prefilled).toEqual({ paar_id: '2026H2-001', testprofiel: 'a', procedure_ref: 'V-2026-0417', opdracht_directie: 'sociaal', opdracht_soort: 'vacature_extern' });
    expect(body.stepQuestion).toBe('stap');
    expect(body.survey).toMatchObject({ id: 'mystery-guest', version: '2.0.0' });
    expect(body.survey.definition).toEqual(await (await t.app.request('/api/surveys/mystery-guest')).json());
    expect(body.wave).toEqual({ period: '2026-H2', status: 'open', closesOn: '2026-12-31' });
    expect(((await (await openAssignment(t, b!.token)).json()) as OpenedAssignment).assignment.profile).toBe('b');
  });

  it('tells an unpaired assignment’s app to hide the pair questions too', async () => {
    const [single] = await createLinks(t.researcher, [visit]);
    const body = (await (await openAssignment(t, single!.token)).json()) as OpenedAssignment;
    expect(body.assignment).toMatchObject({ pairId: null, profile: null, order: null });
    expect(body.prefilled).toEqual({ procedure_ref: 'SP-Noord', opdracht_directie: 'dienstverlening', opdracht_soort: 'servicepunt' });
    expect(body.hiddenQuestions).toEqual(['paar_id', 'testprofiel', 'procedure_ref', 'opdracht_directie', 'opdracht_soort']);
  });

  it('refuses an unknown token with 403 naming the token, and a body without one with 422', async () => {
    const res = await openAssignment(t, 'bm90LWEtcmVhbC10b2tlbi0w');
    expect(res.status).toBe(403);
    expect(await problemOf(res)).toEqual({ type: 'unknown-assignment', fields: [{ field: 'token', message: 'unknown' }] });
    const open = (body: string) => t.app.request('/api/assignments/open', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const refusals: [string, number, string][] = [
      ['{}', 422, 'token'],
      ['{"token":5}', 422, 'token'],
      ['{"token":"bm90LWEtcmVhbC10b2tlbi0w","extra":1}', 422, '(body)'],
      ['"just a string"', 422, '(body)'],
      ['{', 400, '(body)'],
      [JSON.stringify({ token: 'x'.repeat(5000) }), 413, '(body)'],
    ];
    for (const [body, status, field] of refusals) {
      const res = await open(body);
      expect([body.slice(0, 40), res.status]).toEqual([body.slice(0, 40), status]);
      expect((await problemOf(res)).fields.map((f) => f.field)).toEqual([field]);
    }
  });

  it('says when the wave is closed', async () => {
    const [a] = await createLinks(t.researcher, [paired]);
    await t.researcher.request('POST', `/waves/${WAVE}/close`);
    expect(((await (await openAssignment(t, a!.token)).json()) as { wave: { status: string } }).wave.status).toBe('closed');
  });
});
