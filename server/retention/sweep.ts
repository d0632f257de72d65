import type { Client } from '@libsql/client';
import { DEFAULT_CONFIDENCE, analyseWave } from '../../analysis/indicators/analyse.ts';
import { amsterdamDate } from '../../survey-format/calendar.ts';
import { bilingual } from '../../survey-format/command-line/bilingual.ts';
import type { Language } from '../../survey-format/command-line/language.ts';
import { databaseAnswerSource } from '../db/answer-source.ts';
import { rewriteAfterDeleting } from '../db/rewrite.ts';
import { purgeWaveAnswers } from '../db/wave-reports.ts';
import { wavesPastRetention, type DueWave } from './due.ts';

/** What one sweep did: waves purged with the number of answers deleted, and waves it could not purge. */
export interface SweepResult {
  purged: { waveId: string; answers: number }[];
  /** `reason` is an error name or database code only: an error message can quote stored data. */
  failed: { waveId: string; reason: string }[];
}

/**
 * The retention sweep (privacy guide, "Retention"): for every closed wave whose retention period
 * has passed on `now`, stores the report analysis publishes for it and deletes its raw answers, in
 * one transaction ({@link purgeWaveAnswers}), so figures are never lost with the answers. A wave
 * that fails is left as it was and the sweep goes on with the next one. Idempotent: a purged wave
 * is never looked at again, so a second run changes nothing.
 *
 * Cost: one full analysis of every wave due (reading its answers once) plus one write transaction
 * each, and one rewrite of the file when anything was purged.
 */
export async function sweepRetention(client: Client, now: Date): Promise<SweepResult> {
  const result: SweepResult = { purged: [], failed: [] };
  for (const due of await wavesPastRetention(client, now)) {
    try {
      if (await purgeWave(client, due, now)) result.purged.push({ waveId: due.wave.id, answers: due.answers });
    } catch (e) {
      result.failed.push({ waveId: due.wave.id, reason: errorReason(e) });
    }
  }
  // Deleted rows are zeroed (secure_delete); the rewrite also clears copies that page splits left behind.
  if (result.purged.length > 0) await rewriteAfterDeleting(client, 'purging answers');
  return result;
}

/** Purges one wave; false when another process purged it first. */
async function purgeWave(client: Client, { wave, answers }: DueWave, now: Date): Promise<boolean> {
  const report = await analyseWave(databaseAnswerSource(client), wave, { now, confidence: DEFAULT_CONFIDENCE });
  return purgeWaveAnswers(client, {
    waveId: wave.id,
    surveyId: wave.surveyId,
    period: wave.period,
    today: amsterdamDate(now),
    confidence: DEFAULT_CONFIDENCE,
    reportJson: JSON.stringify(report),
    answers,
  });
}

function errorReason(e: unknown): string {
  if (!(e instanceof Error)) return 'unknown error';
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? `${e.name} ${code}` : e.name;
}

/** What the sweep prints, in both languages (checked with the command lines' tables: server/cli/messages.test.ts). */
export const SWEEP_MESSAGES = bilingual({
  purged: {
    nl: (wave: string, answers: number) => `Bewaartermijn: golf ${wave} opgeruimd, ${answers} antwoorden verwijderd; de gepubliceerde cijfers blijven bewaard.`,
    en: (wave: string, answers: number) => `Retention: purged wave ${wave}, ${answers} answers deleted; its published figures are kept.`,
  },
  failed: {
    nl: (wave: string, reason: string) => `Bewaartermijn: golf ${wave} niet opgeruimd (${reason}); er is niets veranderd.`,
    en: (wave: string, reason: string) => `Retention: wave ${wave} not purged (${reason}); nothing was changed.`,
  },
});

/** One line per wave, in `language`, for the console and the server log: wave ids and counts only, never answers. */
export function sweepLines(result: SweepResult, language: Language): string[] {
  return [
    ...result.purged.map((p) => SWEEP_MESSAGES.purged[language](p.waveId, p.answers)),
    ...result.failed.map((f) => SWEEP_MESSAGES.failed[language](f.waveId, f.reason)),
  ];
}
