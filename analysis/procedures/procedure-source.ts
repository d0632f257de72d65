import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import type { RooneyVerdict } from './rooney-verdict.ts';

/** One register record as analysis reads it: its period, directorate and answers. */
export interface ProcedureRecord {
  period: string;
  /** The procedure reference: only to match applicants' registrations to their procedure (rooney-verdict.ts). */
  reference?: string;
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
  /** The Rooney verdict per procedure reference from the applicants' registrations of `period`; none when there are none. */
  rooneyVerdicts?(period: string): Promise<ReadonlyMap<string, RooneyVerdict>>;
}
