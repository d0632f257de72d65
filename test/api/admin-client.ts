import type { Role } from '../../server/auth/permissions.ts';
import { issueSetupToken } from '../../server/auth/setup.ts';
import { createApp } from '../../server/app.ts';
import { loadCatalog, type Catalog } from '../../survey-format/catalog/catalog.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { freshDatabase, tableRows, type TestDatabase } from '../support/database.ts';

/** Helpers for the admin API tests: an app with a clock that can be moved, and logged-in agents. */

export const PASSWORD = 'correct horse battery staple';

/** The fixture catalog plus `andere`, a copy of `werkplek` under another id, to test survey scopes. */
function twoSurveys(base: Catalog): Catalog {
  const werkplek = base.get('werkplek')!;
  const andere = { definition: { ...werkplek.definition, id: 'andere' } };
  return {
    list: () => [...base.list(), { ...base.list().find((s) => s.id === 'werkplek')!, id: 'andere' }],
    get: (id) => (id === 'andere' ? andere : base.get(id)),
  };
}

/** A browser, as far as the API sees one: a cookie jar of one session cookie, and its CSRF token. */
export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['X-CSRF-Token'] ??= this.csrf;
    if (body !== undefined) h['Content-Type'] ??= 'application/json';
    const res = await this.app.request(`/api/admin${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.get('set-cookie');
    if (set) {
      const [pair] = set.split(';');
      this.cookie = /Max-Age=0/i.test(set) ? undefined : pair;
    }
    return res;
  }

  /** Logs in and keeps the session's CSRF token; the response, for checks. */
  async login(username: string, password = PASSWORD): Promise<Response> {
    const res = await this.request('POST', '/login', { username, password });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }
}

export interface AdminTestApp {
  app: ReturnType<typeof createApp>;
  db: TestDatabase;
  clock: { now: Date };
  /** Moves the clock on. */
  advance(seconds: number): void;
  agent(): Agent;
  /** Creates the first admin `admin` through the setup link and returns it logged in. */
  admin(): Promise<Agent>;
  /** Creates an account as `by` and returns it logged in; `directorate` for a manager. */
  account(by: Agent, username: string, role: Role, surveys?: string[] | null, directorate?: string): Promise<Agent & { id: string }>;
  rows(table: string): Promise<Record<string, unknown>[]>;
}

/** `catalog` defaults to the fixture surveys plus `andere` (see twoSurveys). */
export async function adminTestApp(start = new Date('2026-09-15T10:00:00Z'), catalog?: Catalog): Promise<AdminTestApp> {
  const db = await freshDatabase();
  const clock = { now: start };
  const app = createApp({ db, staff: db.staff, catalog: catalog ?? twoSurveys(loadCatalog(fixtureSurveysDir)), now: () => clock.now });
  const agent = () => new Agent(app);
  return {
    app,
    db,
    clock,
    advance: (seconds) => {
      clock.now = new Date(clock.now.getTime() + seconds * 1000);
    },
    agent,
    admin: async () => {
      const token = (await issueSetupToken(db.staff.client))!;
      const a = agent();
      const res = await a.request('POST', '/setup', { token, username: 'admin', password: PASSWORD });
      if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${await res.text()}`);
      await a.login('admin');
      return a;
    },
    account: async (by, username, role, surveys = null, directorate) => {
      const res = await by.request('POST', '/accounts', { username, password: PASSWORD, role, surveys, ...(directorate ? { directorate } : {}) });
      if (res.status !== 201) throw new Error(`account failed: ${res.status} ${await res.text()}`);
      const { account } = (await res.json()) as { account: { id: string } };
      const a = agent();
      await a.login(username);
      return Object.assign(a, { id: account.id });
    },
    rows: (table) => tableRows(db, table),
  };
}

/** The problem type's last part (`urn:peil:problem:csrf` gives `csrf`). */
export async function problemType(res: Response): Promise<string> {
  const body = (await res.clone().json()) as { type?: string };
  return String(body.type).replace('urn:peil:problem:', '');
}
