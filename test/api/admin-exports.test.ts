import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/db/audit.ts';
import { coarsen, type Cell } from '../../server/exports/coarsen.ts';
import { MERGED } from '../../server/exports/columns.ts';
import { parseCsv as parseCsvText } from '../../server/csv/records.ts';
import { isBsn, isIban, REMOVED, scrub } from '../../analysis/open-text/scrub.ts';
import { answerInvitation } from '../support/invitation.ts';
import { adminTestApp, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

describe('scrubbing open text', () => {
  it.each([
    ['mail me: jan.de.vries@amsterdam.nl graag', `mail me: ${REMOVED} graag`],
    ['bel +31 6 12345678 of 06-12345678', `bel ${REMOVED} of ${REMOVED}`],
    ['kantoor 020 123 4567', `kantoor ${REMOVED}`],
    ['mijn bsn is 111222333.', `mijn bsn is ${REMOVED}.`],
    ['rekening NL91 ABNA 0417 1643 00 en verder', `rekening ${REMOVED} en verder`],
    ['rekening NL91ABNA0417164300', `rekening ${REMOVED}`],
    ['ik woon in 1012 AB Amsterdam, of 1012ab', `ik woon in ${REMOVED} Amsterdam, of ${REMOVED}`],
  ])('removes %j', (text, scrubbed) => {
    expect(scrub(text)).toBe(scrubbed);
  });

  it('keeps what fails the checksums, and ordinary numbers', () => {
    for (const text of ['bestelling 111222334', 'NL91ABNA0417164301', 'in 2026 en 2027 had ik 3 gesprekken', 'schaal 11']) expect(scrub(text)).toBe(text);
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('111222334')).toBe(false);
    expect(isIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isIban('NL91 ABNA 0417 1643 01')).toBe(false);
  });
});

describe('coarsening background columns', () => {
  const combos = (rows: Cell[][]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(JSON.stringify(r), (m.get(JSON.stringify(r)) ?? 0) + 1);
    return m;
  };
  const make = (spec: [Cell[], number][]) => spec.flatMap(([r, n]) => Array.from({ length: n }, () => [...r]));

  it('merges the rarest values first, until every combination holds k rows', () => {
    const rows = make([[['x', 'p'], 12], [['y', 'p'], 3], [['z', 'p'], 2], [['x', 'q'], 6]]);
    const { steps, satisfied } = coarsen(rows, [0, 1], 5);
    expect(satisfied).toBe(true);
    expect(steps.map((s) => s.from)).toEqual(['z', 'y']);
    expect(Object.fromEntries(combos(rows))).toEqual({ '["x","p"]': 12, [`["${MERGED}","p"]`]: 5, '["x","q"]': 6 });
  });

  it('treats unknown as a value, merges common values when the merged group is still small, and says when k cannot be met', () => {
    const rows = make([[['Sociaal', ''], 6], [['Wonen', ''], 6], [['Klein', ''], 2], [['Wonen', 'ja'], 1]]);
    coarsen(rows, [0, 1], 5);
    for (const n of combos(rows).values()) expect(n).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r[0] === 'Klein' || r[1] === 'ja')).toEqual([]);
    const tiny = make([[['a'], 2], [['b'], 1]]);
    expect(coarsen(tiny, [0], 5).satisfied).toBe(false);
    expect(tiny.every((r) => r[0] === MERGED)).toBe(true);
  });
});

const waveId = 'werkplek-2026-H2';
let t: AdminTestApp;
let admin: Agent;
let researcher: Agent;

async function invite(count: number, directie: string): Promise<string[]> {
  const res = await admin.request('POST', `/waves/${waveId}/invitations`, { count, attributes: { directie } });
  expect(res.status).toBe(201);
  return (await res.text()).trimEnd().split('\n').slice(1).map((l) => l.split('#t=')[1]!);
}
async function answer(token: string, answers: Record<string, unknown>) {
  expect((await answerInvitation(t.app, 'werkplek', token, { answers })).status).toBe(201);
}
const exportOf = (agent: Agent, query: string) => agent.request('GET', `/waves/${waveId}/export?${query}`);

