import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('the staff database setting', () => {
  it('lies beside an embedded answers file unless set', () => {
    expect(parseEnv({}).STAFF_DATABASE_URL).toBe('file:data/peil-staff.db');
    expect(parseEnv({ DATABASE_URL: 'file:/var/lib/peil/answers' }).STAFF_DATABASE_URL).toBe('file:/var/lib/peil/answers-staff.db');
    expect(parseEnv({ DATABASE_URL: 'file:a.db', STAFF_DATABASE_URL: 'http://127.0.0.1:8082' }).STAFF_DATABASE_URL).toBe('http://127.0.0.1:8082');
  });

  it('must be given for a libSQL server, and must not be the answers database', () => {
    expect(() => parseEnv({ DATABASE_URL: 'http://127.0.0.1:8081' })).toThrow(/STAFF_DATABASE_URL: is nodig als DATABASE_URL een libSQL-server is/);
    expect(() => parseEnv({ DATABASE_URL: 'file:a.db', STAFF_DATABASE_URL: 'file:a.db' })).toThrow(/STAFF_DATABASE_URL: mag niet gelijk zijn aan DATABASE_URL/);
  });
});

describe('the list of configuration problems', () => {
  const wrong = { PORT: 'abc', DATABASE_URL: 'postgres://db', TRUSTED_PROXIES: '10.0.0.1,proxy', OIDC_ISSUER: 'https://login.example.nl', OIDC_ROLES: '[{"group":"g","role":"boss"}]' };
  const problems = (env: NodeJS.ProcessEnv, language?: 'nl' | 'en') => {
    try {
      parseEnv(env, language);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('names every variable that is wrong, in Dutch by default', () => {
    expect(problems(wrong)).toBe(
      [
        'De configuratie klopt niet:',
        '  PORT: moet een poortnummer zijn: een heel getal van 0 tot en met 65535',
        '  DATABASE_URL: moet beginnen met file:, libsql:, http(s): of ws(s):',
        '  TRUSTED_PROXIES: moet een lijst van IP-adressen zijn, gescheiden door komma’s',
        '  OIDC_ROLES.0.role: moet een van deze zijn: admin, researcher, manager, po, reader',
      ].join('\n'),
    );
    expect(problems({ OIDC_ISSUER: 'https://login.example.nl', OIDC_CLIENT_ID: 'peil' })).toBe(
      'De configuratie klopt niet:\n  OIDC_CLIENT_SECRET: is nodig samen met OIDC_ISSUER\n  OIDC_REDIRECT_URI: is nodig samen met OIDC_ISSUER\n  OIDC_ROLES: is nodig samen met OIDC_ISSUER',
    );
    expect(problems({ PORT: '70000', OIDC_ROLES: 'groepen' })).toBe('De configuratie klopt niet:\n  PORT: moet een poortnummer zijn: een heel getal van 0 tot en met 65535\n  OIDC_ROLES: moet een JSON-lijst zijn');
  });

  it('speaks English when LANG starts with en, or when asked', () => {
    const english = problems({ ...wrong, LANG: 'en_GB.UTF-8' });
    expect(english).toMatch(/^Invalid environment:\n {2}PORT: must be a port number: a whole number from 0 to 65535\n/);
    expect(english).toMatch(/\n {2}OIDC_ROLES\.0\.role: must be one of: admin, researcher, manager, po, reader$/);
    expect(problems({ OIDC_ROLES: '[]' }, 'en')).toBe('Invalid environment:\n  OIDC_ROLES: must map at least one group');
    const marketing = { OIDC_ROLES: '[{"group":"g","role":"manager","directorate":"Marketing"}]' };
    expect(problems(marketing)).toBe('De configuratie klopt niet:\n  OIDC_ROLES.0.directorate: moet een directie of stadsdeel uit de organisatielijst zijn, met code (zoals sociaal of noord) of naam; "Marketing" is geen van beide');
    expect(problems(marketing, 'en')).toBe('Invalid environment:\n  OIDC_ROLES.0.directorate: must be a directorate or district of the organisation list, by code (such as sociaal or noord) or name; "Marketing" is neither');
  });
});
