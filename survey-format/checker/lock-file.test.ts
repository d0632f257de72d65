import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { werkplek } from './fixtures/helpers.ts';
import { LOCK_FILE, publishedVersion, readLock, recordVersion, writeLock } from './lock-file.ts';
import { outlineSurvey } from './survey-outline.ts';

describe('lock file', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'peil-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true });
  });

  it('records a structural fingerprint and a hash per version, and reads back what it wrote', () => {
    const json = werkplek();
    const entry = publishedVersion(json, outlineSurvey(json.survey));
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.questions).toEqual({
      tevredenheid: { type: 'rating', scale: [1, 2, 3, 4, 5] },
      aanpassing_gevraagd: { type: 'radiogroup', choices: ['ja', 'nee'] },
      aanpassing_soort: { type: 'checkbox', choices: ['bureau', 'software', 'werktijden'] },
      aanbevelen: { type: 'boolean' },
      toelichting: { type: 'comment' },
    });
    const first = recordVersion(undefined, 'werkplek', '1.2.0', entry);
    expect(first.added).toBe(true);
    expect(recordVersion(first.lock, 'werkplek', '1.2.0', entry).added).toBe(false);
    const dir = tempDir();
    writeLock(dir, first.lock);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toContain('"aanbevelen": {"type":"boolean"}');
    expect(readLock(dir)).toEqual({ lock: first.lock, problems: [] });
  });

  it('reports a malformed lock file as problems of that file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ surveys: { werkplek: { '1.2.0': { sha256: 'abc', questions: {} } } } }));
    const { lock, problems } = readLock(dir);
    expect(lock).toBeUndefined();
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['$.surveys.werkplek["1.2.0"].sha256: must be a SHA-256 in hex']);
  });
});
