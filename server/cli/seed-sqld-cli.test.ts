import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// LANG as a Dutch machine has it, so the language is the one the command chooses, not this machine's.
const run = (script: string, lang: string, ...args: string[]) =>
  spawnSync('npx', ['tsx', `server/cli/${script}`, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: lang, DATABASE_URL: 'file:/nonexistent/never-opened.db' } });

describe('npm run seed and npm run sqld, with wrong arguments', () => {
  it('seed refuses in Dutch by default, in English with --lang en or LANG=en*, before it opens a database', () => {
    const dutch = run('seed.ts', 'nl_NL.UTF-8', '--scale', '0');
    expect(dutch).toMatchObject({ status: 2, stdout: '' });
    expect(dutch.stderr).toMatch(/^--scale moet een getal boven 0 zijn en --seed een heel getal\.\n\nGebruik: npm run seed -- \[--force\]/);
    expect(run('seed.ts', 'nl_NL.UTF-8', '--bogus').stderr).toMatch(/^onbekende optie --bogus\n\nGebruik:/);
    expect(run('seed.ts', 'nl_NL.UTF-8', '--lang', 'en', '--bogus').stderr).toMatch(/^unknown option --bogus\n\nUsage: npm run seed -- \[--force\]/);
    expect(run('seed.ts', 'en_GB.UTF-8', '--help')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: npm run seed -- .*\n\nFills the database/) });
  });

  it('sqld refuses in Dutch by default, in English with --lang en, before it starts sqld', () => {
    const dutch = run('sqld.ts', 'nl_NL.UTF-8', '--db-path', '/tmp/nergens');
    expect(dutch).toMatchObject({ status: 2, stdout: '' });
    expect(dutch.stderr).toMatch(/^--db-path en --http-listen-addr zijn verplicht\.\n\nGebruik: npm run sqld -- --db-path MAP/);
    expect(run('sqld.ts', 'nl_NL.UTF-8', '--port', '1').stderr).toMatch(/^onbekende optie --port\n\nGebruik:/);
    expect(run('sqld.ts', 'nl_NL.UTF-8', '--lang=en', '--db-path', '/tmp/nergens').stderr).toMatch(/^--db-path and --http-listen-addr are required\.\n\nUsage: npm run sqld -- --db-path DIR/);
  });
});
