import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/db/audit.ts';
import type { DirectoratePage, Monitor, MonitorCell } from '../../analysis/monitor/model.ts';
import { answerInvitation } from '../support/invitation.ts';
import { adminTestApp, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

/**
 * The integral monitor and the HR figures over the admin API: importing the HR aggregates (whole-file
 * refusal in Dutch, the same file twice stored once, a correction by a new file for the period,
 * audited), who reads which page, and that no figure below the threshold reaches any response.
 * One closed wave of the fixture survey `werkplek`: Sociaal and Veiligheid 7 answers each,
 * Bedrijfsvoering 2 (hidden, and one more with it).
 */
let t: AdminTestApp;
let admin: Agent;
let researcher: Agent;
let manager: Agent;
let reader: Agent;
let po: Agent;
const WAVE = 'werkplek-2026-H2';
const K = 5;

const HEADER = 'periode;directie;bezetting;verzuim_pct;instroom;doorstroom;uitstroom;meldingen;sancties';
const GOOD = [
  HEADER,
  '2026-H2;sociaal;3200;5,5;120;40;90;30;6',
  '2026-H2;veiligheid;1100;7,5;50;12;45;18;2',
  '2026-H2;bedrijfsvoering;1900;4;80;25;70;9;8',
  '2026-H2;weesp;3;10;0;0;1;0;0',
].join('\r\n');

async function answer(directie: string, count: number): Promise<void> {
  const res = await admin.request('POST', `/waves/${WAVE}/invitations`, { count: Math.max(count, K), attributes: { directie } });
  const tokens = (await res.text()).trimEnd().split('\n').slice(1).map((l) => l.split('#t=')[1]!);
  for (const [i, token] of tokens.slice(0, count).entries()) {
    const answers = { tevredenheid: 1 + (i % 5), aanpassing_gevraagd: 'nee' };
    expect((await answerInvitation(t.app, 'werkplek', token, { answers })).status).toBe(201);
  }
}

const importHr = (agent: Agent, body: string, type = 'text/csv; charset=utf-8') =>
  t.app.request('/api/admin/hr/import', { method: 'POST', headers: { Cookie: agent.cookie!, 'X-CSRF-Token': agent.csrf!, 'Content-Type': type }, body });

beforeAll(async () => {
  t = await adminTestApp();
  admin = await t.admin();
  researcher = await t.account(admin, 'onderzoeker', 'researcher');
  manager = await t.account(admin, 'manager-sociaal', 'manager', null, 'sociaal');
  reader = await t.account(admin, 'gmt-lid', 'reader');
  po = await t.account(admin, 'p-en-o', 'po');
  expect((await admin.request('POST', '/waves', { surveyId: 'werkplek' })).status).toBe(201);
  await answer('sociaal', 7);
  await answer('veiligheid', 7);
  await answer('bedrijfsvoering', 2);
  expect((await admin.request('POST', `/waves/${WAVE}/close`)).status).toBe(200);
});
afterAll(async () => {
  await t.db.destroy();
});

describe('importing HR figures', () => {
  it('refuses a bad file whole, naming every row and column in Dutch, and stores nothing', async () => {
    const bad = [HEADER, '2026-H2;sociaal;3200;5,5;120;40;90;30;6', '2026-H2;marketing;100;4;1;1;1;1;1', '2026-H2;veiligheid;1100;120;vijf;12;45;18;2', '2026-h3;noord;10;1;1;1;20;1;1'].join('\n');
    const res = await importHr(researcher, bad);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { type: string; detail: string; fields: { field: string; message: string; row: number; column: string; en: string }[] };
    expect(body.type).toBe('urn:peil:problem:invalid-import');
    expect(body.detail).toBe('Het bestand is geweigerd: 5 fouten in 3 rijen. Er is niets opgeslagen.');
    expect(body.fields.map((f) => [f.row, f.column])).toEqual([
      [3, 'directie'],
      [4, 'instroom'],
      [4, 'verzuim_pct'],
      [5, 'periode'],
      [5, 'uitstroom'],
    ]);
    expect(body.fields[0]).toMatchObject({ field: 'rij 3, directie', message: '"marketing" staat niet in de organisatielijst', en: '"marketing" is not in the organisation list' });
    expect(await t.rows('hr_figures')).toEqual([]);
  });

  it('refuses a missing column and a directorate twice in a period', async () => {
    const missing = await importHr(researcher, GOOD.replace(';sancties', '').replace(/;\d+\r\n/g, '\r\n').replace(/;0$/, ''));
    expect(((await missing.json()) as { fields: { field: string; message: string }[] }).fields).toEqual([
      expect.objectContaining({ field: 'rij 1, sancties', message: 'deze kolom ontbreekt' }),
    ]);
    const twice = await importHr(researcher, `${GOOD}\r\n2026-H2;sociaal;3100;5;1;1;1;1;1`);
    expect(twice.status).toBe(422);
    expect(((await twice.json()) as { fields: { message: string }[] }).fields[0]!.message).toBe('sociaal staat in 2026-H2 ook in rij 2');
    expect(await t.rows('hr_figures')).toEqual([]);
  });

  it('stores a good file once: the same file again changes nothing; each import is audited', async () => {
    const first = await importHr(researcher, GOOD);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ rows: 4, periods: ['2026-H2'], inserted: 4, updated: 0, unchanged: 0, removed: 0 });
    const stored = await t.rows('hr_figures');
    const again = await importHr(researcher, GOOD);
    expect(await again.json()).toEqual({ rows: 4, periods: ['2026-H2'], inserted: 0, updated: 0, unchanged: 4, removed: 0 });
    expect(await t.rows('hr_figures')).toEqual(stored);
    const { entries } = (await (await admin.request('GET', '/audit?limit=500')).json()) as { entries: AuditEntry[] };
    const imports = entries.filter((e) => e.action === 'hr-figures-imported');
    expect(imports).toHaveLength(2);
    expect(imports.map((e) => e.detail)).toContainEqual(expect.objectContaining({ rows: 4, periods: ['2026-H2'], unchanged: 4, asRole: 'researcher' }));
    expect(imports.every((e) => e.username === 'onderzoeker')).toBe(true);
  });

  it('is corrected by importing a new file for the period: changed rows replaced, a directorate left out removed', async () => {
    const corrected = GOOD.replace('2026-H2;bedrijfsvoering;1900;4;80;25;70;9;8', '2026-H2;bedrijfsvoering;1900;4,2;80;25;70;9;8').replace(/\r\n2026-H2;weesp.*$/, '');
    expect(await (await importHr(researcher, corrected)).json()).toEqual({ rows: 3, periods: ['2026-H2'], inserted: 0, updated: 1, unchanged: 2, removed: 1 });
    const rows = await t.rows('hr_figures');
    expect(rows.map((r) => r.directorate).sort()).toEqual(['bedrijfsvoering', 'sociaal', 'veiligheid']);
    expect(rows.find((r) => r.directorate === 'bedrijfsvoering')!.absence).toBe(4.2);
    // Back to the first file, with the tiny district, for the checks below.
    expect((await importHr(researcher, GOOD)).status).toBe(200);
  });

  it('is for the researcher role only, and only as text/csv', async () => {
    for (const agent of [admin, manager, reader, po]) {
      const res = await importHr(agent, GOOD);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('role');
    }
    expect((await importHr(researcher, GOOD, 'application/json')).status).toBe(415);
  });
});

