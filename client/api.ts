import { hc } from 'hono/client';
import type { AppType } from '../server/app.ts';

/** The API, typed from the server's own routes: a renamed path fails the type-check here. */
export const api = hc<AppType>(`${window.location.origin}/api`);

/** An RFC 9457 problem as the server sends it. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Each with the server's stable `code` and its `params` (server/problem-catalog.ts); a client-side check has its own message only. */
  fields?: { field: string; message: string; code?: string; params?: Readonly<Record<string, string | number>> }[];
}