/** A CSV of `dialect` as rows of fields: RFC 4180 (`,`, no byte order mark) or Dutch Excel (`;`, UTF-8 with BOM). */
async function parseCsv(res: Response, dialect: 'rfc4180' | 'excel-nl' = 'rfc4180'): Promise<string[][]> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (dialect === 'excel-nl') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  else expect(bytes[0]).not.toBe(0xef);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(dialect === 'excel-nl' ? 3 : 0));
  expect(text.endsWith('\r\n')).toBe(true);
  return parseCsvText(text, dialect === 'excel-nl' ? ';' : ',');
}

beforeAll(async () => {
  t = await adminTestApp();
  admin = await t.admin();
  researcher = await t.account(admin, 'onderzoeker', 'researcher', ['werkplek']);
  expect((await admin.request('POST', '/waves', { surveyId: 'werkplek' })).status).toBe(201);
  const sociaal = await invite(6, 'sociaal');
  const wonen = await invite(6, 'zuid');
  const klein = await invite(5, 'weesp');
  for (const [i, token] of sociaal.entries()) await answer(token, { tevredenheid: 1 + (i % 5), aanpassing_gevraagd: 'nee', aanbevelen: true });
  for (const token of wonen.slice(0, 5)) await answer(token, { tevredenheid: 4, aanpassing_gevraagd: 'ja', aanpassing_soort: ['bureau', 'werktijden'], aanbevelen: false });
  await answer(wonen[5]!, { tevredenheid: 5, aanpassing_gevraagd: 'nee', toelichting: 'Bel me, "graag": 06-12345678, of mail a.b@c.nl' });
  for (const token of klein.slice(0, 2)) await answer(token, { tevredenheid: 2, aanpassing_gevraagd: 'nee' });
});
afterAll(async () => {
  await t.db.destroy();
});

