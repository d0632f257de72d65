import type { Wave, WaveDefinition } from '../survey-format/wave.ts';
import type { EnteredBaseline } from './indicators/target.ts';
import { projectPages } from './answer-columns.ts';
import { DEFAULT_PAGE_SIZE, type AnswerSource, type InvitationBatch, type PublishedReport } from './answer-source.ts';

/** One wave held in memory: the record, its definition, its invitation batches, its answers and, once purged, its report. */
export interface MemoryWave {
  wave: Wave;
  definition: WaveDefinition;
  batches: InvitationBatch[];
  answers: { answers: Record<string, unknown>; attributes: Record<string, string> }[];
  report?: PublishedReport;
}

/**
 * An {@link AnswerSource} over waves held in memory, for tests and small scripts, with the entered
 * target baselines per survey and target id: it reads `waves` on every call, so a caller may add waves, answers or batches, or close a wave, between analyses.
 */
export function memoryAnswerSource(waves: MemoryWave[], baselines: Record<string, Record<string, EnteredBaseline>> = {}): AnswerSource {
  const find = (waveId: string) => waves.find((w) => w.wave.id === waveId);
  const order = (a: Wave, b: Wave) => compare(a.surveyId, b.surveyId) || compare(a.opensOn, b.opensOn) || compare(a.id, b.id);
  return {
    waves: async (surveyId) => waves.map((w) => w.wave).filter((w) => surveyId === undefined || w.surveyId === surveyId).sort(order),
    wave: async (id) => find(id)?.wave,
    async definition(waveId) {
      const found = find(waveId);
      if (found === undefined) throw new Error(`wave ${waveId} does not exist`);
      return found.definition;
    },
    invitationBatches: async (waveId) => find(waveId)?.batches ?? [],
    async *answerPages(wave, pageSize = DEFAULT_PAGE_SIZE) {
      const answers = waves
        .filter((w) => w.wave.surveyId === wave.surveyId && w.wave.period === wave.period)
        .flatMap((w) => w.answers.map((a) => ({ answers: JSON.stringify(a.answers), attributes: JSON.stringify(a.attributes) })));
      for (let i = 0; i < answers.length; i += pageSize) yield answers.slice(i, i + pageSize);
    },
    answerColumns(wave, fields, pageSize) {
      return projectPages(this.answerPages(wave, pageSize), fields);
    },
    publishedReport: async (waveId) => find(waveId)?.report,
    targetBaselines: async (surveyId) => new Map(Object.entries(baselines[surveyId] ?? {})),
  };
}

/** Code-unit order, as SQLite's BINARY collation sorts text. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
