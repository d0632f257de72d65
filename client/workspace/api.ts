import type { ProblemBody } from '../api.ts';
import type { Account } from '../../server/db/accounts.ts';
import type { Permission } from '../../server/auth/permissions.ts';
import type { ResponseCounts } from '../../server/waves/response-counts.ts';
import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import type { SurveyLabels } from '../../analysis/report/model.ts';
import type { ProcedureReport } from '../../analysis/procedures/analyse-procedures.ts';
import type { DirectoratePage, Monitor, MonitorSummary } from '../../analysis/monitor/model.ts';
import type { TargetView as TargetDeclarationView } from '../../server/targets/baseline-form.ts';
import type { Wave, WaveMode, WaveStatus } from '../../survey-format/wave.ts';
import type { AssignmentProgress } from '../../server/assignments/progress.ts';
import type { ChoiceOption } from '../../server/assignments/targets.ts';
import type { CsvDialect } from '../../server/csv/write.ts';

import type { SurveySummary as CatalogSummary } from '../../survey-format/catalog/catalog.ts';
import type { CheckerMessage } from '../../survey-format/checker/checker-messages.ts';

export type { ProcedureReport };
export type { DirectoratePage, Monitor, MonitorSummary };
/** A target as the workspace lists it (server/targets/baseline-form.ts), with its entered baseline. */
export type TargetView = TargetDeclarationView & { baseline: { value: number; source: string } | null };
export type { Account, AssignmentProgress, Permission, ChoiceOption, ResponseCounts, Wave, WaveStatus };
/** A bundled survey in the workspace's list: checked at start-up, so always `ok`. */
export type SurveyListItem = CatalogSummary & { status: 'ok' };
/** One problem the survey checker found, at a JSON path of the definition. */
/** One problem the survey checker found in pasted text: where, and its code and parameters to word in the workspace's language. */
export type CheckMessage = CheckerMessage & { path: string; message: string };
export type ExportFormat = 'csv' | 'codebook' | 'spss' | 'r';
export type IndicatorsView = SurveyReport & { labels: Record<'nl' | 'en', SurveyLabels> };
export type WaveView = Wave & { status: WaveStatus };
/** One target of mystery-guest assignments, as the admin API takes it. */
export type AssignmentTarget = { reference: string; directorate: string; kind: string; paired: boolean };
/** A wave's assignments with progress, and the choices a target may take (with labels). */
export type AssignmentList = {
  wave: string;
  assignments: AssignmentProgress[];
  choices: { directorate: ChoiceOption[]; kind: ChoiceOption[]; step: ChoiceOption[] };
};
export type SessionView = { account: Account; permissions: Permission[]; csrfToken: string; expiresAt: string };
export type SurveySummary = { id: string; title: { default: string; en: string } };
export type WaveInput = {
  surveyId: string;
  period?: string;
  opensOn?: string;
  closesOn?: string;
  mode?: WaveMode;
  kMin?: number;
  kSpecial?: number;
};

/** A refused request: the server's problem+json, or one made up here when the network failed. */
export class ApiProblem extends Error {
  readonly problem: ProblemBody;
  constructor(problem: ProblemBody) {
    super(problem.detail);
    this.problem = problem;
  }
}

/** The CSRF token of the current session, sent as X-CSRF-Token on every change. */
let csrfToken = '';

/**
 * Every call of the workspace goes through here: JSON bodies (the server accepts nothing else on
 * changes), the CSRF header, and problem+json errors turned into ApiProblem.
 */
async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiProblem({ type: 'urn:peil:problem:network', title: 'Network error', status: 0, detail: 'The server could not be reached.' });
  }
  if (!res.ok) {
    let problem: ProblemBody;
    try {
      problem = (await res.json()) as ProblemBody;
    } catch {
      problem = { type: 'urn:peil:problem:http', title: res.statusText || 'Error', status: res.status, detail: `HTTP ${res.status}` };
    }
    throw new ApiProblem(problem);
  }
  return res;
}

const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => (await (await call(method, path, body)).json()) as T;