describe('GET /api/admin/waves/:id/export', () => {
  it('refuses while the wave is open, and a bad format', async () => {
    const open = await exportOf(researcher, 'format=csv');
    expect(open.status).toBe(409);
    expect(await problemType(open)).toBe('wave-not-closed');
    const bad = await exportOf(researcher, 'format=xlsx');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('format');
    expect((await admin.request('POST', `/waves/${waveId}/close`)).status).toBe(200);
  });

  it('gives a researcher the CSV: one column per question, choice and attribute, scrubbed, coarsened to k', async () => {
    const res = await exportOf(researcher, 'format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${waveId}.csv"`);
    const [header, ...rows] = await parseCsv(res);
    expect(header).toEqual([
      'tevredenheid',
      'aanpassing_gevraagd',
      'aanpassing_soort__bureau',
      'aanpassing_soort__software',
      'aanpassing_soort__werktijden',
      'aanbevelen',
      'toelichting',
      'batch_directie',
    ]);
    expect(rows).toHaveLength(14);
    const col = (name: string) => rows.map((r) => r[header!.indexOf(name)]!);
    // weesp (2 answers) is merged first, then the rarest of the rest, sociaal (6), to reach k = 5.
    expect(col('batch_directie').filter((d) => d === 'zuid')).toHaveLength(6);
    expect(col('batch_directie').filter((d) => d === MERGED)).toHaveLength(8);
    expect(rows.filter((r) => r[1] === 'ja').map((r) => r.slice(2, 6))).toEqual(Array(5).fill(['1', '0', '1', '0']));
    expect(rows.filter((r) => r[1] === 'nee').every((r) => r[2] === '' && r[4] === '')).toBe(true);
    expect(col('toelichting').filter(Boolean)).toEqual([`Bel me, "graag": ${REMOVED}, of mail ${REMOVED}`]);
    expect(col('tevredenheid').sort()).toEqual(['1', '1', '2', '2', '2', '3', '4', '4', '4', '4', '4', '4', '5', '5']);
  });

  it('writes labels in Dutch or English', async () => {
    const nl = await parseCsv(await exportOf(researcher, 'format=csv&labels=nl'));
    const en = await parseCsv(await exportOf(researcher, 'format=csv&labels=en'));
    expect(new Set(nl.slice(1).map((r) => r[1]))).toEqual(new Set(['Ja', 'Nee']));
    expect(new Set(en.slice(1).map((r) => r[1]))).toEqual(new Set(['Yes', 'No']));
    expect(en.slice(1).filter((r) => r[1] === 'Yes').every((r) => r[2] === 'Selected' && r[3] === 'Not selected' && r[5] === 'No')).toBe(true);
    expect(nl.slice(1).map((r) => r[7])).toContain('Overig of onbekend (samengevoegd)');
    // The batch's directorate by its label from the organisation list.
    expect(nl.slice(1).map((r) => r[7])).toContain('Stadsdeel Zuid');
    expect(en.slice(1).map((r) => r[7])).toContain('Zuid district');
    expect(en.slice(1).map((r) => r[0])).toContain('Very dissatisfied');
  });

  it('writes the same rows for Excel with Dutch settings: semicolons, UTF-8 with BOM, its own file name', async () => {
    const rfc = await parseCsv(await exportOf(researcher, 'format=csv&labels=nl'));
    const res = await exportOf(researcher, 'format=csv&labels=nl&dialect=excel-nl');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${waveId}-nl-excel.csv"`);
    const excel = await parseCsv(res, 'excel-nl');
    // Each export shuffles its rows (no order survives), so compare them as sets.
    const sorted = (rows: string[][]) => [rows[0], ...rows.slice(1).map((r) => JSON.stringify(r)).sort()];
    expect(sorted(excel)).toEqual(sorted(rfc));
    const bad = await exportOf(researcher, 'format=csv&dialect=excel');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('dialect');
  });

  it('gives the codebook, SPSS and R syntax with variable and value labels, to admins too', async () => {
    const book = await exportOf(admin, 'format=codebook');
    expect(book.status).toBe(200);
    expect(book.headers.get('content-disposition')).toBe(`attachment; filename="${waveId}.codebook.json"`);
    const codebook = (await book.json()) as { variables: { name: string; text: { nl: string; en: string }; values: { code: unknown; label: { nl: string; en: string } }[] }[]; changes: { previousWave: string | null }; coarsening: { k: number } };
    const q = codebook.variables.find((v) => v.name === 'aanpassing_gevraagd')!;
    expect(q.text).toEqual({ nl: 'Heeft u een aanpassing van uw werkplek gevraagd?', en: 'Did you ask for an adjustment to your workplace?' });
    expect(q.values).toEqual([{ code: 'ja', label: { nl: 'Ja', en: 'Yes' } }, { code: 'nee', label: { nl: 'Nee', en: 'No' } }]);
    expect(codebook.variables.find((v) => v.name === 'batch_directie')!.values.map((v) => v.code)).toEqual(['zuid', MERGED]);
    expect(codebook.changes.previousWave).toBeNull();
    expect(codebook.coarsening.k).toBe(5);

    const spss = await (await exportOf(admin, 'format=spss')).text();
    expect(spss).toContain(`/FILE='${waveId}.csv'`);
    expect(spss).toContain("aanpassing_gevraagd 'Heeft u een aanpassing van uw werkplek gevraagd?'");
    expect(spss).toMatch(/VALUE LABELS[\s\S]*aanpassing_gevraagd\n {4}'ja' 'Ja'\n {4}'nee' 'Nee'/);
    expect(spss).toMatch(/tevredenheid\n {4}1 'Zeer ontevreden'/);
    const spssEn = await (await exportOf(researcher, 'format=spss&labels=en')).text();
    expect(spssEn).toContain("aanpassing_soort__bureau 'Which adjustment?: Desk or chair'");

    const r = await exportOf(researcher, 'format=r');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="${waveId}.R"`);
    const script = await r.text();
    expect(script).toContain(`read.csv("${waveId}.csv", fileEncoding = "UTF-8-BOM"`);
    expect(script).toContain('peil[["aanpassing_gevraagd"]] <- factor(peil[["aanpassing_gevraagd"]], levels = c("ja", "nee"), labels = c("Ja", "Nee"))');
    expect(script).toContain('attr(peil[["tevredenheid"]], "label") <- "Hoe tevreden bent u over uw werkplek?"');
    expect(script).not.toMatch(/library\(/);
  });

  it('keeps the row-level CSV from admins and every export from researchers of other surveys', async () => {
    const res = await exportOf(admin, 'format=csv');
    expect(res.status).toBe(403);
    expect(((await res.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('role');
    const other = await t.account(admin, 'ander', 'researcher', ['andere']);
    for (const format of ['csv', 'codebook']) {
      const refused = await exportOf(other, `format=${format}`);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('id');
    }
    expect((await t.agent().request('GET', `/waves/${waveId}/export?format=codebook`)).status).toBe(401);
    expect((await admin.request('GET', '/waves/geen-2026-H2/export?format=codebook')).status).toBe(404);
  });

  it('logs every export with wave and format, never its content', async () => {
    const { entries } = (await (await admin.request('GET', '/audit?limit=500')).json()) as { entries: AuditEntry[] };
    const made = entries.filter((e) => (e.action as string) === 'export-made');
    expect(made.length).toBe(9);
    expect(made.find((e) => e.detail.format === 'csv' && e.detail.labels === 'codes')).toMatchObject({ username: 'onderzoeker', detail: { wave: waveId, rows: 14 } });
    expect(JSON.stringify(await t.rows('audit_log'))).not.toContain('Bel me');
  });
});

describe('a closed wave with fewer than k answers', () => {
  it('gives no rows at all', async () => {
    const small = await adminTestApp();
    try {
      const boss = await small.admin();
      const onderzoeker = await small.account(boss, 'onderzoeker', 'researcher', ['werkplek']);
      expect((await boss.request('POST', '/waves', { surveyId: 'werkplek' })).status).toBe(201);
      const res = await boss.request('POST', `/waves/${waveId}/invitations`, { count: 3, attributes: {} });
      const tokens = (await res.text()).trimEnd().split('\n').slice(1).map((l) => l.split('#t=')[1]!);
      for (const token of tokens) expect((await answerInvitation(small.app, 'werkplek', token, { answers: { tevredenheid: 3, aanpassing_gevraagd: 'nee' } })).status).toBe(201);
      expect((await boss.request('POST', `/waves/${waveId}/close`)).status).toBe(200);
      const refused = await onderzoeker.request('GET', `/waves/${waveId}/export?format=csv`);
      expect(refused.status).toBe(409);
      expect(await problemType(refused)).toBe('too-few-answers');
    } finally {
      await small.db.destroy();
    }
  });
});

describe('a wave whose answers were deleted after their retention period', () => {
  it('refuses the row-level export with the reason, and still gives the codebook', async () => {
    // Last in this file: it marks the shared wave purged, as server/retention/ does.
    await t.db.client.batch(
      [
        { sql: "UPDATE waves SET purged_on = '2028-01-15' WHERE id = ?", args: [waveId] },
        { sql: "DELETE FROM responses WHERE survey_id = 'werkplek'", args: [] },
      ],
      'write',
    );
    const refused = await exportOf(researcher, 'format=csv');
    expect(refused.status).toBe(410);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(await problemType(refused)).toBe('answers-deleted');
    expect((await exportOf(researcher, 'format=codebook')).status).toBe(200);
  });
});
