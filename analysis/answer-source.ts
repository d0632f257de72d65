import type { AnswerColumns } from './answer-columns.ts';
import type { EnteredBaseline } from './indicators/target.ts';
import type { Wave, WaveDefinition } from '../survey-format/wave.ts';

/** One stored answer set as analysis reads it: the answers and the batch attributes, both JSON text. */
export interface StoredAnswer {
  answers: string;
  attributes: string;
}

/** One batch of invitation links: the attributes copied onto its answers, and how many links it held. */
export interface InvitationBatch {
  attributes: Record<string, unknown>;
  size: number;
}

/** The report kept for a wave whose raw answers were deleted: what analysis published then, and its confidence level. */
export interface PublishedReport {
  confidence: number;
  /** The SurveyReport as analysis made it, parsed from JSON. */
  report: unknown;
}

/**
 * Answers read per page unless a caller asks otherwise. Measured on the analysis bench's answers
 * (about 540 characters each): read and parsed from the database, 2,500 a page beat 10,000 by
 * some 13% (a page's texts stay in the processor's cache) and hold a quarter of the memory.
 */
export const DEFAULT_PAGE_SIZE = 2_500;

/**
 * Everything analysis reads, and the only way it reads: the waves, each wave's survey definition as
 * fielded, its invitation batches, its answers page by page, and the report kept once its answers
 * were deleted. The server and its command lines hand analysis the libSQL-backed source
 * (server/db/answer-source.ts); tests can hand it one held in memory (memory-source.ts).
 */
export interface AnswerSource {
  /** Every wave, or every wave of one survey, ordered by survey id, then opening date, then wave id. */
  waves(surveyId?: string): Promise<Wave[]>;
  /** The wave with this id; undefined when there is none. */
  wave(id: string): Promise<Wave | undefined>;
  /** The survey definition (the Peil envelope) as the wave fielded it; throws for a wave that does not exist. */
  definition(waveId: string): Promise<WaveDefinition>;
  /** The wave's invitation batches; none for an open or assignment wave. */
  invitationBatches(waveId: string): Promise<InvitationBatch[]>;
  /**
   * The wave's answers in pages of at most `pageSize` (default {@link DEFAULT_PAGE_SIZE}), in no
   * meaningful order, so that memory stays flat however large the wave.
   */
  answerPages(wave: Pick<Wave, 'surveyId' | 'period'>, pageSize?: number): AsyncIterable<StoredAnswer[]>;
  /**
   * The same pages, in the same order, reduced to the answers to `fields` (answer-columns.ts): what
   * the tally reads. A source may project them on another thread while the caller tallies.
   */
  answerColumns(wave: Pick<Wave, 'surveyId' | 'period'>, fields: readonly string[], pageSize?: number): AsyncIterable<AnswerColumns>;
  /** The report kept when the wave's raw answers were deleted (server/retention); undefined while they are kept. */
  publishedReport(waveId: string): Promise<PublishedReport | undefined>;
  /** The baselines researchers entered for the survey's targets, by target id (none when absent). */
  targetBaselines?(surveyId: string): Promise<ReadonlyMap<string, EnteredBaseline>>;
}
