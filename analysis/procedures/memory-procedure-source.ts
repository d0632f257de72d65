import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import type { ProcedureRecord, ProcedureSource } from './procedure-source.ts';
import type { RooneyVerdict } from './rooney-verdict.ts';

/** A {@link ProcedureSource} over registers, records and (optionally) applicants' verdicts per period held in memory, for tests. */
export function memoryProcedureSource(
  registers: readonly TSurveyDefinition[],
  records: Readonly<Record<string, readonly ProcedureRecord[]>>,
  verdicts?: Readonly<Record<string, ReadonlyMap<string, RooneyVerdict>>>,
): ProcedureSource {
  return {
    ...(verdicts === undefined ? {} : { rooneyVerdicts: async (period: string) => verdicts[period] ?? new Map() }),
    registers: async () => [...registers],
    async *recordPages(registerId, period, pageSize = 10_000) {
      const all = (records[registerId] ?? []).filter((r) => r.period === period);
      for (let i = 0; i < all.length; i += pageSize) yield all.slice(i, i + pageSize);
    },
  };
}
