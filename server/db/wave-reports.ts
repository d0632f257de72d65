import type { Client } from '@libsql/client';
import type { PublishedReport } from '../../analysis/answer-source.ts';

/** The stored report of a purged wave; undefined while the wave still has its raw answers. */
export async function getWaveReport(client: Client, waveId: string): Promise<PublishedReport | undefined> {
  const rs = await client.execute({ sql: 'SELECT confidence, report FROM wave_reports WHERE wave_id = ?', args: [waveId] });
  const row = rs.rows[0];
  return row ? { confidence: Number(row.confidence), report: JSON.parse(String(row.report)) } : undefined;
}

/** Thrown when a wave's answers are not the ones its report was made from; nothing is deleted then. */
export class AnswersChangedError extends Error {
  override name = 'AnswersChangedError';
}

/** What {@link purgeWaveAnswers} needs: the wave, its report as JSON, and how many answers the report was made from. */
export interface Purge {
  waveId: string;
  surveyId: string;
  period: string;
  /** The Amsterdam date of the purge, kept in waves.purged_on. */
  today: string;
  confidence: number;
  reportJson: string;
  answers: number;
}

/**
 * Marks the wave purged, stores its report and deletes its raw answers, in one write transaction:
 * a crash or error at any point leaves the answers and no report, never the reverse. Returns false,
 * changing nothing, when the wave was already purged (by another process that got there first).
 * Throws AnswersChangedError, changing nothing, when the number of answers deleted is not the number
 * the report was made from; any other error also rolls everything back and is thrown.
 */
export async function purgeWaveAnswers(client: Client, p: Purge): Promise<boolean> {
  const tx = await client.transaction('write');
  try {
    // Marking first takes the write lock and tells a second sweep (another instance) to stand back.
    const marked = await tx.execute({ sql: 'UPDATE waves SET purged_on = ? WHERE id = ? AND purged_on IS NULL', args: [p.today, p.waveId] });
    if (marked.rowsAffected === 0) return false;
    await tx.execute({ sql: 'INSERT INTO wave_reports (wave_id, confidence, report) VALUES (?, ?, ?)', args: [p.waveId, p.confidence, p.reportJson] });
    const deleted = await tx.execute({ sql: 'DELETE FROM responses WHERE survey_id = ? AND wave = ?', args: [p.surveyId, p.period] });
    if (deleted.rowsAffected !== p.answers) {
      throw new AnswersChangedError(`wave ${p.waveId} has ${deleted.rowsAffected} answers, its report was made from ${p.answers}`);
    }
    await tx.commit();
    return true;
  } finally {
    // Without a commit, closing rolls the transaction back.
    tx.close();
  }
}
