import type { Client } from '@libsql/client';

export interface InvitationLookup {
  waveId: string;
  batchId: string;
  used: boolean;
  attributes: Record<string, string>;
}

/** The wave and batch of a token (by its hash), and whether it was used. */
export async function findInvitation(client: Client, tokenHash: string): Promise<InvitationLookup | undefined> {
  const rs = await client.execute({
    sql: `SELECT b.wave_id, b.id AS batch_id, i.used, b.attributes
          FROM invitations i JOIN invitation_batches b ON b.id = i.batch_id WHERE i.token_hash = ?`,
    args: [tokenHash],
  });
  const r = rs.rows[0];
  if (!r) return undefined;
  return {
    waveId: String(r.wave_id),
    batchId: String(r.batch_id),
    used: Number(r.used) === 1,
    attributes: JSON.parse(String(r.attributes)) as Record<string, string>,
  };
}

/** Stores a batch and the hashes of its tokens in one transaction. */
export async function insertBatch(
  client: Client,
  batch: { id: string; waveId: string; attributes: Record<string, string> },
  tokenHashes: string[],
): Promise<void> {
  await client.batch(
    [
      {
        sql: 'INSERT INTO invitation_batches (id, wave_id, size, attributes) VALUES (?, ?, ?, ?)',
        args: [batch.id, batch.waveId, tokenHashes.length, JSON.stringify(batch.attributes)],
      },
      ...tokenHashes.map((h) => ({ sql: 'INSERT INTO invitations (token_hash, batch_id) VALUES (?, ?)', args: [h, batch.id] })),
    ],
    'write',
  );
}

/** Invitees and used links per batch of a wave, with the batch's attributes. */
export async function batchTotals(
  client: Client,
  waveId: string,
): Promise<{ batchId: string; attributes: Record<string, string>; invited: number; used: number }[]> {
  const rs = await client.execute({
    sql: `SELECT b.id, b.attributes, b.size, (SELECT count(*) FROM invitations i WHERE i.batch_id = b.id AND i.used = 1) AS used
          FROM invitation_batches b WHERE b.wave_id = ? ORDER BY b.id`,
    args: [waveId],
  });
  return rs.rows.map((r) => ({
    batchId: String(r.id),
    attributes: JSON.parse(String(r.attributes)) as Record<string, string>,
    invited: Number(r.size),
    used: Number(r.used),
  }));
}
