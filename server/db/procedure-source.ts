import type { Client } from '@libsql/client';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import type { ProcedureRecord, ProcedureSource } from '../../analysis/procedures/procedure-source.ts';

/**
 * The procedure indicators' view of the database: the catalog's registers and their records of a
 * period from procedure_records, page by page (keyset, so memory stays flat). The reference is
 * not read: analysis counts procedures and never needs to know which.
 */
export function databaseProcedureSource(client: Client, catalog: Catalog): ProcedureSource {
  return {
    registers: async () =>
      catalog
        .list()
        .filter((s) => s.kind === 'register')
        .map((s) => catalog.get(s.id)!.definition),
    async *recordPages(registerId, period, pageSize = 10_000) {
      // Keyset by record_key: the unique index (register_id, period, record_key) serves each page directly.
      let after = '';
      for (;;) {
        const rs = await client.execute({
          sql: 'SELECT record_key, directorate, answers FROM procedure_records WHERE register_id = ? AND period = ? AND record_key > ? ORDER BY record_key LIMIT ?',
          args: [registerId, period, after, pageSize],
        });
        if (rs.rows.length === 0) return;
        yield rs.rows.map((r): ProcedureRecord => ({ period, directorate: String(r.directorate), answers: JSON.parse(String(r.answers)) as Record<string, unknown> }));
        after = String(rs.rows.at(-1)!.record_key);
        if (rs.rows.length < pageSize) return;
      }
    },
  };
}
