import { randomUUID } from 'node:crypto';
import type { Client, InStatement } from '@libsql/client';
import type { RegisterRecord } from '../procedures/register-form.ts';

/** A stored register record with its id and the register version it was last checked against. */
export interface StoredRecord extends RegisterRecord {
  id: string;
  registerVersion: string;
}

/** What storing a set of records did: new ones, corrected ones, and ones that were already so. */
export interface StoreCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const COLUMNS = 'id, register_version, period, record_key, reference, directorate, answers';
const CHUNK = 500;
const ROWS_PER_INSERT = 400;
const INSERT_COLUMNS = 'id, register_id, register_version, period, record_key, reference, directorate, answers';

/**
 * Stores records of a register in one write transaction: a record whose period and key are new is
 * inserted with a random id; one that exists with other answers replaces them (a correction); one
 * that exists with the same answers is left alone, so an import of the same file again changes
 * nothing. The existing keys are read inside the same transaction.
 */
export async function storeRecords(client: Client, registerId: string, version: string, records: readonly RegisterRecord[]): Promise<StoreCounts> {
  const tx = await client.transaction('write');
  try {
    const existing = new Map<string, { id: string; answers: string; version: string }>();
    const rs = await tx.execute({ sql: 'SELECT id, period, record_key, answers, register_version FROM procedure_records WHERE register_id = ?', args: [registerId] });
    for (const r of rs.rows) existing.set(`${r.period}\u0000${r.record_key}`, { id: String(r.id), answers: String(r.answers), version: String(r.register_version) });
    const counts: StoreCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const statements: InStatement[] = [];
    const inserts: (string | null)[][] = [];
    for (const rec of records) {
      const answers = JSON.stringify(rec.answers);
      const old = existing.get(`${rec.period}\u0000${rec.key}`);
      if (old === undefined) {
        counts.inserted++;
        inserts.push([randomUUID(), registerId, version, rec.period, rec.key, rec.reference, rec.directorate, answers]);
      } else if (old.answers === answers && old.version === version) {
        counts.unchanged++;
      } else {
        counts.updated++;
        statements.push({ sql: 'UPDATE procedure_records SET register_version = ?, reference = ?, directorate = ?, answers = ? WHERE id = ?', args: [version, rec.reference, rec.directorate, answers, old.id] });
      }
    }
    // Many rows per INSERT: one statement costs about as much as one row through the client.
    for (let i = 0; i < inserts.length; i += ROWS_PER_INSERT) {
      const rows = inserts.slice(i, i + ROWS_PER_INSERT);
      statements.push({ sql: `INSERT INTO procedure_records (${INSERT_COLUMNS}) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, args: rows.flat() });
    }
    for (let i = 0; i < statements.length; i += CHUNK) await tx.batch(statements.slice(i, i + CHUNK));
    await tx.commit();
    return counts;
  } finally {
    tx.close();
  }
}

/** One record by id, in its register; undefined when there is none. */
export async function getRecord(client: Client, registerId: string, id: string): Promise<StoredRecord | undefined> {
  const rs = await client.execute({ sql: `SELECT ${COLUMNS} FROM procedure_records WHERE register_id = ? AND id = ?`, args: [registerId, id] });
  return rs.rows.map(toRecord)[0];
}

/** Replaces one record's contents (a correction); its key may change, but not onto another record's. */
export async function replaceRecord(client: Client, id: string, version: string, rec: RegisterRecord): Promise<void> {
  await client.execute({
    sql: 'UPDATE procedure_records SET register_version = ?, period = ?, record_key = ?, reference = ?, directorate = ?, answers = ? WHERE id = ?',
    args: [version, rec.period, rec.key, rec.reference, rec.directorate, JSON.stringify(rec.answers), id],
  });
}

/** A register's records, of one period or all, by period and key. */
export async function listRecords(client: Client, registerId: string, period?: string): Promise<StoredRecord[]> {
  const rs = await client.execute({
    sql: `SELECT ${COLUMNS} FROM procedure_records WHERE register_id = ? ${period === undefined ? '' : 'AND period = ?'} ORDER BY period, record_key`,
    args: period === undefined ? [registerId] : [registerId, period],
  });
  return rs.rows.map(toRecord);
}

/** The record keyed `key` in a register's period, if any. */
export async function recordIdOf(client: Client, registerId: string, period: string, key: string): Promise<string | undefined> {
  const rs = await client.execute({ sql: 'SELECT id FROM procedure_records WHERE register_id = ? AND period = ? AND record_key = ?', args: [registerId, period, key] });
  return rs.rows[0] ? String(rs.rows[0].id) : undefined;
}

function toRecord(r: Record<string, unknown>): StoredRecord {
  return {
    id: String(r.id),
    registerVersion: String(r.register_version),
    period: String(r.period),
    key: String(r.record_key),
    reference: String(r.reference),
    directorate: String(r.directorate),
    answers: JSON.parse(String(r.answers)) as Record<string, unknown>,
  };
}
