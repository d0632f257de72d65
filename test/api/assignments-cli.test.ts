import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli/peil.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { parseLinks } from './assignments-client.ts';

let db: TestDatabase;
let dir: string;
let out: string[];
let err: string[];
// LANG as a Dutch machine has it, so the language is the one the command chooses, not this machine's.
const run = (...argv: string[]) => runCli(argv, (s) => out.push(s), (s) => err.push(s), { ...process.env, LANG: 'nl_NL.UTF-8' });
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

beforeEach(async () => {
  db = await freshDatabase();
  dir = mkdtempSync(join(tmpdir(), 'peil-assign-'));
  process.env.DATABASE_URL = db.url;
  process.env.STAFF_DATABASE_URL = db.staffUrl;
  out = [];
  err = [];
});
afterEach(async () => {
  delete process.env.DATABASE_URL;
  delete process.env.STAFF_DATABASE_URL;
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const WAVE = ['wave', 'create', 'mystery-guest', '--mode', 'assignment', '--period', '2030-H1', '--opens', '2030-01-01', '--closes', '2030-06-30'];

describe('npm run peil -- assign', () => {
  it('answers wrong arguments with the usage and exit code 2', async () => {
    const targets = file('targets.csv', 'reference,directorate,kind,paired\n');
    for (const argv of [
      ['assign'],
      ['assign', 'mystery-guest-2030-H1'],
      ['assign', '--targets', targets],
      ['assign', 'a', 'b', '--targets', targets],
      ['assign', 'mystery-guest-2030-H1', '--targets', join(dir, 'missing.csv')],
      ['assign', 'mystery-guest-2030-H1', '--targets', targets, '--colour', 'red'],
      ['assign', 'mystery-guest-2030-H1', '--targets', targets, '--out', targets],
    ]) {
      err = [];
      expect(await run(...argv), argv.join(' ')).toBe(2);
      expect(err.join('\n')).toContain('Gebruik: npm run peil');
      expect(err.join('\n')).toContain('assign <golf-id> --targets targets.csv');
    }
  });

  it('writes one link per assignment, two per paired target, to a new file readable only by its owner', async () => {
    expect(await run(...WAVE)).toBe(0);
    expect(out[0]).toContain('assignment');
    const targets = file('targets.csv', 'reference,directorate,kind,paired\r\nV-2030-0001,sociaal,vacature_extern,ja\r\n"SP Noord",dienstverlening,servicepunt,nee\r\n');
    const links = join(dir, 'links.csv');
    expect(await run('assign', 'mystery-guest-2030-H1', '--targets', targets, '--base-url', 'https://peil.example.nl', '--out', links)).toBe(0);
    expect(err.join('\n')).toContain('3 opdrachtlinks voor mystery-guest-2030-H1 geschreven naar');
    expect(statSync(links).mode & 0o777).toBe(0o600);
    const rows = parseLinks(readFileSync(links, 'utf8'));
    expect(rows.map((r) => [r.pair_id, r.profile, r.reference, r.kind])).toEqual([
      ['2030H1-001', 'a', 'V-2030-0001', 'vacature_extern'],
      ['2030H1-001', 'b', 'V-2030-0001', 'vacature_extern'],
      ['', '', 'SP Noord', 'servicepunt'],
    ]);
    for (const r of rows) expect(r.link).toMatch(/^https:\/\/peil\.example\.nl\/opdracht\/#t=[A-Za-z0-9_-]{24}$/);
    expect((await db.client.execute('SELECT count(*) AS n FROM assignments')).rows[0]!.n).toBe(3);
  });

  it('refuses a targets file that does not fit, naming the line, with exit code 1 and nothing stored', async () => {
    expect(await run(...WAVE)).toBe(0);
    const header = file('header.csv', 'ref,dir,soort\nV-1,sociaal,servicepunt\n');
    expect(await run('assign', 'mystery-guest-2030-H1', '--targets', header)).toBe(1);
    expect(err.join('\n')).toContain('reference,directorate,kind,paired');
    err = [];
    const bad = file('bad.csv', 'reference,directorate,kind,paired\nV-1,sociaal,vacature_extern,ja\nV-2,marketing,vacature_extern,misschien\n');
    expect(await run('assign', 'mystery-guest-2030-H1', '--targets', bad)).toBe(1);
    expect(err.join('\n')).toMatch(/^peil: .*bad\.csv heeft 1 probleem:\n {2}regel 3 paired: moet ja of nee zijn$/);
    err = [];
    expect(await run('--lang', 'en', 'assign', 'mystery-guest-2030-H1', '--targets', bad)).toBe(1);
    expect(err.join('\n')).toContain('\n  line 3 paired: must be yes or no');
    err = [];
    const unknown = file('unknown.csv', 'reference,directorate,kind,paired\nV-2,marketing,vacature_extern,nee\n');
    expect(await run('assign', 'mystery-guest-2030-H1', '--targets', unknown)).toBe(1);
    expect(err.join('\n')).toContain('regel 2 directorate: moet een van deze zijn: bestuur_en_concernstaf, sociaal,');
    expect((await db.client.execute('SELECT count(*) AS n FROM assignments')).rows[0]!.n).toBe(0);
  });
});
