import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { readIndexPage } from './btree-page.ts';
import { compareKey, encodeKey, type KeyValue } from './index-key.ts';

/**
 * compareKey against SQLite itself: SQLite sorts keys of every storage class (NULL, integers,
 * reals, text with multi-byte UTF-8 and common prefixes, blobs) into one index b-tree page; each
 * key must compare below the cells after it, equal to its own and above the ones before.
 */
const values: KeyValue[] = [null, -5, 0, 1, 2.5, 3, 2 ** 40, -(2 ** 50), 1e300, 'a', 'ab', 'b', '', 'é', 'zz', 'Z', '😀', Buffer.from([0]), Buffer.from([0, 1]), Buffer.from([])];

describe('compareKey', () => {
  it('orders keys of two columns as SQLite orders them in an index (BINARY collation)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peil-key-'));
    try {
      const db = new Database(join(dir, 'k.db'));
      db.exec('CREATE TABLE k (id INTEGER PRIMARY KEY, a, b); CREATE INDEX k_ab ON k (a, b)');
      const keys: KeyValue[][] = [];
      for (const a of values) for (const b of ['x', 1, null] as KeyValue[]) keys.push([a, b]);
      const insert = db.prepare('INSERT INTO k (a, b) VALUES (?, ?)');
      for (const k of [...keys].sort(() => Math.random() - 0.5)) insert.run(k);
      const root = Number((db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'k_ab'").get() as { rootpage: number }).rootpage);
      const data = (db.prepare('SELECT data FROM sqlite_dbpage WHERE pgno = ?').get([root]) as { data: Buffer }).data;
      const page = readIndexPage(data, data.length);
      expect(page.leaf).toBe(true);
      expect(page.cells).toHaveLength(keys.length);
      // Where each key sits on the page, by SQLite's order, found by compareKey alone.
      for (const key of keys) {
        const encoded = encodeKey(key);
        const signs = page.cells.map((cell) => compareKey(encoded, data, cell));
        const at = signs.indexOf(0);
        expect(at, JSON.stringify(key)).toBeGreaterThanOrEqual(0);
        expect(signs).toEqual(signs.map((_, i) => Math.sign(at - i)));
      }
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