/** Uploads a CSV file as it is (the server checks its encoding and every row); its JSON answer, or the refusal as ApiProblem. */
async function postCsv<T>(url: string, file: Blob): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'text/csv', 'X-CSRF-Token': csrfToken },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiProblem({ type: 'urn:peil:problem:network', title: 'Network error', status: 0, detail: 'The server could not be reached.' });
  }
  if (!res.ok) throw new ApiProblem((await res.json()) as ProblemBody);
  return (await res.json()) as T;
}

/** A register as the workspace gets it: its summary and whole definition, to build the entry form from. */
export type RegisterView = SurveyListItemBase & { definition: { id: string; version: string; survey: { pages?: { elements?: RegisterElement[] }[] } & Record<string, unknown> } };
type SurveyListItemBase = CatalogSummary;
/** One question of a register's form, as the SurveyJS JSON has it. */
export type RegisterElement = {
  type: string;
  name: string;
  title?: { default: string; en: string };
  description?: { default: string; en: string };
  inputType?: string;
  isRequired?: boolean;
  choices?: { value: string; text: { default: string; en: string } }[];
};
export type ImportResult = { register: string; rows: number; inserted: number; updated: number; unchanged: number };
export type HrImportResult = { rows: number; periods: string[]; inserted: number; updated: number; unchanged: number; removed: number };

