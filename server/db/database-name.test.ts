import { describe, expect, it } from 'vitest';
import { databaseName } from './database-name.ts';

describe('databaseName', () => {
  it('names an embedded file by its path', () => {
    expect(databaseName('file:data/peil.db')).toBe('embedded database file:data/peil.db');
  });

  it('names a libSQL server by scheme, host and port, never its token, user or password', () => {
    expect(databaseName('libsql://db.example.org:8080/?authToken=s3cret')).toBe('libSQL server libsql://db.example.org:8080');
    const named = databaseName('ws://peil:pa55word@127.0.0.1:8081?authToken=s3cret');
    expect(named).toBe('libSQL server ws://127.0.0.1:8081');
    expect(named).not.toMatch(/s3cret|pa55word|peil@/);
    expect(databaseName('not a url?authToken=s3cret')).toBe('libSQL server (address not shown)');
  });
});
