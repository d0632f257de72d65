import type { Client } from '@libsql/client';
import type { InvitationBatch } from '../../analysis/answer-source.ts';
import type { Wave } from '../../survey-format/wave.ts';
import { toWave, WAVE_COLUMNS } from './waves.ts';
import type { Statement } from './writer.ts';

export interface InvitationLookup {
  wave: Wave;
  used: boolean;
  attributes: Record<string, string>;
}

const waveColumns = WAVE_COLUMNS.split(', ').map((c) => `w.${c}`).join(', ');

/** The wave and batch attributes of a token (by its hash), and whether it was used: one query. */
export async function findInvitation(client: Client, tokenHash: string): Promise<InvitationLookup | undefined> {
  const rs = await client.execute({
    sql: `SELECT i.used AS token_used, b.attributes AS batch_attributes, ${waveColumns}
          FROM invitations i JOIN invitation_batches b ON b.id = i.batch_id JOIN waves w ON w.id = b.wave_id
          WHERE i.token_hash = ?`,
    args: [tokenHash],
  });
  const r = rs.rows[0];
  if (!r) return undefined;
  return {
    wave: toWave(r),
    used: Number(r.token_used) === 1,
    attributes: JSON.parse(String(r.batch_attributes)) as Record<string, string>,
  };
}

/**
 * Uses a token up for the blinded message it is exchanged for, unless it was used for another one:
 * returns a row when the token was free, or when this is a retry with the same blinded message.
 * Runs in the group committer's claim transactions (submissions/group-commit.ts), which never hold an answer.
 */
export function claimStatement(tokenHash: string, blindedHash: string): Statement {
  return {
    sql: 'UPDATE invitations SET used = 1, blinded_hash = ? WHERE token_hash = ? AND (used = 0 OR blinded_hash = ?) RETURNING token_hash',
    args: [blindedHash, tokenHash, blindedHash],
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

/** The invitation batches of a wave: each one's attributes and size (what analysis counts invitees from). */
export async function invitationBatches(client: Client, waveId: string): Promise<InvitationBatch[]> {
  const rs = await client.execute({ sql: 'SELECT attributes, size FROM invitation_batches WHERE wave_id = ?', args: [waveId] });
  return rs.rows.map((r) => ({ attributes: JSON.parse(String(r.attributes)) as Record<string, unknown>, size: Number(r.size) }));
}
