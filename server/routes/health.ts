import { Hono } from 'hono';
import type { Database } from '../db/open.ts';

/** `GET /api/health`: the process is up and the database answers. */
export function healthRoutes(db: Database) {
  return new Hono().get('/', async (c) => {
    await db.client.execute('SELECT 1');
    return c.json({ status: 'ok' as const, database: db.embedded ? ('embedded' as const) : ('server' as const) });
  });
}
