import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { submissionStatements } from '../../server/db/responses.ts';
import { createWave } from '../../server/waves/waves.ts';
import { loadCatalog } from '../../survey-format/catalog/catalog.ts';
import { fixtureSurveysDir } from '../support/app.ts';
import { freshDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { readWal } from '../support/sqlite-file.ts';

/**
 * Decision 010: the WAL never holds more than the latest transaction, also while the workspace
 * reads. A reader on a snapshot from before a commit keeps that commit's frames from being copied
 * into the main file; the writer thread's checkpoint waits for it (RESTART), so the next group
 * starts the WAL over instead of appending after the last one. Embedded files only.
 */
const catalog = loadCatalog(fixtureSurveysDir);
let t: TestDatabase | undefined;
afterEach(async () => {
  await t?.destroy();
  t = undefined;
});

describe.skipIf(testDatabaseKind === 'sqld')('the WAL while a reader holds an older snapshot', () => {
  it('holds only the latest group once the reader is done: the checkpoint waited for it', async () => {
    t = await freshDatabase();
    const wave = await createWave(t.client, catalog, 'werkplek', { mode: 'open' }, new Date('2026-09-15T08:00:00Z'));
    const group = () =>
      submissionStatements({
        keyHash: randomBytes(32).toString('hex'),
        bodyHash: randomBytes(32).toString('hex'),
        credentialHash: undefined,
        waveId: wave.id,
        wave: wave.period,
        outcome: { status: 201, body: { status: 'stored' } },
        response: { id: crypto.randomUUID(), surveyId: 'werkplek', surveyVersion: '1.0.0', answers: { toelichting: 'ja' }, attributes: {} },
      });
    await t.writer.write(group());
    // The workspace reads: a read transaction whose snapshot is from before the next group.
    const reader = await t.client.transaction('read');
    expect(Number((await reader.execute('SELECT count(*) AS n FROM responses')).rows[0]!.n)).toBe(1);
    await t.writer.write(group());
    // The reader finishes a little later, while the writer thread checkpoints the group it just committed.
    const released = new Promise((r) => setTimeout(r, 200)).then(() => reader.commit());
    await t.writer.write(group());
    await released;
    const wal = readWal(readFileSync(`${t.path!}-wal`));
    expect(wal.frames.filter((f) => f.commitSize > 0)).toHaveLength(1);
    expect(Number((await t.client.execute('SELECT count(*) AS n FROM responses')).rows[0]!.n)).toBe(3);
  });
});
