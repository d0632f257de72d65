import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('the staff database setting', () => {
  it('lies beside an embedded answers file unless set', () => {
    expect(parseEnv({}).STAFF_DATABASE_URL).toBe('file:data/peil-staff.db');
    expect(parseEnv({ DATABASE_URL: 'file:/var/lib/peil/answers' }).STAFF_DATABASE_URL).toBe('file:/var/lib/peil/answers-staff.db');
    expect(parseEnv({ DATABASE_URL: 'file:a.db', STAFF_DATABASE_URL: 'http://127.0.0.1:8082' }).STAFF_DATABASE_URL).toBe('http://127.0.0.1:8082');
  });

  it('must be given for a libSQL server, and must not be the answers database', () => {
    expect(() => parseEnv({ DATABASE_URL: 'http://127.0.0.1:8081' })).toThrow(/STAFF_DATABASE_URL: is required/);
    expect(() => parseEnv({ DATABASE_URL: 'file:a.db', STAFF_DATABASE_URL: 'file:a.db' })).toThrow(/STAFF_DATABASE_URL: must not be DATABASE_URL/);
  });
});
