import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseAnswerSource } from '../../server/db/answer-source.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { bundledSurveysDir } from '../support/guest-server.ts';
import { adminTestApp, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

/**
 * A researcher enters the baseline of a target with its source (server/routes/admin/targets.ts),
 * replacing the working figure the definitions once held: a bad figure is refused naming each field
 * in Dutch, nothing stored; a good one is stored, read by analysis and written to the audit log.
 */
let t: AdminTestApp;
let admin: Agent;
let researcher: Agent;
const TARGET = '/targets/inclusie/doel_culturele_diversiteit_12_plus/baseline';

type Refusal = { type: string; fields: { field: string; message: string; en: string }[] };

beforeAll(async () => {
  t = await adminTestApp(new Date('2026-09-15T10:00:00Z'), loadCatalog(bundledSurveysDir));
  admin = await t.admin();
  researcher = await t.account(admin, 'onderzoeker', 'researcher');
});
afterAll(async () => {
  await t.db.destroy();
});

async function refused(body: unknown, status = 422): Promise<Refusal> {
  const res = await researcher.request('PUT', TARGET, body);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(await t.rows('target_baselines')).toEqual([]);
  return (await res.json()) as Refusal;
}

describe('entering a target baseline', () => {
  it('refuses a figure outside the share, a goal beyond 100%, no source, naming each field in Dutch', async () => {
    const outside = await refused({ value: 30, source: 'Personeelsregistratie 2024' });
    expect(outside.type).toBe('urn:peil:problem:invalid-baseline');
    expect(outside.fields).toEqual([
      {
        field: 'value',
        code: 'bilingual',
        message: 'moet tussen 0 en 1 liggen (een aandeel als breuk: 0,30 voor 30%)',
        params: { nl: 'moet tussen 0 en 1 liggen (een aandeel als breuk: 0,30 voor 30%)', en: 'must lie between 0 and 1 (a share as a fraction: 0.30 for 30%)' },
      },
    ]);
    expect((await refused({ value: 0.9, source: 'x' })).fields[0]!.message).toBe('hiermee komt het doel op 1,125, buiten 0 tot 1');
    expect((await refused({ value: 0, source: 'x' })).fields[0]!.field).toBe('value');
    expect((await refused({ value: '0,3', source: '  ' })).fields.map((f) => [f.field, f.message])).toEqual([
      ['value', 'vul de uitgangswaarde in als getal'],
      ['source', 'vermeld waar het cijfer vandaan komt'],
    ]);
  });

  it('refuses an unknown target, and every role but the researcher', async () => {
    const unknown = await researcher.request('PUT', '/targets/inclusie/doel_onbekend/baseline', { value: 0.3, source: 'x' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as Refusal).fields[0]!.field).toBe('target');
    const manager = await t.account(admin, 'manager-sociaal', 'manager', null, 'sociaal');
    for (const agent of [admin, manager]) {
      const res = await agent.request('PUT', TARGET, { value: 0.3, source: 'x' });
      expect(res.status).toBe(403);
      expect(await problemType(res)).toBe('forbidden');
    }
    expect(await t.rows('target_baselines')).toEqual([]);
  });

  it('stores a good figure with its source, lists it, hands it to analysis and logs it; entering again replaces it', async () => {
    const body = { value: 0.12, source: 'Personeelsregistratie 31-12-2024, schaal 12 en hoger' };
    expect((await researcher.request('PUT', TARGET, body)).status).toBe(200);
    expect((await researcher.request('PUT', TARGET, { ...body, value: 0.14 })).status).toBe(200);
    const { targets } = (await (await admin.request('GET', '/targets')).json()) as { targets: { survey: string; id: string; entered: boolean; baseline: unknown }[] };
    expect(targets.find((x) => x.id === 'doel_culturele_diversiteit_12_plus')).toMatchObject({ survey: 'inclusie', entered: true, baseline: { ...body, value: 0.14 } });
    expect(targets.filter((x) => x.survey === 'inclusie').map((x) => x.id)).toContain('doel_buiten_europese_herkomst_sociaal');
    expect(await databaseAnswerSource(t.db.client).targetBaselines!('inclusie')).toEqual(new Map([['doel_culturele_diversiteit_12_plus', { ...body, value: 0.14 }]]));
    const { entries } = (await (await admin.request('GET', '/audit?limit=100')).json()) as { entries: { action: string; username: string; detail: unknown }[] };
    const entered = entries.filter((e) => e.action === 'target-baseline-entered');
    expect(entered).toHaveLength(2);
    expect(entered.map((e) => e.username)).toEqual(['onderzoeker', 'onderzoeker']);
    expect(entered.map((e) => e.detail)).toEqual(expect.arrayContaining([expect.objectContaining({ survey: 'inclusie', target: 'doel_culturele_diversiteit_12_plus', ...body })]));
  });
});
