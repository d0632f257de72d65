import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';

/** One register record as analysis reads it: its period, directorate and answers (never a reference). */
export interface ProcedureRecord {
  period: string;
  directorate: string;
  answers: Record<string, unknown>;
}

/**
 * Everything the procedure indicators read: the registers (survey definitions of kind `register`)
 * and a register's records of one period, page by page. The server hands analysis the libSQL one
 * (server/db/procedure-source.ts); tests one in memory (memory-procedure-source.ts). Kept apart from
 * AnswerSource because records are not answers: they have no wave and are about procedures.
 */
export interface ProcedureSource {
  /** The registers, by id. */
  registers(): Promise<TSurveyDefinition[]>;
  /** A register's records of `period` (a half-year, 2026-H2), in pages of at most `pageSize`. */
  recordPages(registerId: string, period: string, pageSize?: number): AsyncIterable<ProcedureRecord[]>;
}