describe('reading the monitor', () => {
  const cells = (m: Monitor): MonitorCell[] => m.lines.flatMap((l) => [l.city, ...Object.values(l.byDirectorate)]);

  it('gives the reader the city overview with no figure below the threshold', async () => {
    const res = await reader.request('GET', '/monitor/2026-H2');
    expect(res.status).toBe(200);
    const { monitor } = (await res.json()) as { monitor: Monitor };
    expect(monitor.directorates).toEqual(expect.arrayContaining(['sociaal', 'veiligheid', 'bedrijfsvoering', 'weesp']));
    const survey = monitor.lines.filter((l) => l.section === 'survey');
    expect(survey.length).toBeGreaterThan(0);
    for (const cell of survey.flatMap((l) => [l.city, ...Object.values(l.byDirectorate)])) if (cell.status === 'shown') expect(cell.n!).toBeGreaterThanOrEqual(K);
    expect(survey[0]!.byDirectorate.bedrijfsvoering).toMatchObject({ status: 'hidden', reason: 'te weinig antwoorden', value: null, n: null });
    for (const line of monitor.lines.filter((l) => l.unit === 'count')) {
      for (const cell of [line.city, ...Object.values(line.byDirectorate)]) if (cell.status === 'shown') expect(cell.value!, line.key).toBeGreaterThanOrEqual(K);
    }
    // Weesp's headcount of 3: its absence is hidden, and so is one more directorate's.
    const absence = monitor.lines.find((l) => l.key === 'hr:absence')!;
    expect(absence.byDirectorate.weesp).toMatchObject({ status: 'hidden', value: null });
    expect(Object.values(absence.byDirectorate).filter((c) => c.status === 'hidden')).toHaveLength(2);
    // Veiligheid's 2 sanctions and Weesp's 0 are hidden; nothing in the response gives them.
    const sanctions = monitor.lines.find((l) => l.key === 'hr:sanctions')!;
    expect(sanctions.byDirectorate.veiligheid).toMatchObject({ status: 'hidden', value: null, trend: [null] });
    expect(cells(monitor).every((c) => c.status !== 'hidden' || (c.value === null && c.n === null && c.change === null))).toBe(true);
  });

  it('gives a manager their own directorate page, 403 for another and for the overview', async () => {
    const own = await manager.request('GET', '/monitor/2026-H2/directorates/sociaal');
    expect(own.status).toBe(200);
    const { page } = (await own.json()) as { page: DirectoratePage };
    expect(page.directorate).toBe('sociaal');
    expect(page.lines.find((l) => l.key === 'hr:inflow')!.directorate).toMatchObject({ status: 'shown', value: 120 });
    for (const l of page.lines) if (l.directorate.status === 'shown' && l.directorate.n !== null) expect(l.directorate.n).toBeGreaterThanOrEqual(K);
    const other = await manager.request('GET', '/monitor/2026-H2/directorates/veiligheid');
    expect(other.status).toBe(403);
    expect(((await other.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('directorate');
    const overview = await manager.request('GET', '/monitor/2026-H2');
    expect(overview.status).toBe(403);
    expect(await problemType(overview)).toBe('forbidden');
  });

  it('answers 404 for a directorate not in the organisation list, 400 for a period that is not a half-year, 403 for P&O', async () => {
    expect((await admin.request('GET', '/monitor/2026-H2/directorates/marketing')).status).toBe(404);
    const bad = await admin.request('GET', '/monitor/2026-Q3');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('period');
    expect((await po.request('GET', '/monitor/2026-H2')).status).toBe(403);
    expect((await admin.request('GET', '/monitor/2026-H2/directorates/veiligheid')).status).toBe(200);
  });

  it('writes every reading to the audit log with the role and directorate', async () => {
    const { entries } = (await (await admin.request('GET', '/audit?limit=500')).json()) as { entries: AuditEntry[] };
    expect(entries.find((e) => e.action === 'figures-viewed' && e.username === 'manager-sociaal')?.detail).toMatchObject({ monitor: '2026-H2', directorate: 'sociaal', asRole: 'manager' });
  });
});
