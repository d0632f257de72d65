import type { Client } from '@libsql/client';
import { suppressCounts, type PublishedCount } from '../../analysis/disclosure/suppress-counts.ts';
import { releasePlan } from '../../analysis/indicators/release-plan.ts';
import { databaseAnswerSource } from '../db/answer-source.ts';
import { UNKNOWN } from '../../analysis/indicators/tally.ts';
import { batchTotals } from '../db/invitations.ts';
import { countAnswers } from '../db/waves.ts';
import { waveStatus, type Wave } from '../../survey-format/wave.ts';

/** Smallest number of invitees for which a response rate is shown. */
const MIN_INVITEES_FOR_RATE = 5;

const HIDDEN: PublishedCount = { shown: false, reason: 'te weinig antwoorden' };

export interface ResponseCounts {
  wave: string;
  status: ReturnType<typeof waveStatus>;
  invited: number;
  answers: PublishedCount;
  /** answers / invited, when both are large enough. */
  rate: number | null;
  /**
   * Per batch attribute and value (one attribute at a time, never crossed), exactly the groups the
   * report's response rates show; `value` null and `attributes` empty for batches without the
   * attribute. Null while the wave is open (no live group counts).
   */
  groups: { attribute: string; value: string | null; attributes: Record<string, string>; invited: number; answers: PublishedCount; rate: number | null }[] | null;
}

/**
 * Response counts of a wave as they may be published: the total only from k answers; group counts
 * only once the wave is closed, per batch attribute, with the groups the wave's release plan
 * releases (analysis/indicators/release-plan.ts), so that the report, the indicators API and these
 * counts hide the same groups; rates only from 5 invitees. Cost: while open one count; once closed
 * one pass over the wave's answers.
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
    const plan = await releasePlan(databaseAnswerSource(client), wave, { now });
    groups = [];
    plan.tally.breakdowns.forEach(({ breakdown, groups: tallied }, b) => {
      if (breakdown.source !== 'invitation') return;
      const { hidden } = plan.suppression.breakdowns[b]!;
      const inviteesOf = plan.invitees.byAttribute.get(breakdown.name)!;
      for (const [g, group] of tallied) {
        const n: PublishedCount = hidden.has(g) ? HIDDEN : { shown: true, n: group.respondents };
        const value = g === UNKNOWN ? null : g;
        const inv = inviteesOf.get(g) ?? 0;
        groups!.push({ attribute: breakdown.name, value, attributes: value === null ? {} : { [breakdown.name]: value }, invited: inv, answers: n, rate: rate(n, inv) });
      }
    });
  }
  return { wave: wave.id, status, invited, answers, rate: rate(answers, invited), groups };
}
