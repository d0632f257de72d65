import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { postResponse } from '../support/app.ts';
import { adminTestApp, type AdminTestApp, type Agent } from './admin-client.ts';

/** Helpers for the assignment tests: the bundled surveys (with mystery-guest), an assignment wave, links. */

export const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
export const WAVE = 'mystery-guest-2026-H2';

export interface AssignmentTestApp extends AdminTestApp {
  researcher: Agent;
}

/** The app on the bundled surveys, a researcher for every survey, and an assignment wave of mystery-guest. */
export async function assignmentTestApp(now = new Date('2026-09-15T10:00:00Z')): Promise<AssignmentTestApp> {
  const t = await adminTestApp(now, loadCatalog(surveysDir));
  const admin = await t.admin();
  const researcher = await t.account(admin, 'onderzoeker', 'researcher', null);
  const res = await researcher.request('POST', '/waves', { surveyId: 'mystery-guest', mode: 'assignment' });
  expect(res.status, await res.clone().text()).toBe(201);
  return Object.assign(t, { researcher });
}

/** One row of the links CSV. */
export interface LinkRow {
  pair_id: string;
  profile: string;
  order: string;
  reference: string;
  directorate: string;
  kind: string;
  link: string;
  token: string;
}

/** Reads the links CSV (no quoted fields occur in these tests). */
export function parseLinks(csv: string): LinkRow[] {
  const [header, ...lines] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  const names = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])) as Omit<LinkRow, 'token'>;
    return { ...row, token: row.link.split('#t=')[1] ?? '' };
  });
}

/** Creates assignments through the admin API and returns the links. */
export async function createLinks(agent: Agent, targets: unknown[], waveId = WAVE): Promise<LinkRow[]> {
  const res = await agent.request('POST', `/waves/${waveId}/assignments`, { targets });
  expect(res.status, await res.clone().text()).toBe(201);
  return parseLinks(await res.text());
}

export const paired = { reference: 'V-2026-0417', directorate: 'sociaal', kind: 'vacature_extern', paired: true };
export const visit = { reference: 'SP-Noord', directorate: 'dienstverlening', kind: 'servicepunt', paired: false };

/** Observations the guest types in; the assignment's answers are filled in by the server. */
export const readVacancy = {
  vacature_schaalgroep: '9_11',
  stap: 'vacature_gelezen',
  vac_taal_inclusief: 'ja',
  vac_onnodige_eisen: 'nee',
  vac_drempels: ['none'],
  vac_toegankelijkheid: 'ja',
  vac_diversiteit: 'nee',
};
/** The last step of a vacancy: its outcome, with the questions that outcome asks for. */
export const outcome = (uitkomst: string) => ({
  vacature_schaalgroep: '9_11',
  stap: 'uitkomst',
  uitkomst,
  ...(uitkomst === 'geen_reactie' ? {} : { reactie_werkdagen: 5, reactie_persoonlijk: 'standaard' }),
  ...(uitkomst === 'afgewezen' ? { afwijzing_reden: 'nee' } : {}),
});
/** A service-point visit's outcome. */
export const helped = { stap: 'uitkomst', uitkomst: 'geholpen', reactie_werkdagen: 0, reactie_persoonlijk: 'persoonlijk' };

/** Posts one observation through the public API, as the guest's app does. */
export function observe(t: AdminTestApp, token: string, answers: Record<string, unknown>, key: string = crypto.randomUUID(), surveyId = 'mystery-guest') {
  return postResponse(t.app, surveyId, { answers, version: '2.0.0', token }, key);
}

/** Opens an assignment through the public API. */
export function openAssignment(t: AdminTestApp, token: string) {
  return t.app.request('/api/assignments/open', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
}

/** The problem type's last part, checking the media type. */
export async function problemOf(res: Response): Promise<{ type: string; fields: { field: string; message: string }[] }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.clone().json()) as { type: string; fields?: { field: string; message: string }[] };
  return { type: body.type.replace('urn:peil:problem:', ''), fields: (body.fields ?? []).map(({ field, message }) => ({ field, message })) };
}
