import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli/peil.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let out: string[];
let err: string[];
const run = (...argv: string[]) => runCli(argv, (s) => out.push(s), (s) => err.push(s));

beforeEach(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.STAFF_DATABASE_URL = db.staffUrl;
  out = [];
  err = [];
});
afterEach(async () => {
  delete process.env.DATABASE_URL;
  delete process.env.STAFF_DATABASE_URL;
  await db.destroy();
});

describe('npm run peil', () => {
  it('answers wrong arguments with a short usage and exit code 2', async () => {
    expect(await run()).toBe(2);
    expect(out.join('\n')).toMatch(/^Usage: npm run peil/);
    for (const argv of [['wave', 'frobnicate'], ['wave', 'create'], ['wave', 'create', 'inclusie', '--colour', 'red'], ['invite', 'x'], ['invite', 'x', '--count', 'many']]) {
      err = [];
      expect(await run(...argv)).toBe(2);
      expect(err.join('\n')).toContain('Usage: npm run peil');
    }
  });

  it('creates a wave, hands out links once as CSV, and reports counts without small numbers', async () => {
    expect(await run('wave', 'create', 'inclusie', '--period', '2030-H1', '--opens', '2030-01-01', '--closes', '2030-06-30')).toBe(0);
    expect(out[0]).toMatch(/^Created wave inclusie-2030-H1: inclusie \d+\.\d+\.\d+, 2030-01-01 to 2030-06-30, invitation, k=5\/10/);
    const write = process.stdout.write;
    let csv = '';
    process.stdout.write = ((chunk: string, cb?: () => void) => {
      csv += chunk;
      cb?.();
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await run('invite', 'inclusie-2030-H1', '--count', '5', '--attr', 'directie=sociaal', '--base-url', 'https://peil.example/')).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('link');
    expect(lines).toHaveLength(6);
    for (const link of lines.slice(1)) expect(link).toMatch(/^https:\/\/peil\.example\/s\/inclusie#t=[A-Za-z0-9_-]{24}$/);
    expect(err.join('\n')).toContain('cannot be shown again');
    out = [];
    expect(await run('wave', 'status', 'inclusie-2030-H1')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ invited: 5, answers: { shown: false, reason: 'te weinig antwoorden' }, groups: null });
  });

  it('refuses what the domain refuses, with exit code 1 and the reason', async () => {
    expect(await run('wave', 'create', 'bestaat-niet')).toBe(1);
    expect(err.join('\n')).toContain('Survey "bestaat-niet" does not exist');
    expect(await run('wave', 'create', 'exit', '--period', '2030-H1', '--opens', '2030-01-01', '--closes', '2030-06-30')).toBe(0);
    expect(await run('invite', 'exit-2030-H1', '--count', '3', '--attr', 'directie=sociaal')).toBe(1);
    expect(err.join('\n')).toContain('needs at least 5 invitees');
    err = [];
    expect(await run('invite', 'exit-2030-H1', '--count', '5', '--attr', 'directie=Sociaal')).toBe(1);
    expect(err.join('\n')).toMatch(/^peil: attributes\.directie: "Sociaal" is geen directie of stadsdeel uit de organisatielijst; kies een van: bestuur_en_concernstaf, /);
    expect(await run('wave', 'create', 'exit', '--period', '2030-X', '--opens', '2030-03-01', '--closes', '2030-04-01')).toBe(1);
    expect(err.join('\n')).toContain('overlaps exit-2030-H1');
  });
});
