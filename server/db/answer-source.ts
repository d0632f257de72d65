import type { Client } from '@libsql/client';
import type { AnswerSource } from '../../analysis/answer-source.ts';
import { answerColumns, answerPages } from './answer-pages.ts';
import { invitationBatches } from './invitations.ts';
import { targetBaselines } from './target-baselines.ts';
import { getWaveReport } from './wave-reports.ts';
import { getWave, getWaveDefinition, listWaves } from './waves.ts';

/** What analysis reads, from the server's database: the libSQL-backed {@link AnswerSource}. */
export function databaseAnswerSource(client: Client): AnswerSource {
  return {
    waves: (surveyId) => listWaves(client, surveyId),
    wave: (id) => getWave(client, id),
    definition: (waveId) => getWaveDefinition(client, waveId),
    invitationBatches: (waveId) => invitationBatches(client, waveId),
    answerPages: (wave, pageSize) => answerPages(client, wave.surveyId, wave.period, pageSize),
    answerColumns: (wave, fields, pageSize) => answerColumns(client, wave.surveyId, wave.period, fields, pageSize),
    publishedReport: (waveId) => getWaveReport(client, waveId),
    targetBaselines: (surveyId) => targetBaselines(client, surveyId),
  };
}
