import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import type { AuditEntry } from '../../server/db/audit.ts';
import { bundledSurveysDir } from '../support/guest-server.ts';
import { adminTestApp, type Agent, type AdminTestApp } from './admin-client.ts';

/**
 * Who reads a register's "% procedures gelukt" (server/auth/figures-scope.ts): researchers and
 * admins always; managers and readers once the half-year is over; a manager only the city totals,
 * their own directorate's rows and the targets of their directorate and of the whole City.
 */
let t: AdminTestApp;
let admin: Agent;
let manager: Agent;
let reader: Agent;

const HEADER = 'procedure_ref,directie,schaalgroep,werving,jaar,halfjaar,biws_gevolgd,opdracht_vertaald,vacaturetekst_inclusief,rooney_rule';
const rows = (directie: string, count: number) =>
  Array.from({ length: count }, (_, i) => `V2026-${directie.slice(0, 3)}${i},${directie},12_plus,extern,2026,h2,${i % 3 ? 'ja' : 'nee'},ja,ja,${i % 2 ? 'ja' : 'nee'}`);

type Figures = {
  report: {
    rows: { indicator: string; breakdown: string | null; group: string | null; shown: boolean }[];
    targets: { indicator: string; directorate: string | null }[];
  };
};

beforeAll(async () => {
  t = await adminTestApp(new Date('2027-01-20T10:00:00Z'), loadCatalog(bundledSurveysDir));
  admin = await t.admin();
  const po = await t.account(admin, 'p-en-o', 'po');
  manager = await t.account(admin, 'manager-sociaal', 'manager', null, 'sociaal');
  reader = await t.account(admin, 'gmt-lid', 'reader');
  const res = await t.app.request('/api/admin/registers/procedures/import', {
    method: 'POST',
    headers: { Cookie: po.cookie!, 'X-CSRF-Token': po.csrf!, 'Content-Type': 'text/csv' },
    body: [HEADER, ...rows('sociaal', 8), ...rows('veiligheid', 8)].join('\r\n'),
  });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await t.db.destroy();
});

describe('register figures by role and directorate', () => {
  it('a manager reads the city totals and their own directorate, the targets of both, and nothing of another directorate', async () => {
    const res = await manager.request('GET', '/registers/procedures/figures?period=2026-H2');
    expect(res.status).toBe(200);
    const { report } = (await res.json()) as Figures;
    expect(report.rows.some((r) => r.breakdown === 'directie' && r.group === 'sociaal' && r.shown)).toBe(true);
    expect(report.rows.every((r) => r.breakdown === null || (r.breakdown === 'directie' && r.group === 'sociaal'))).toBe(true);
    expect(report.rows.some((r) => r.breakdown === null && r.shown)).toBe(true);
    expect(report.targets.length).toBeGreaterThan(0);
    expect(report.targets.every((x) => x.directorate === null || x.directorate === 'sociaal')).toBe(true);

    const other = await manager.request('GET', '/registers/procedures/figures?period=2026-H2&directorate=veiligheid');
    expect(other.status).toBe(403);
    expect(((await other.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('directorate');
  });

  it('a reader reads every directorate; neither reads a half-year that is not over; the admin does', async () => {
    const { report } = (await (await reader.request('GET', '/registers/procedures/figures?period=2026-H2')).json()) as Figures;
    expect(new Set(report.rows.filter((r) => r.breakdown === 'directie' && r.shown).map((r) => r.group))).toEqual(new Set(['sociaal', 'veiligheid']));
    for (const agent of [manager, reader]) {
      const running = await agent.request('GET', '/registers/procedures/figures?period=2027-H1');
      expect(running.status).toBe(403);
      expect(((await running.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('period');
    }
    expect((await admin.request('GET', '/registers/procedures/figures?period=2027-H1')).status).toBe(200);
  });

  it('every reading goes to the audit log with the directorate it was read for', async () => {
    const { entries } = (await (await admin.request('GET', '/audit?limit=500')).json()) as { entries: AuditEntry[] };
    const viewed = entries.find((e) => e.action === 'figures-viewed' && e.username === 'manager-sociaal');
    expect(viewed?.detail).toMatchObject({ register: 'procedures', period: '2026-H2', directorate: 'sociaal' });
  });
});
