import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPaths } from './check-paths.ts';
import { readLock } from './lock-file.ts';

const surveysDir = fileURLToPath(new URL('../../surveys/', import.meta.url));
const fixtureDir = fileURLToPath(new URL('../../test/fixtures/surveys/', import.meta.url));

describe('the bundled surveys', () => {
  it('all pass the checker, against their lock file', () => {
    const { fileCount, problems } = checkPaths([surveysDir]);
    expect(problems).toEqual([]);
    expect(fileCount).toBe(8);
  });

  it('are all published at 1.0.0', () => {
    const { lock } = readLock(surveysDir);
    expect(Object.keys(lock?.surveys ?? {}).sort()).toEqual(['exit', 'inclusie', 'mystery-guest', 'onboarding', 'onboarding-audit', 'procedures', 'sollicitant-herkomst', 'toegankelijkheid']);
    for (const versions of Object.values(lock?.surveys ?? {})) expect(Object.keys(versions)).toContain('1.0.0');
  });

  it('and the fixture survey the API tests load pass too', () => {
    expect(checkPaths([fixtureDir]).problems).toEqual([]);
  });
});
