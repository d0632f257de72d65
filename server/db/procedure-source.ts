import type { Client } from '@libsql/client';
import type { Catalog } from '../../survey-format/catalog/catalog.ts';
import type { ProcedureRecord, ProcedureSource } from '../../analysis/procedures/procedure-source.ts';

/**
 * The procedure indicators' view of the database: the catalog's registers and their records of a
 * period from procedure_records, page by page (keyset by id, so memory stays flat). The reference is
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
      let after = '';
      for (;;) {
        const rs = await client.execute({
          sql: 'SELECT id, directorate, answers FROM procedure_records WHERE register_id = ? AND period = ? AND id > ? ORDER BY id LIMIT ?',
          args: [registerId, period, after, pageSize],
        });
        if (rs.rows.length === 0) return;
        yield rs.rows.map((r): ProcedureRecord => ({ period, directorate: String(r.directorate), answers: JSON.parse(String(r.answers)) as Record<string, unknown> }));
        after = String(rs.rows.at(-1)!.id);
        if (rs.rows.length < pageSize) return;
      }
    },
  };
}
