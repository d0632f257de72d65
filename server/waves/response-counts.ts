import type { Client } from '@libsql/client';
import canonicalize from 'canonicalize';
import { suppressCounts, type PublishedCount } from '../../analysis/disclosure/suppress-counts.ts';
import { batchTotals } from '../db/invitations.ts';
import { countAnswers } from '../db/waves.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';

/** Smallest number of invitees for which a response rate is shown. */
const MIN_INVITEES_FOR_RATE = 5;

export interface ResponseCounts {
  wave: string;
  status: ReturnType<typeof waveStatus>;
  invited: number;
  answers: PublishedCount;
  /** answers / invited, when both are large enough. */
  rate: number | null;
  /** Per group of batch attributes; null while the wave is open (no live group counts). */
  groups: { attributes: Record<string, string>; invited: number; answers: PublishedCount; rate: number | null }[] | null;
}

/**
 * Response counts of a wave as they may be published: the total only from k answers, group counts
 * only once the wave is closed, with primary and secondary suppression, and rates only from 5 invitees.
 */
export async function responseCounts(client: Client, wave: Wave, now: Date): Promise<ResponseCounts> {
  const status = waveStatus(wave, now);
  const total = await countAnswers(client, wave);
  const batches = await batchTotals(client, wave.id);
  const invited = batches.reduce((s, b) => s + b.invited, 0);
  const answers = suppressCounts({ total }, wave.kMin).total!;
  const rate = (n: PublishedCount, inv: number) => (n.shown && inv >= MIN_INVITEES_FOR_RATE ? n.n / inv : null);

  let groups: ResponseCounts['groups'] = null;
  if (status === 'closed' && answers.shown) {
    const rs = await client.execute({
      sql: 'SELECT attributes, count(*) AS n FROM responses WHERE survey_id = ? AND wave = ? GROUP BY attributes',
      args: [wave.surveyId, wave.period],
    });
    const byGroup = new Map<string, { attributes: Record<string, string>; invited: number; n: number }>();
    const group = (attributes: Record<string, string>) => {
      const key = canonicalize(attributes)!;
      if (!byGroup.has(key)) byGroup.set(key, { attributes, invited: 0, n: 0 });
      return byGroup.get(key)!;
    };
    for (const b of batches) group(b.attributes).invited += b.invited;
    for (const r of rs.rows) group(JSON.parse(String(r.attributes))).n += Number(r.n);
    const published = suppressCounts(Object.fromEntries([...byGroup].map(([k, g]) => [k, g.n])), wave.kMin);
    groups = [...byGroup].map(([k, g]) => ({ attributes: g.attributes, invited: g.invited, answers: published[k]!, rate: rate(published[k]!, g.invited) }));
  }
  return { wave: wave.id, status, invited, answers, rate: rate(answers, invited), groups };
}
