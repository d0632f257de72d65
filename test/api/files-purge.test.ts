import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { sweepRetention } from '../../server/retention/sweep.ts';
import { idempotencyKeyHash } from '../../server/submissions/anonymise.ts';
import { closeWave, createWave } from '../../server/waves/waves.ts';
import { fixtureSurveysDir, postResponse } from '../support/app.ts';
import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';

/**
 * Deleted is gone (issue 11): after the retention sweep purges a wave, none of its answers is in
 * any byte of the database files, WAL included; after a wave closes, none of its idempotency
 * records is. Answers of a wave that is kept are still found, so the search is shown to work.
 * Embedded files only: on a libSQL server the files are the server's (docs/decisions/010).
 */
const catalog = loadCatalog(fixtureSurveysDir);
let t: TestDatabase;
const purged: string[] = [];
const kept: string[] = [];
const keyHashes: string[] = [];
let keysLeftAfterClosing: string[] = [];
let clock = new Date('2024-03-01T10:00:00Z');

/** The bytes of every file of both databases: main files, WALs and shared-memory indexes. */
function allFiles(): Buffer[] {
  const paths = [t.path!, t.staffUrl.slice('file:'.length)].flatMap((p) => [p, `${p}-wal`, `${p}-shm`]);
  return paths.filter((p) => existsSync(p)).map((p) => readFileSync(p));
}
const inFiles = (text: string) => allFiles().some((b) => b.includes(text));

async function answer(app: ReturnType<typeof createApp>, into: string[]): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const marker = `purge${randomBytes(8).toString('hex')}`;
    into.push(marker);
    const key = crypto.randomUUID();
    keyHashes.push(idempotencyKeyHash(key));
    const res = await postResponse(app, 'werkplek', { answers: { tevredenheid: 1 + (i % 5), aanpassing_gevraagd: 'nee', toelichting: `${marker} ${'x'.repeat(150)}` } }, key);
    expect(res.status).toBe(201);
    clock = new Date(clock.getTime() + 60_000);
  }
}

beforeAll(async () => {
  if (testDatabaseKind === 'sqld') return;
  t = await freshDatabase();
  const app = createApp({ db: t, staff: t.staff, catalog, now: () => clock });
  const first = await createWave(t.client, catalog, 'werkplek', { period: '2024-H1', opensOn: '2024-01-01', closesOn: '2024-06-30', retentionDays: 30, mode: 'open' }, clock);
  await answer(app, purged);
  expect(purged.every(inFiles)).toBe(true);
  expect(keyHashes.every(inFiles)).toBe(true);
  await closeWave(t.client, first.id);
  keysLeftAfterClosing = keyHashes.filter(inFiles);
  clock = new Date('2024-09-01T10:00:00Z');
  await createWave(t.client, catalog, 'werkplek', { period: '2024-H2', opensOn: '2024-07-01', closesOn: '2024-12-31', retentionDays: 3650, mode: 'open' }, clock);
  await answer(app, kept);
});
afterAll(async () => {
  await t?.destroy();
});

describe.skipIf(testDatabaseKind === 'sqld')('deleted data in the database files', () => {
  it('keeps no idempotency record of a closed wave', () => {
    expect(keysLeftAfterClosing).toEqual([]);
  });

  it('keeps no byte of the answers the retention sweep purged, and every answer it kept', async () => {
    expect(await sweepRetention(t.client, new Date('2025-01-15T12:00:00Z'))).toMatchObject({ purged: [{ waveId: 'werkplek-2024-H1', answers: 20 }] });
    expect(purged.filter(inFiles)).toEqual([]);
    expect(kept.every(inFiles)).toBe(true);
  });
});
