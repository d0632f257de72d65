import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { postResponse } from '../support/app.ts';
import { bundledSurveysDir } from '../support/guest-server.ts';
import { adminTestApp, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

/**
 * The procedures register over the admin API: entering, correcting and importing records. A bad
 * import file is refused whole, every bad row and column named in Dutch, nothing stored; the same
 * file twice stores once. Runs against the bundled registers (surveys/procedures.json).
 */
let t: AdminTestApp;
let admin: Agent;
/** P&O enters and imports records (server/auth/permissions.ts); the admin reads figures. */
let po: Agent;

const HEADER = 'procedure_ref,directie,schaalgroep,werving,jaar,halfjaar,biws_gevolgd,opdracht_vertaald,vacaturetekst_inclusief,rooney_rule';
const GOOD = [
  HEADER,
  'V2026-0001,sociaal,12_plus,extern,2026,h2,ja,ja,ja,nee',
  'V2026-0002,sociaal,9_11,intern,2026,h2,nee,nvt,nvt,nvt',
  'V2026-0003,veiligheid,12_plus,extern,2026,h2,ja,nee,ja,ja',
].join('\r\n');

beforeAll(async () => {
  t = await adminTestApp(new Date('2026-09-15T10:00:00Z'), loadCatalog(bundledSurveysDir));
  admin = await t.admin();
  po = await t.account(admin, 'p-en-o', 'po');
});
afterAll(async () => {
  await t.db.destroy();
});

function postCsv(agent: Agent, body: string | Uint8Array<ArrayBuffer>, register = 'procedures') {
  return t.app.request(`/api/admin/registers/${register}/import`, {
    method: 'POST',
    headers: { Cookie: agent.cookie!, 'X-CSRF-Token': agent.csrf!, 'Content-Type': 'text/csv; charset=utf-8' },
    body,
  });
}

interface Refusal {
  type: string;
  detail: string;
  fields: { field: string; message: string; row: number | null; column: string | null; en: string }[];
}
const stored = async () => (await t.rows('procedure_records')).length;

async function refused(body: string | Uint8Array<ArrayBuffer>): Promise<Refusal> {
  const before = await stored();
  const res = await postCsv(po, body);
  expect(res.status).toBe(422);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(await stored()).toBe(before);
  return (await res.json()) as Refusal;
}

describe('importing a register CSV', () => {
  it('refuses a file with a missing column, naming the column', async () => {
    const body = await refused(GOOD.replace(',rooney_rule', '').replace(/,(ja|nee|nvt)\r\n/g, '\r\n').replace(/,(ja|nee|nvt)$/, ''));
    expect(body.fields).toEqual([
      { field: 'rij 1, rooney_rule', code: 'bilingual', params: { nl: 'deze kolom ontbreekt', en: 'this column is missing' }, message: 'deze kolom ontbreekt', row: 1, column: 'rooney_rule', en: 'this column is missing' },
    ]);
    expect(body.detail).toMatch(/^Het bestand is geweigerd: 1 fout in 1 rij\. Er is niets opgeslagen\.$/);
  });

  it('refuses an unknown directorate, naming row and column, and the good rows are not stored either', async () => {
    const body = await refused(`${GOOD}\r\nV2026-0004,marketing,12_plus,extern,2026,h2,ja,ja,ja,ja\r\nV2026-0005,sociaal,12_plus,extern,2026,h2,ja,ja,misschien,ja`);
    expect(body.fields.map((f) => [f.row, f.column])).toEqual([
      [5, 'directie'],
      [6, 'vacaturetekst_inclusief'],
    ]);
    expect(body.fields[0]!.message).toMatch(/^moet een van deze waarden zijn: .*sociaal/);
    expect(body.detail).toContain('2 fouten in 2 rijen');
  });

  it('refuses a name, an e-mail address and a BSN in the reference', async () => {
    const rows = ['Jansen', 'p.jansen@amsterdam.nl', '111222333', '"Jan de Vries 2"'].map((ref) => `${ref},sociaal,12_plus,extern,2026,h2,ja,ja,ja,ja`);
    const body = await refused([HEADER, ...rows].join('\n'));
    expect(body.fields.map((f) => [f.row, f.column, f.message])).toEqual([
      [2, 'procedure_ref', 'heeft geen cijfer en lijkt een naam; gebruik het vacaturenummer'],
      [3, 'procedure_ref', 'lijkt een e-mailadres; gebruik het vacaturenummer'],
      [4, 'procedure_ref', 'lijkt een BSN; gebruik het vacaturenummer'],
      [5, 'procedure_ref', 'mag alleen letters, cijfers en . _ / - bevatten, zonder spaties (een vacaturenummer, geen naam)'],
    ]);
  });

  it('refuses a reference twice in one period, naming both rows', async () => {
    const body = await refused(`${GOOD}\r\nV2026-0001,sociaal,12_plus,extern,2026,h2,ja,ja,ja,ja`);
    expect(body.fields).toEqual([
      expect.objectContaining({ row: 5, column: 'procedure_ref', message: 'kenmerk V2026-0001 staat in 2026-H2 ook in rij 2' }),
    ]);
  });

  it('refuses a file that is not UTF-8, naming the line', async () => {
    // "Sociaal domein" with é in Windows-1252 (0xE9) in a quoted extra column would be fine in UTF-8; here it is not.
    const text = `${GOOD}\r\nV2026-0009,sociaal,12_plus,extern,2026,h2,ja,ja,ja,ja`;
    const bytes = new Uint8Array([...Buffer.from(text.replace('V2026-0009', 'V2026-00X9'), 'latin1')]);
    bytes[bytes.lastIndexOf(0x58)] = 0xe9;
    const body = await refused(bytes);
    expect(body.fields).toEqual([expect.objectContaining({ row: 5, column: null, message: expect.stringMatching(/^het bestand is geen UTF-8/) })]);
  });

  it('refuses a 50 MB file whole (413) without reading it', async () => {
    const big = `${HEADER}\n${'V2026-0001,sociaal,12_plus,extern,2026,h2,ja,ja,ja,ja\n'.repeat(Math.ceil((50 * 1024 * 1024) / 56))}`;
    const res = await postCsv(po, big);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await stored()).toBe(0);
  });

  it('stores a good file once: the same file again changes nothing, a corrected row updates one record', async () => {
    const first = await postCsv(po, GOOD);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ rows: 3, inserted: 3, updated: 0, unchanged: 0 });
    const again = await postCsv(po, GOOD);
    expect(await again.json()).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });
    expect(await stored()).toBe(3);
    const corrected = await postCsv(po, GOOD.replace('V2026-0003,veiligheid,12_plus,extern,2026,h2,ja,nee,ja,ja', 'V2026-0003,veiligheid,12_plus,extern,2026,h2,ja,ja,ja,ja'));
    expect(await corrected.json()).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect(await stored()).toBe(3);
    // Dutch spreadsheets write ';' between fields.
    const semicolons = await postCsv(po, GOOD.replaceAll(',', ';'));
    expect(await semicolons.json()).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const audit = (await t.rows('audit_log')).filter((r) => r.action === 'procedures-imported');
    expect(audit).toHaveLength(4);
    expect(String(audit[0]!.detail)).not.toContain('V2026');
  });

  it('enters one record from the form, refuses it twice, and corrects it', async () => {
    const answers = { procedure_ref: 'V2026-0100', directie: 'bedrijfsvoering', schaalgroep: '12_plus', werving: 'intern', jaar: 2026, halfjaar: 'h2', biws_gevolgd: 'ja' };
    const res = await po.request('POST', '/registers/procedures/records', { answers });
    expect(res.status).toBe(201);
    const { record } = (await res.json()) as { record: { id: string; period: string } };
    expect(record.period).toBe('2026-H2');
    const twice = await po.request('POST', '/registers/procedures/records', { answers });
    expect(twice.status).toBe(409);
    const bad = await po.request('POST', '/registers/procedures/records', { answers: { ...answers, procedure_ref: 'Piet', jaar: 'twee' } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as Refusal).fields.map((f) => f.field).sort()).toEqual(['jaar', 'procedure_ref']);
    const fixed = await po.request('PUT', `/registers/procedures/records/${record.id}`, { answers: { ...answers, biws_gevolgd: 'nee' } });
    expect(fixed.status).toBe(200);
    const rows = (await t.rows('procedure_records')).filter((r) => r.id === record.id);
    expect(JSON.parse(String(rows[0]!.answers))).toMatchObject({ biws_gevolgd: 'nee' });
    const actions = (await t.rows('audit_log')).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['procedure-record-entered', 'procedure-record-corrected']));
  });

  it('refuses entry to every role but P&O, a register outside the account\'s scope, and a wave for a register', async () => {
    const limited = await t.account(admin, 'alleen-inclusie', 'researcher', ['inclusie']);
    for (const agent of [limited, admin]) {
      const res = await postCsv(agent, GOOD);
      expect(res.status).toBe(403);
      expect(await problemType(res)).toBe('forbidden');
      expect(((await res.json()) as Refusal).fields[0]!.field).toBe('role');
    }
    const outside = await limited.request('GET', '/registers/procedures/figures?period=2026-H2');
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as Refusal).fields[0]!.field).toBe('id');
    const wave = await admin.request('POST', '/waves', { surveyId: 'procedures' });
    expect(wave.status).toBe(422);
    // The respondents' list holds the surveys with an open link today: never a register.
    expect((await admin.request('POST', '/waves', { surveyId: 'inclusie', mode: 'open' })).status).toBe(201);
    const listed = (await (await t.app.request('/api/surveys')).json()) as { surveys: { id: string }[] };
    expect(listed.surveys.map((s) => s.id)).not.toContain('procedures');
    expect(listed.surveys.map((s) => s.id)).toContain('inclusie');
  });

  it('shows a recruiter the Rooney verdict of a running procedure from its applicants\' registrations, never a share', async () => {
    expect((await admin.request('POST', '/waves', { surveyId: 'sollicitant-herkomst', mode: 'open' })).status).toBe(201);
    const verdict = async (ref: string) => ((await (await admin.request('GET', `/registers/procedures/rooney/${ref}`)).json()) as { verdict: string }).verdict;
    const register = async (ref: string, herkomst: string) =>
      expect((await postResponse(t.app, 'sollicitant-herkomst', { version: '1.0.0', answers: { procedure_ref: ref, herkomst } })).status).toBe(201);
    for (let i = 0; i < 5; i++) await register('V2026-0001', 'buiten_europa');
    for (let i = 0; i < 4; i++) await register('V2026-0001', 'nederland');
    expect(await verdict('V2026-0001')).toBe('too_few');
    await register('V2026-0001', 'zeg_ik_liever_niet');
    expect(await verdict('V2026-0001')).toBe('too_few');
    await register('V2026-0001', 'nederland');
    expect(await verdict('V2026-0001')).toBe('reached');
    const body = await (await admin.request('GET', '/registers/procedures/rooney/V2026-0001')).json();
    expect(Object.keys(body as object).sort()).toEqual(['reference', 'register', 'verdict']);
    // The recruiter (P&O) sees the verdict of their procedure too, and nothing more.
    expect(await (await po.request('GET', '/registers/procedures/rooney/V2026-0001')).json()).toEqual(body);
    expect(await verdict('V2026-0404')).toBe('too_few');
  });

  it('serves the figures of a register per directorate for a half-year, after disclosure control, never to P&O', async () => {
    expect((await po.request('GET', '/registers/procedures/figures?period=2026-H2')).status).toBe(403);
    const res = await admin.request('GET', '/registers/procedures/figures?period=2026-H2');
    expect(res.status).toBe(200);
    const { report } = (await res.json()) as { report: { records: number; rows: { indicator: string; breakdown: string | null; group: string | null; shown: boolean; n: number | null }[] } };
    expect(report.records).toBe(4);
    // Four procedures: below k = 5, so nothing is shown, not even the total.
    expect(report.rows.filter((r) => r.shown)).toEqual([]);
    expect((await admin.request('GET', '/registers/procedures/figures?period=2026')).status).toBe(400);
  });

  it('takes a directorate and scale band by code or by their Dutch label of the organisation list, and refuses an old sector code', async () => {
    const old = await refused(`${HEADER}\r\nV2025-0100,ruimte_en_economie,12_plus,extern,2025,h1,ja,ja,ja,ja`);
    expect(old.fields.map((f) => [f.row, f.column])).toEqual([[2, 'directie']]);
    const res = await postCsv(po, `${HEADER}\r\nV2025-0101,Stadsdeel Noord,schaal 12 of hoger,extern,2025,h1,ja,ja,ja,ja\r\nV2025-0102,weesp,9_11,extern,2025,h1,ja,ja,ja,ja`);
    expect(res.status).toBe(200);
    const rows = (await t.rows('procedure_records')).filter((r) => String(r.period) === '2025-H1');
    expect(rows.map((r) => [r.directorate, JSON.parse(String(r.answers)).schaalgroep]).sort()).toEqual([['noord', '12_plus'], ['weesp', '9_11']]);
  });
});
