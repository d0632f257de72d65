import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../server/auth/setup.ts';
import type { AuditAction, AuditEntry } from '../../server/db/audit.ts';
import { answerInvitation } from '../support/invitation.ts';
import { adminTestApp, PASSWORD, problemType, type Agent, type AdminTestApp } from './admin-client.ts';

const answers = { tevredenheid: 4, aanpassing_gevraagd: 'nee' };
const waveId = 'werkplek-2026-H2';

let t: AdminTestApp;
let admin: Agent;
beforeEach(async () => {
  t = await adminTestApp();
  admin = await t.admin();
});
afterEach(async () => {
  await t.db.destroy();
});

/** Asks for a batch of links; returns the tokens from the CSV. */
async function invite(agent: Agent, count: number, attributes: Record<string, string> = {}): Promise<string[]> {
  const res = await agent.request('POST', `/waves/${waveId}/invitations`, { count, attributes });
  expect(res.status).toBe(201);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${waveId}-links.csv"`);
  const [header, ...links] = (await res.text()).trimEnd().split('\n');
  expect(header).toBe('link');
  for (const link of links) expect(link).toMatch(/^http:\/\/localhost\/s\/werkplek#t=[A-Za-z0-9_-]{24}$/);
  return links.map((l) => l.split('#t=')[1]!);
}

const counts = async (agent: Agent) => (await (await agent.request('GET', `/waves/${waveId}/counts`)).json()) as {
  answers: { shown: boolean; n?: number };
  rate: number | null;
  groups: { attributes: Record<string, string>; answers: { shown: boolean; n?: number } }[] | null;
};

describe('the workspace does what the command line does', () => {
  it('creates a wave with the same checks, lists and closes it', async () => {
    const tooSmall = await admin.request('POST', '/waves', { surveyId: 'werkplek', kMin: 3 });
    expect(tooSmall.status).toBe(422);
    expect(((await tooSmall.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('kMin');
    expect((await admin.request('POST', '/waves', { surveyId: 'onbekend' })).status).toBe(404);
    const created = await admin.request('POST', '/waves', { surveyId: 'werkplek' });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { wave: unknown }).wave).toMatchObject({
      id: waveId,
      opensOn: '2026-09-15',
      closesOn: '2026-12-31',
      mode: 'invitation',
      kMin: 5,
      status: 'open',
    });
    expect((await admin.request('POST', '/waves', { surveyId: 'werkplek' })).status).toBe(409);
    expect((await admin.request('POST', `/waves/${waveId}/close`)).status).toBe(200);
    const { waves } = (await (await admin.request('GET', '/waves?survey=werkplek')).json()) as { waves: { id: string; status: string }[] };
    expect(waves).toEqual([expect.objectContaining({ id: waveId, status: 'closed' })]);
  });

  it('hands out invitation links as CSV once: only hashes are kept, and the links cannot be fetched again', async () => {
    const researcher = await t.account(admin, 'onderzoeker', 'researcher', ['werkplek']);
    await researcher.request('POST', '/waves', { surveyId: 'werkplek' });
    const tokens = await invite(researcher, 5, { directie: 'sociaal' });
    expect(tokens).toHaveLength(5);
    const stored = JSON.stringify(await t.rows('invitations'));
    for (const token of tokens) expect(stored).not.toContain(token);
    expect((await researcher.request('GET', `/waves/${waveId}/invitations`)).status).toBe(404);
    const small = await researcher.request('POST', `/waves/${waveId}/invitations`, { count: 4, attributes: { directie: 'noord' } });
    expect(small.status).toBe(422);
    expect(((await small.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('count');
  });

  it('refuses a batch whose directorate or scale band is not a code of the organisation list, naming each attribute in Dutch, and stores nothing', async () => {
    await admin.request('POST', '/waves', { surveyId: 'werkplek' });
    const res = await admin.request('POST', `/waves/${waveId}/invitations`, { count: 5, attributes: { directie: 'Stadsdeel Noord', schaalgroep: '12+', team: 'Wonen' } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { type: string; fields: { field: string; message: string; params: { en: string } }[] };
    expect(body.type).toBe('urn:peil:problem:unknown-code');
    expect(body.fields.map((f) => f.field)).toEqual(['attributes.directie', 'attributes.schaalgroep']);
    expect(body.fields[0]!.message).toMatch(/^"Stadsdeel Noord" is geen directie of stadsdeel uit de organisatielijst; kies een van: .*\bnoord\b/);
    expect(body.fields[1]!.params.en).toBe('"12+" is not a scale band of the organisation list; use one of: t_m_8, 9_11, 12_plus');
    expect(await t.rows('invitation_batches')).toEqual([]);
    expect(await invite(admin, 5, { directie: 'noord', schaalgroep: '12_plus', team: 'Wonen' })).toHaveLength(5);
  });

  it('shows counts only from k answers, and group figures only after the wave closes', async () => {
    await admin.request('POST', '/waves', { surveyId: 'werkplek' });
    const sociaal = await invite(admin, 10, { directie: 'sociaal' });
    const wonen = await invite(admin, 10, { directie: 'noord' });
    for (const token of sociaal.slice(0, 4)) expect((await answerInvitation(t.app, 'werkplek', token, { answers })).status).toBe(201);
    expect(await counts(admin)).toMatchObject({ answers: { shown: false }, rate: null, groups: null });
    for (const token of wonen.slice(0, 6)) expect((await answerInvitation(t.app, 'werkplek', token, { answers })).status).toBe(201);
    expect(await counts(admin)).toMatchObject({ answers: { shown: true, n: 10 }, rate: 0.5, groups: null });
    await admin.request('POST', `/waves/${waveId}/close`);
    const closed = await counts(admin);
    expect(Object.fromEntries(closed.groups!.map((g) => [g.attributes.directie, g.answers]))).toEqual({
      sociaal: { shown: false, reason: 'te weinig antwoorden' },
      // Hidden with its sibling, or 10 - 6 would give sociaal away.
      noord: { shown: false, reason: 'te weinig antwoorden' },
    });
  });
});

describe('indicators over the API', () => {
  it('are the suppressed figures of the analysis, never answers', async () => {
    await admin.request('POST', '/waves', { surveyId: 'werkplek' });
    const tokens = await invite(admin, 10, { directie: 'sociaal' });
    for (const [i, token] of tokens.slice(0, 6).entries()) {
      const res = await answerInvitation(t.app, 'werkplek', token, { answers: { ...answers, tevredenheid: 1 + (i % 5), toelichting: `geheim ${i}` } });
      expect(res.status).toBe(201);
    }
    type Report = { wave: string; rows: { indicator: string; breakdown: string | null; shown: boolean; n: number | null; value: number | null }[] };
    const indicators = async () => {
      const res = await admin.request('GET', `/waves/${waveId}/indicators`);
      expect(res.status).toBe(200);
      return (await res.json()) as Report;
    };
    // While the wave is open nothing at all (issue 11: two readings differ by one submission's answers).
    const live = await indicators();
    expect(live.wave).toBe('2026-H2');
    expect(live.rows.filter((r) => r.shown)).toEqual([]);
    expect(live.rows.filter((r) => r.breakdown !== null)).toEqual([]);
    expect((await admin.request('POST', `/waves/${waveId}/close`)).status).toBe(200);
    const report = await indicators();
    // Mean of 1, 2, 3, 4, 5, 1 over six answers.
    const total = report.rows.find((r) => r.indicator === 'tevredenheid' && r.breakdown === null)!;
    expect(total).toMatchObject({ shown: true, n: 6 });
    expect(total.value).toBeCloseTo(16 / 6, 6);
    expect(JSON.stringify(report)).not.toContain('geheim');
    // With the names of breakdowns and groups in both languages, for the workspace to show labels, never codes.
    const { labels } = report as Report & { labels: Record<'nl' | 'en', { title: string; breakdowns: Record<string, { label: string }> }> };
    expect(labels.nl.breakdowns['invitation:directie']!.label).toBe('Directie');
    expect(labels.en.title).toBe('Workplace (test)');
  });
});

describe('accounts', () => {
  it('are created, limited, reset and deleted by an admin; refusals name the field', async () => {
    const r = await t.account(admin, 'onderzoeker', 'researcher', ['werkplek']);
    const taken = await admin.request('POST', '/accounts', { username: 'Onderzoeker', password: PASSWORD, role: 'researcher' });
    expect(taken.status).toBe(409);
    const unknown = await admin.request('POST', '/accounts', { username: 'nog-een', password: PASSWORD, role: 'researcher', surveys: ['werkplek', 'geen'] });
    expect(((await unknown.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('surveys.1');
    const changed = await admin.request('PATCH', `/accounts/${r.id}`, { surveys: ['andere'] });
    expect(((await changed.json()) as { account: { surveys: string[] } }).account.surveys).toEqual(['andere']);
    expect((await r.request('POST', `/waves`, { surveyId: 'werkplek' })).status).toBe(403);
    const self = await admin.request('PATCH', `/accounts/${(await t.rows('accounts')).find((a) => a.username === 'admin')!.id}`, { role: 'researcher' });
    expect(self.status).toBe(409);
    expect(await problemType(self)).toBe('own-account');

    expect((await admin.request('PUT', `/accounts/${r.id}/password`, { password: 'een heel nieuw wachtwoord' })).status).toBe(204);
    expect((await r.request('GET', '/session')).status).toBe(401);
    expect((await admin.request('GET', '/session')).status).toBe(200);
    expect((await t.agent().login('onderzoeker')).status).toBe(401);
    expect((await t.agent().login('onderzoeker', 'een heel nieuw wachtwoord')).status).toBe(200);

    expect((await admin.request('DELETE', `/accounts/${r.id}`)).status).toBe(204);
    expect((await t.rows('accounts')).map((a) => a.username)).toEqual(['admin']);
    expect((await t.rows('sessions')).every((s) => s.account_id !== r.id)).toBe(true);
  });
});

describe('the audit log', () => {
  it('records every audited action with who and what, and never answers, tokens or passwords', async () => {
    const setupToken = (await issueSetupToken(t.db.staff.client)) ?? 'none: an account exists';
    const r = await t.account(admin, 'onderzoeker', 'researcher', null);
    await t.agent().login('onderzoeker', 'wrong password, logged as failure');
    await t.agent().login('tik-fout-wachtwoord', 'whatever it was');
    await r.request('POST', '/waves', { surveyId: 'werkplek' });
    const tokens = await invite(r, 5, { directie: 'sociaal' });
    for (const token of tokens) await answerInvitation(t.app, 'werkplek', token, { answers });
    await r.request('POST', `/waves/${waveId}/close`);
    await admin.request('PATCH', `/accounts/${r.id}`, { surveys: ['werkplek'] });
    expect((await r.request('POST', '/logout')).status).toBe(204);
    await admin.request('PUT', `/accounts/${r.id}/password`, { password: 'een heel nieuw wachtwoord' });
    const gone = await t.account(admin, 'tijdelijk', 'researcher');
    await admin.request('DELETE', `/accounts/${gone.id}`);

    const res = await admin.request('GET', '/audit?limit=500');
    expect(res.status).toBe(200);
    const { entries } = (await res.json()) as { entries: AuditEntry[] };
    const all: AuditAction[] = ['setup', 'login', 'login-failed', 'logout', 'wave-created', 'wave-closed', 'invitations-created', 'account-created', 'account-changed', 'password-reset', 'account-deleted'];
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(all));
    const find = (action: AuditAction) => entries.find((e) => e.action === action)!;
    expect(find('invitations-created')).toMatchObject({ username: 'onderzoeker', detail: { wave: waveId, count: 5, attributes: { directie: 'sociaal' } } });
    expect(find('wave-closed')).toMatchObject({ username: 'onderzoeker', detail: { wave: waveId } });
    expect(find('account-changed')).toMatchObject({ username: 'admin', detail: { account: r.id, role: 'researcher', surveys: ['werkplek'] } });
    const failures = entries.filter((e) => e.action === 'login-failed');
    expect(failures.map((e) => e.username).sort()).toEqual([null, 'onderzoeker']);
    expect(entries[0]!.at).toBe('2026-09-15T10:00:00.000Z');

    const log = JSON.stringify(await t.rows('audit_log'));
    const secrets = [
      ...tokens,
      setupToken,
      PASSWORD,
      'een heel nieuw wachtwoord',
      'wrong password',
      'tik-fout-wachtwoord',
      'tevredenheid',
      'aanpassing_gevraagd',
      admin.cookie!.split('=')[1]!,
      admin.csrf!,
    ];
    for (const s of secrets) expect(log).not.toContain(s);
  });

  it('is for admins only, and pages by id', async () => {
    const r = await t.account(admin, 'onderzoeker', 'researcher');
    expect((await r.request('GET', '/audit')).status).toBe(403);
    const first = (await (await admin.request('GET', '/audit?limit=2')).json()) as { entries: AuditEntry[] };
    expect(first.entries).toHaveLength(2);
    const next = (await (await admin.request('GET', `/audit?limit=2&before=${first.entries[1]!.id}`)).json()) as { entries: AuditEntry[] };
    expect(next.entries[0]!.id).toBeLessThan(first.entries[1]!.id);
    const bad = await admin.request('GET', '/audit?limit=0');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: { field: string }[] }).fields[0]!.field).toBe('limit');
  });
});
