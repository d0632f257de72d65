import { localPayload, PageError, readVarint, type Cell } from './btree-page.ts';

/** One value of a key as stored: NULL, a number (INTEGER or REAL), TEXT, or a BLOB. */
export type KeyValue = null | number | bigint | string | Uint8Array;

/** A key ready for comparing: text already encoded as UTF-8. */
export type EncodedKey = (null | number | bigint | Buffer | { blob: Uint8Array })[];

export function encodeKey(values: KeyValue[]): EncodedKey {
  return values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v instanceof Uint8Array ? { blob: v } : v));
}

/** SQLite's order of storage classes: NULL, then numbers, then text, then blobs. */
const rank = (v: EncodedKey[number]) => (v === null ? 0 : typeof v === 'number' || typeof v === 'bigint' ? 1 : Buffer.isBuffer(v) ? 2 : 3);

/**
 * Compares `key` with the first `key.length` fields of the record of a cell of `page`, as SQLite orders an index
 * b-tree with BINARY collation and ascending columns (vdbeaux.c, sqlite3VdbeRecordCompare): by
 * storage class (NULL < numbers < text < blob), numbers by value, text and blobs by memcmp and then
 * length. Negative when the key sorts before the cell, 0 when equal, positive after. Throws
 * PageError when the fields needed lie in an overflow page (not on this page).
 */
export function compareKey(key: EncodedKey, page: Buffer, cell: Cell): number {
  const record = localPayload(page, cell);
  const [headerSize, n] = readVarint(record, 0);
  if (headerSize > record.length) throw new PageError('a record header runs into an overflow page');
  let at = n;
  let body = headerSize;
  for (const value of key) {
    if (at >= headerSize) throw new PageError('a record has fewer fields than its key');
    const [type, m] = readVarint(record, at);
    at += m;
    const size = fieldSize(type);
    if (body + size > record.length) throw new PageError('a key field lies in an overflow page');
    const c = compareValue(value, type, record.subarray(body, body + size));
    if (c !== 0) return c;
    body += size;
  }
  return 0;
}

function fieldSize(type: number): number {
  if (type >= 12) return Math.floor((type - 12) / 2);
  return [0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0][type]!;
}

function compareValue(value: EncodedKey[number], type: number, bytes: Buffer): number {
  const stored = type === 0 ? 0 : type <= 9 ? 1 : type >= 12 && type % 2 === 1 ? 2 : type >= 12 ? 3 : -1;
  if (stored < 0) throw new PageError('a record field has a reserved type');
  const r = rank(value) - stored;
  if (r !== 0 || stored === 0) return Math.sign(r);
  if (stored === 1) return compareNumbers(value as number | bigint, storedNumber(type, bytes));
  const mine = Buffer.isBuffer(value) ? value : Buffer.from((value as { blob: Uint8Array }).blob);
  return Math.sign(Buffer.compare(mine, bytes));
}

function storedNumber(type: number, bytes: Buffer): number | bigint {
  if (type === 7) return bytes.readDoubleBE(0);
  if (type === 8 || type === 9) return type - 8;
  return bytes.length === 8 ? bytes.readBigInt64BE(0) : bytes.readIntBE(0, bytes.length);
}

function compareNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  // Mixed integer and real: compared as doubles (exact for integers up to 2^53).
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
