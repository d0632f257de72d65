import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../server/cli/peil.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let out: string[];
let err: string[];
// LANG as a Dutch machine has it, so the language is the one the command chooses, not this machine's.
const runIn = (lang: string, argv: string[]) => runCli(argv, (s) => out.push(s), (s) => err.push(s), { ...process.env, LANG: lang });
const run = (...argv: string[]) => runIn('nl_NL.UTF-8', argv);

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
  it('answers wrong arguments with the usage and exit code 2, in Dutch by default', async () => {
    expect(await run()).toBe(2);
    expect(out.join('\n')).toMatch(/^Gebruik: npm run peil -- <opdracht> \[--lang nl\|en\]\n\n {2}wave create <vragenlijst-id>/);
    for (const argv of [['wave', 'frobnicate'], ['wave', 'create'], ['wave', 'create', 'inclusie', '--colour', 'red'], ['invite', 'x'], ['invite', 'x', '--count', 'many']]) {
      err = [];
      expect(await run(...argv)).toBe(2);
      expect(err.join('\n')).toContain('Gebruik: npm run peil');
    }
    expect(err.join('\n')).toMatch(/^peil: --count N is verplicht \(een heel getal\)\n\nGebruik:/);
    err = [];
    await run('wave', 'create', 'inclusie', '--colour', 'red');
    expect(err.join('\n')).toMatch(/^peil: onbekende optie --colour\n/);
    err = [];
    await run('wave', 'close');
    expect(err.join('\n')).toMatch(/^peil: verwacht één <golf-id>, kreeg er 0\n/);
  });

  it('speaks English with --lang en or when LANG starts with en', async () => {
    expect(await run('--lang', 'en', 'wave', 'create', 'inclusie', '--colour', 'red')).toBe(2);
    expect(err.join('\n')).toMatch(/^peil: unknown option --colour\n\nUsage: npm run peil -- <command> \[--lang nl\|en\]\n/);
    err = [];
    expect(await runIn('en_GB.UTF-8', ['wave', 'close'])).toBe(2);
    expect(err.join('\n')).toMatch(/^peil: expected one <wave-id>, got 0\n\nUsage:/);
    err = [];
    expect(await run('wave', 'status', 'nergens-2030-H1', '--lang=en')).toBe(1);
    expect(err).toEqual(['peil: wave "nergens-2030-H1" does not exist']);
    err = [];
    expect(await run('wave', 'list', '--lang', 'fr')).toBe(2);
    expect(err.join('\n')).toMatch(/^peil: onbekende taal "fr" voor --lang: kies nl of en\n/);
    expect(await run('--lang', 'en', 'wave', 'create', 'exit', '--period', '2030-H1', '--opens', '2030-01-01', '--closes', '2030-06-30')).toBe(0);
    expect(out.at(-1)).toMatch(/^Created wave exit-2030-H1: exit \d+\.\d+\.\d+, 2030-01-01 to 2030-06-30, invitation, k=5\/10, raw answers kept 730 days\.$/);
    err = [];
    expect(await run('--lang', 'en', 'invite', 'exit-2030-H1', '--count', '3', '--attr', 'directie=sociaal')).toBe(1);
    expect(err).toEqual(['peil: Too few invitations for a group\n  --count: must be at least 5 when there are attributes']);
  });

  it('creates a wave, hands out links once as CSV, and reports counts without small numbers', async () => {
    expect(await run('wave', 'create', 'inclusie', '--period', '2030-H1', '--opens', '2030-01-01', '--closes', '2030-06-30')).toBe(0);
    expect(out[0]).toMatch(/^Golf inclusie-2030-H1 geopend: inclusie \d+\.\d+\.\d+, 2030-01-01 tot en met 2030-06-30, invitation, k=5\/10, ruwe antwoorden 730 dagen bewaard\.$/);
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
    expect(err).toEqual(['5 links voor inclusie-2030-H1. Ze zijn niet nog eens te zien: Peil bewaart alleen hun hashes.']);
    out = [];
    expect(await run('wave', 'status', 'inclusie-2030-H1')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ invited: 5, answers: { shown: false, reason: 'te weinig antwoorden' }, groups: null });
  });

  it('refuses what the domain refuses, with exit code 1 and the reason in Dutch', async () => {
    expect(await run('wave', 'create', 'bestaat-niet')).toBe(1);
    expect(err).toEqual(['peil: vragenlijst "bestaat-niet" bestaat niet']);
    expect(await run('wave', 'create', 'exit', '--period', '2030-H1', '--opens', '2030-01-01', '--closes', '2030-06-30')).toBe(0);
    expect(await run('invite', 'exit-2030-H1', '--count', '3', '--attr', 'directie=sociaal')).toBe(1);
    expect(err.at(-1)).toBe('peil: Te weinig uitnodigingen voor een groep\n  --count: moet minstens 5 zijn als er kenmerken zijn');
    err = [];
    expect(await run('invite', 'exit-2030-H1', '--count', '5', '--attr', 'directie=Sociaal')).toBe(1);
    expect(err.join('\n')).toMatch(/^peil: Een code staat niet in de organisatielijst\n {2}--attr directie: "Sociaal" is geen directie of stadsdeel uit de organisatielijst; kies een van: bestuur_en_concernstaf, /);
    expect(await run('wave', 'create', 'exit', '--period', '2030-X', '--opens', '2030-03-01', '--closes', '2030-04-01')).toBe(1);
    expect(err.join('\n')).toContain('\n  --opens: overlapt met exit-2030-H1');
  });
});
