import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenDir, werkplekFile } from './fixtures/helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh folder holding copies of `files`, to publish into without touching the fixtures. */
function folderWith(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'peil-publish-'));
  dirs.push(dir);
  for (const file of files) copyFileSync(file, join(dir, file.split('/').at(-1)!));
  return dir;
}

// LANG as a Dutch machine has it, so the default language is what the command chooses.
const publish = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'survey-format/checker/publish.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'nl_NL.UTF-8' } });

describe('npm run surveys:publish', () => {
  it('records a good survey and says so in Dutch by default, in English with --lang en', () => {
    const dir = folderWith(werkplekFile);
    const first = publish(dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/werkplek\.json: werkplek 1\.2\.0 gepubliceerd\n$/);
    expect(existsSync(join(dir, 'published.lock.json'))).toBe(true);
    expect(publish('--lang', 'en', dir).stdout).toMatch(/werkplek\.json: werkplek 1\.2\.0 was already published\n$/);
  });

  it('publishes nothing when a survey has a problem, and prints the problems in Dutch', () => {
    const dir = folderWith(join(brokenDir, 'bad-breakdowns.json'));
    const { status, stdout, stderr } = publish(dir);
    expect(status).toBe(1);
    expect(stdout).toContain(': $.breakdowns[0]: "directie" is geen vraag in deze vragenlijst');
    expect(stderr).toContain('Niets gepubliceerd: los eerst deze problemen op.');
    expect(existsSync(join(dir, 'published.lock.json'))).toBe(false);
  });

  it('explains itself and refuses an unknown option in Dutch by default, in English with --lang en', () => {
    expect(publish('--help').stdout).toContain('Gebruik: npm run surveys:publish [-- [--lang nl|en] PAD...]\n\nControleert de vragenlijstdefinities');
    expect(publish('--help', '--lang=en').stdout).toContain('Usage: npm run surveys:publish [-- [--lang nl|en] PATH...]\n\nChecks the survey definitions');
    expect(publish('--force')).toMatchObject({ status: 2, stderr: 'surveys:publish: onbekende optie --force\nGebruik: npm run surveys:publish [-- [--lang nl|en] PAD...] (--help voor meer)\n' });
    expect(publish('--lang', 'en', '--force').stderr).toBe('surveys:publish: unknown option --force\nUsage: npm run surveys:publish [-- [--lang nl|en] PATH...] (--help for more)\n');
  });
});
