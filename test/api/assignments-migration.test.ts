import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { afterEach, describe, expect, it } from 'vitest';
import { findInvitation } from '../../server/db/invitations.ts';
import { migrate, readMigrations } from '../../server/db/migrate.ts';
import { invitationTokenHash } from '../../server/submissions/anonymise.ts';
import { startSqld } from '../../server/db/sqld.ts';
import { testDatabaseKind } from '../support/database.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A database at migration 003 holding a wave with an invitation, on the kind of database under test. */
async function databaseAt003(): Promise<Client> {
  const dir = mkdtempSync(join(tmpdir(), 'peil-migration-'));
  let url = `file:${join(dir, 'peil.db')}`;
  let stop = async () => {};
  if (testDatabaseKind === 'sqld') {
    const sqld = await startSqld({ dbPath: join(dir, 'sqld-data') });
    url = sqld.url;
    stop = async () => {
      sqld.process.kill('SIGKILL');
    };
  }
  const client = createClient({ url });
  cleanup = async () => {
    client.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  await client.execute('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  for (const m of readMigrations().filter((m) => m.version <= 3)) {
    await client.batch([...m.statements, { sql: 'INSERT INTO schema_migrations (version, name) VALUES (?, ?)', args: [m.version, m.name] }], 'write');
  }
  await client.batch(
    [
      `INSERT INTO waves (id, survey_id, survey_version, definition, period, opens_on, closes_on, mode, k_min, k_special, retention_days, closed)
       VALUES ('inclusie-2026-H2', 'inclusie', '1.0.0', '{"survey":{}}', '2026-H2', '2026-07-01', '2026-12-31', 'invitation', 5, 10, 730, 0)`,
      `INSERT INTO invitation_batches (id, wave_id, size, attributes) VALUES ('b1', 'inclusie-2026-H2', 1, '{"directie":"Sociaal"}')`,
      { sql: 'INSERT INTO invitations (token_hash, batch_id) VALUES (?, ?)', args: [invitationTokenHash('tok'), 'b1'] },
    ],
    'write',
  );
  return client;
}

describe('migration 004', () => {
  it('keeps existing waves and their invitations, and lets waves take the assignment mode', async () => {
    const client = await databaseAt003();
    expect((await migrate(client))[0]).toBe('004_assignments.sql');
    const found = await findInvitation(client, invitationTokenHash('tok'));
    expect(found?.wave).toMatchObject({ id: 'inclusie-2026-H2', mode: 'invitation', kMin: 5, closed: false });
    expect(found?.attributes).toEqual({ directie: 'Sociaal' });
    await client.execute(
      `INSERT INTO waves (id, survey_id, survey_version, definition, period, opens_on, closes_on, mode, k_min, k_special, retention_days)
       VALUES ('mg', 'mystery-guest', '1.1.0', '{}', '2026-H2', '2026-07-01', '2026-12-31', 'assignment', 5, 10, 730)`,
    );
    await expect(
      client.execute(
        `INSERT INTO waves (id, survey_id, survey_version, definition, period, opens_on, closes_on, mode, k_min, k_special, retention_days)
         VALUES ('x', 'x', '1.0.0', '{}', '2026-H2', '2026-07-01', '2026-12-31', 'post', 5, 10, 730)`,
      ),
    ).rejects.toThrow(/CHECK/);
    // A half-filled pair is refused by the table itself.
    await expect(
      client.execute(`INSERT INTO assignments (token_hash, id, wave_id, reference, directorate, kind, pair_id) VALUES ('h', 'i', 'mg', 'V-1', 'sociaal', 'servicepunt', 'P-1')`),
    ).rejects.toThrow(/CHECK/);
  });
});
