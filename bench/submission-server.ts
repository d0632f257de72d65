/**
 * The server side of the submission benchmark, run in its own process so the load generator does not
 * share its event loop. `peil`: the real app on a fresh embedded database (WAL, synchronous=FULL) with
 * an invitation wave for the inclusion survey and enough single-use links. `bare`: a Hono endpoint that
 * only parses the JSON body and answers 201, the ceiling. Prints `{ "port": N }` when listening.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../server/app.ts';
import { loadCatalog } from '../server/catalog/catalog.ts';
import { openDatabase } from '../server/db/open.ts';
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
  const db = await openDatabase(`file:${join(dir, 'bench.db')}`);
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

const server = serve({ fetch: (await app()).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
