import type { Client } from '@libsql/client';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import type { ProcedureRecord, ProcedureSource } from '../../analysis/procedures/procedure-source.ts';
import { registrationVerdicts } from '../procedures/rooney.ts';

/**
 * The procedure indicators' view of the database: the catalog's registers and their records of a
 * period from procedure_records, page by page (keyset, so memory stays flat), with the references
 * only to match the applicants' registrations of the period (server/procedures/rooney.ts).
 */
export function databaseProcedureSource(client: Client, catalog: Catalog): ProcedureSource {
  return {
    registers: async () =>
      catalog
        .list()
        .filter((s) => s.kind === 'register')
        .map((s) => catalog.get(s.id)!.definition),
    rooneyVerdicts: (period) => registrationVerdicts(client, period),
    async *recordPages(registerId, period, pageSize = 10_000) {
      // Keyset by record_key: the unique index (register_id, period, record_key) serves each page directly.
      let after = '';
      for (;;) {
        const rs = await client.execute({
          sql: 'SELECT record_key, reference, directorate, answers FROM procedure_records WHERE register_id = ? AND period = ? AND record_key > ? ORDER BY record_key LIMIT ?',
          args: [registerId, period, after, pageSize],
        });
        if (rs.rows.length === 0) return;
        yield rs.rows.map((r): ProcedureRecord => ({ period, reference: String(r.reference), directorate: String(r.directorate), answers: JSON.parse(String(r.answers)) as Record<string, unknown> }));
        after = String(rs.rows.at(-1)!.record_key);
        if (rs.rows.length < pageSize) return;
      }
    },
  };
}
