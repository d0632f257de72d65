import type { Client } from '@libsql/client';
import type { Statement } from './writer.ts';

/** A credential key as stored: DER bytes in base64url (SPKI public, PKCS#8 private). */
export interface StoredCredentialKey {
  id: string;
  waveId: string;
  /** Canonical JSON of the batch attributes this key stands for. */
  attributes: string;
  publicKey: string;
  privateKey: string;
}

/** The key of a wave's attribute group, if one was made. */
export async function findGroupKey(client: Client, waveId: string, attributes: string): Promise<StoredCredentialKey | undefined> {
  const rs = await client.execute({
    sql: 'SELECT id, public_key, private_key FROM credential_keys WHERE wave_id = ? AND attributes = ?',
    args: [waveId, attributes],
  });
  const r = rs.rows[0];
  return r ? { id: String(r.id), waveId, attributes, publicKey: String(r.public_key), privateKey: String(r.private_key) } : undefined;
}

/** Stores a key unless its group has one already (two first exchanges at once): the caller reads back the winner. */
export function insertGroupKey(key: StoredCredentialKey): Statement {
  return {
    sql: `INSERT INTO credential_keys (id, wave_id, attributes, public_key, private_key) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (wave_id, attributes) DO NOTHING`,
    args: [key.id, key.waveId, key.attributes, key.publicKey, key.privateKey],
  };
}

/** A key's public half, its attributes and its wave's id, by key id. Keys never change, so callers may keep what they read. */
export async function findVerifyingKey(client: Client, id: string): Promise<{ publicKey: string; attributes: Record<string, string>; waveId: string } | undefined> {
  const rs = await client.execute({ sql: 'SELECT public_key, attributes, wave_id FROM credential_keys WHERE id = ?', args: [id] });
  const r = rs.rows[0];
  if (!r) return undefined;
  return { publicKey: String(r.public_key), attributes: JSON.parse(String(r.attributes)) as Record<string, string>, waveId: String(r.wave_id) };
}