export const workspaceApi = {
  async session(): Promise<SessionView | undefined> {
    try {
      const s = await json<SessionView>('GET', '/admin/session');
      csrfToken = s.csrfToken;
      return s;
    } catch (e) {
      if (e instanceof ApiProblem && e.problem.status === 401) return undefined;
      throw e;
    }
  },
  /** Whether the login page offers the organisation's identity provider (OpenID Connect) beside passwords. */
  signInOptions: () => json<{ password: boolean; oidc: boolean }>('GET', '/admin/sign-in-options'),
  setup: (token: string, username: string, password: string) => json<{ account: Account }>('POST', '/admin/setup', { token, username, password }),
  async login(username: string, password: string): Promise<SessionView> {
    const s = await json<SessionView>('POST', '/admin/login', { username, password });
    csrfToken = s.csrfToken;
    return s;
  },
  async logout(): Promise<void> {
    await call('POST', '/admin/logout');
    csrfToken = '';
  },
  // The catalog as this account may see it (the public /api/surveys lists only surveys open to anyone today).
  surveys: (): Promise<SurveySummary[]> => json<{ surveys: SurveyListItem[] }>('GET', '/admin/surveys').then((b) => b.surveys),
  waves: () => json<{ waves: WaveView[] }>('GET', '/admin/waves').then((b) => b.waves),
  createWave: (input: WaveInput) => json<{ wave: WaveView }>('POST', '/admin/waves', input).then((b) => b.wave),
  closeWave: (id: string) => json<{ wave: WaveView }>('POST', `/admin/waves/${encodeURIComponent(id)}/close`).then((b) => b.wave),
  counts: (id: string) => json<ResponseCounts>('GET', `/admin/waves/${encodeURIComponent(id)}/counts`),
  /** The suppressed analysis of one wave, as the monitor report has it, with the names of its breakdowns and groups in both languages. */
  indicators: (id: string) => json<IndicatorsView>('GET', `/admin/waves/${encodeURIComponent(id)}/indicators`),
  /** The batch's links as a CSV, which the server returns this once only. */
  async invitations(id: string, count: number, attributes: Record<string, string>): Promise<{ csv: Blob; filename: string }> {
    const res = await call('POST', `/admin/waves/${encodeURIComponent(id)}/invitations`, { count, attributes });
    const m = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '');
    return { csv: await res.blob(), filename: m?.[1] ?? `${id}-links.csv` };
  },
  /** A wave's mystery-guest assignments with their progress (never a link). */
  assignments: (id: string) => json<AssignmentList>('GET', `/admin/waves/${encodeURIComponent(id)}/assignments`),
  /** New assignments' links as a CSV, which the server returns this once only. */
  async createAssignments(id: string, targets: AssignmentTarget[]): Promise<{ csv: Blob; filename: string }> {
    const res = await call('POST', `/admin/waves/${encodeURIComponent(id)}/assignments`, { targets });
    const m = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '');
    return { csv: await res.blob(), filename: m?.[1] ?? `${id}-opdrachten.csv` };
  },
  catalog: () => json<{ surveys: SurveyListItem[] }>('GET', '/admin/surveys').then((b) => b.surveys),
  /** A bundled survey's whole definition (the Peil envelope; its `survey` is the SurveyJS JSON). */
  definition: (id: string) =>
    json<{ definition: { id: string; version: string; survey: { title: { default: string; en: string } } & Record<string, unknown> } }>(
      'GET',
      `/admin/surveys/${encodeURIComponent(id)}`,
    ).then((b) => b.definition),
  /** Runs the survey checker on pasted text; nothing is stored. */
  check: (text: string) => json<{ problems: CheckMessage[] }>('POST', '/admin/surveys/check', text).then((b) => b.problems),
  /** A closed wave's export as a file to save. */
  async exportFile(id: string, format: ExportFormat, labels: 'codes' | 'nl' | 'en', dialect: CsvDialect): Promise<{ blob: Blob; filename: string }> {
    const res = await call('GET', `/admin/waves/${encodeURIComponent(id)}/export?format=${format}&labels=${labels}${format === 'csv' ? `&dialect=${dialect}` : ''}`);
    const m = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '');
    return { blob: await res.blob(), filename: m?.[1] ?? `${id}.${format}` };
  },
  /** A register's "% procedures gelukt" in a half-year (null when it has no records then). */
  registerFigures: (id: string, period: string) =>
    json<{ period: string; report: ProcedureReport | null }>('GET', `/admin/registers/${encodeURIComponent(id)}/figures?period=${encodeURIComponent(period)}`),
  records: (id: string, period: string) =>
    json<{ records: { id: string; reference: string; period: string; answers: Record<string, unknown> }[] }>(
      'GET',
      `/admin/registers/${encodeURIComponent(id)}/records?period=${encodeURIComponent(period)}`,
    ).then((b) => b.records),
  correctRecord: (id: string, recordId: string, answers: Record<string, unknown>) =>
    json<{ record: { id: string; period: string; reference: string } }>('PUT', `/admin/registers/${encodeURIComponent(id)}/records/${encodeURIComponent(recordId)}`, { answers }).then((b) => b.record),
  registers: () => json<{ registers: RegisterView[] }>('GET', '/admin/registers').then((b) => b.registers),
  enterRecord: (id: string, answers: Record<string, unknown>) =>
    json<{ record: { id: string; period: string; reference: string } }>('POST', `/admin/registers/${encodeURIComponent(id)}/records`, { answers }).then((b) => b.record),
  /** Uploads an HR export as it is: the server checks its encoding and every row. */
  importRecords: (id: string, file: Blob) => postCsv<ImportResult>(`/api/admin/registers/${encodeURIComponent(id)}/import`, file),
  /** The integral monitor of a half-year: the city overview (every directorate) with the city's summary. */
  monitor: (period: string) => json<{ monitor: Monitor; summary: MonitorSummary }>('GET', `/admin/monitor/${encodeURIComponent(period)}`),
  /** One directorate's page of the integral monitor. */
  monitorPage: (period: string, code: string) =>
    json<{ page: DirectoratePage }>('GET', `/admin/monitor/${encodeURIComponent(period)}/directorates/${encodeURIComponent(code)}`).then((b) => b.page),
  /** Uploads the HR system's aggregates per directorate and half-year. */
  importHr: (file: Blob) => postCsv<HrImportResult>('/api/admin/hr/import', file),
  /** Every target of the surveys in scope, with the baseline a researcher entered (null: not yet). */
  targets: () => json<{ targets: TargetView[] }>('GET', '/admin/targets').then((b) => b.targets),
  enterBaseline: (survey: string, target: string, baseline: { value: unknown; source: string }) =>
    json<{ target: TargetView }>('PUT', `/admin/targets/${encodeURIComponent(survey)}/${encodeURIComponent(target)}/baseline`, baseline).then((b) => b.target),
  accounts: () => json<{ accounts: Account[] }>('GET', '/admin/accounts').then((b) => b.accounts),
  createAccount: (input: { username: string; password: string; role: Account['role']; surveys: string[] | null; directorate: string | null }) =>
    json<{ account: Account }>('POST', '/admin/accounts', input).then((b) => b.account),
  async deleteAccount(id: string): Promise<void> {
    await call('DELETE', `/admin/accounts/${encodeURIComponent(id)}`);
  },
};
