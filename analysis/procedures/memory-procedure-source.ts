import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import type { ProcedureRecord, ProcedureSource } from './procedure-source.ts';

/** A {@link ProcedureSource} over registers and records held in memory, for tests and the bench. */
export function memoryProcedureSource(registers: readonly TSurveyDefinition[], records: Readonly<Record<string, readonly ProcedureRecord[]>>): ProcedureSource {
  return {
    registers: async () => [...registers],
    async *recordPages(registerId, period, pageSize = 10_000) {
      const all = (records[registerId] ?? []).filter((r) => r.period === period);
      for (let i = 0; i < all.length; i += pageSize) yield all.slice(i, i + pageSize);
    },
  };
}
