import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** `npm start` with a configuration it must refuse before it builds or opens anything. */
const start = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  spawnSync('npx', ['tsx', 'server/main.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgres://db', PORT: 'abc', ...env } });

describe('npm start with a wrong configuration', () => {
  it('stops with the list of what is wrong, in Dutch by default', () => {
    const { status, stdout, stderr } = start({ LANG: 'nl_NL.UTF-8' });
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'Peil kan niet starten: De configuratie klopt niet:\n' +
        '  PORT: moet een poortnummer zijn: een heel getal van 0 tot en met 65535\n' +
        '  DATABASE_URL: moet beginnen met file:, libsql:, http(s): of ws(s):\n',
    );
    expect(status).toBe(1);
  });

  it('speaks English when LANG starts with en, or with --lang en', () => {
    const expected = 'Peil cannot start: Invalid environment:\n  PORT: must be a port number: a whole number from 0 to 65535\n  DATABASE_URL: must start with file:, libsql:, http(s): or ws(s):\n';
    expect(start({ LANG: 'en_GB.UTF-8' }).stderr).toBe(expected);
    expect(start({ LANG: 'nl_NL.UTF-8' }, '--lang', 'en').stderr).toBe(expected);
    expect(start({ LANG: 'nl_NL.UTF-8' }, '--lang', 'de')).toMatchObject({ status: 1, stderr: 'Peil kan niet starten: onbekende taal "de" voor --lang: kies nl of en\n' });
  });
});
