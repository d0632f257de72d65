/**
 * The server side of the submission benchmark, run in its own process so the load generator does not
 * share its event loop. `peil`: the real app on a fresh embedded database (WAL, synchronous=FULL) with
 * an invitation wave for the inclusion survey and enough single-use links; it writes the links' tokens,
 * the public key of the wave's credentials, and ready credentials (see below) to `<out>`.
 * `peil-before`: the same app and set-up on the answers file as before its file measures (see
 * answersDatabase). `bare`: a Hono endpoint that only parses the JSON body and answers 201, the
 * ceiling. With a fifth argument, a libSQL server's URL (sqld, started durable), `peil` uses that
 * for answers instead of a fresh file; with 0 links it only serves, on what another instance set up
 * there (a second API instance on the same sqld). Prints `{ "port": N }` when listening.
 */
import { constants, randomBytes, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createClient } from '@libsql/client';
import { Hono } from 'hono';
import { createApp } from '../server/app.ts';
import { loadCatalog } from '../survey-format/catalog/catalog.ts';
import type { Credential } from '../server/credentials/credential.ts';
import { CredentialKeys } from '../server/credentials/keys.ts';
import { credentialSuite, PREPARED_MESSAGE_BYTES } from '../server/credentials/suite.ts';
import { migrate } from '../server/db/migrate.ts';
import { openDatabase, type Database } from '../server/db/open.ts';
import { WaveCache } from '../server/db/wave-cache.ts';
import { clientWriter } from '../server/db/writer.ts';
import { GroupCommitter } from '../server/submissions/group-commit.ts';
import { createInvitations, createWave } from '../server/waves/waves.ts';

const [mode, tokenCount, credentialCount, out, databaseUrl] = process.argv.slice(2);

/** Closes the answers database (its writer thread finishes first), for a clean exit. */
let closeDatabase = async () => {};

async function app() {
  if (mode === 'bare') {
    return new Hono().post('/api/surveys/:id/responses', async (c) => {
      await c.req.json();
      return c.json({ status: 'stored' }, 201);
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'peil-bench-'));
  const staff = await openDatabase(`file:${join(dir, 'bench-staff.db')}`, { schema: 'staff' });
  const db = await answersDatabase(databaseUrl ?? `file:${join(dir, 'bench.db')}`, staff);
  const catalog = loadCatalog(new URL('../surveys/', import.meta.url).pathname);
  if (Number(tokenCount) === 0) return createApp({ db, staff, catalog });
  const now = new Date();
  const wave = await createWave(db.client, catalog, 'inclusie', { mode: 'invitation' }, now);
  const tokens: string[] = [];
  for (let left = Number(tokenCount); left > 0; left -= 50_000) {
    tokens.push(...(await createInvitations(db.client, wave.id, Math.min(left, 50_000), {}, now)).tokens);
  }
  const key = await new CredentialKeys(db.client, new GroupCommitter(db), new WaveCache(db.client)).forGroup(wave.id, {});
  writeFileSync(out!, JSON.stringify({ tokens, key: key.public, modulus: key.modulus.toString('base64url'), credentials: credentials(key, Number(credentialCount)) }));
  closeDatabase = () => db.writer.close();
  return createApp({ db, staff, catalog });
}

/**
 * `peil`: the answers file as Peil opens it. `peil-before`: as before docs/decisions/010's file measures (4 KiB pages, no
 * secure_delete, SQLite's checkpoint every 1,000 WAL frames, no rewrites), with today's schema,
 * and as before decision 017 (its group commit on the event loop, not in a writer thread).
 */
async function answersDatabase(url: string, staff: Database): Promise<Database> {
  if (mode === 'peil-before') {
    const client = createClient({ url, concurrency: 4, timeout: 5000 });
    await client.execute('PRAGMA page_size=4096');
    await client.execute('PRAGMA journal_mode=WAL');
    await migrate(client);
    return { client, writer: clientWriter(client), embedded: true, close: () => client.close() };
  }
  return openDatabase(url, { staff: staff.client });
}

/**
 * Credentials as browsers hold them after the exchange. A finalised blind signature is an ordinary
 * RSASSA-PSS signature of the prepared message (RFC 9474, section 4.4), so the bench signs prepared
 * messages directly with the wave's key: the same bytes, without a browser's blinding for each.
 */
function credentials(key: Awaited<ReturnType<CredentialKeys['forGroup']>>, count: number): Credential[] {
  const { saltLength } = credentialSuite().params;
  return Array.from({ length: count }, () => {
    const message = randomBytes(PREPARED_MESSAGE_BYTES);
    const signature = sign('sha384', message, { key: key.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });
    return { keyId: key.public.id, message: message.toString('base64url'), signature: signature.toString('base64url') };
  });
}

const server = serve({ fetch: (await app()).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void closeDatabase().finally(() => process.exit(0));
});
