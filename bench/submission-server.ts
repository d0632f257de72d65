/**
 * The server side of the submission benchmark, run in its own process so the load generator does not
 * share its event loop. `peil`: the real app on a fresh embedded database (WAL, synchronous=FULL) with
 * an invitation wave for the inclusion survey and enough single-use links (`peil-no-rewrite` and
 * `peil-before`: see answersDatabase). `bare`: a Hono endpoint that
 * only parses the JSON body and answers 201, the ceiling. Prints `{ "port": N }` when listening.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../server/app.ts';
import { loadCatalog } from '../server/catalog/catalog.ts';
import { createClient } from '@libsql/client';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase, type Database } from '../server/db/open.ts';
import { createInvitations, createWave } from '../server/waves/waves.ts';

const [mode, tokenCount, tokensFile] = process.argv.slice(2);

async function app() {
  if (mode === 'bare') {
    return new Hono().post('/api/surveys/:id/responses', async (c) => {
      await c.req.json();
      return c.json({ status: 'stored' }, 201);
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'peil-bench-'));
  const db = await answersDatabase(join(dir, 'bench.db'));
  const staff = await openDatabase(`file:${join(dir, 'bench-staff.db')}`, { schema: 'staff' });
  const catalog = loadCatalog(new URL('../surveys/', import.meta.url).pathname);
  const now = new Date();
  const wave = await createWave(db.client, catalog, 'inclusie', { mode: 'invitation' }, now);
  const tokens: string[] = [];
  for (let left = Number(tokenCount); left > 0; left -= 50_000) {
    tokens.push(...(await createInvitations(db.client, wave.id, Math.min(left, 50_000), {}, now)).tokens);
  }
  writeFileSync(tokensFile!, tokens.join('\n'));
  return createApp({ db, staff, catalog });
}

/**
 * `peil`: the answers file as Peil opens it. `peil-no-rewrite`: the same without its periodic
 * rewrites. `peil-before`: as before docs/decisions/010's file measures (4 KiB pages, no
 * secure_delete, SQLite's checkpoint every 1,000 WAL frames, no rewrites), with today's schema:
 * what those measures cost, in the same run.
 */
async function answersDatabase(path: string): Promise<Database> {
  if (mode === 'peil-before') {
    const client = createClient({ url: `file:${path}`, concurrency: 4, timeout: 5000 });
    await client.execute('PRAGMA page_size=4096');
    await client.execute('PRAGMA journal_mode=WAL');
    await migrate(client);
    return { client, embedded: true, close: () => client.close() };
  }
  const db = await openDatabase(`file:${path}`);
  return mode === 'peil-no-rewrite' ? { ...db, rewrites: undefined } : db;
}

const server = serve({ fetch: (await app()).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
