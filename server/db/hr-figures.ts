import type { Client, InStatement } from '@libsql/client';
import { HR_MEASURES, type HrFigures, type HrSource } from '../../analysis/monitor/hr-figures.ts';

/** What an import did: rows new, changed, the same as before, and removed (a directorate no longer in its period's file). */
export interface HrStoreCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

const FIELDS = ['headcount', ...HR_MEASURES] as const;
const COLUMNS = `period, directorate, ${FIELDS.join(', ')}`;

/**
 * Stores an import in one write transaction. The file is the whole statement of every period it
 * holds: a row for a directorate and period is inserted, or replaced when it differs (a correction),
 * or left alone when it is the same (so the same file twice changes nothing); a directorate stored
 * for one of the file's periods but absent from the file is removed. Other periods are untouched.
 */
export async function storeHrFigures(client: Client, figures: readonly HrFigures[]): Promise<HrStoreCounts> {
  const periods = [...new Set(figures.map((f) => f.period))];
  const tx = await client.transaction('write');
  try {
    const existing = new Map<string, HrFigures>();
    for (const period of periods) {
      for (const f of await readPeriod(tx, period)) existing.set(`${f.period} ${f.directorate}`, f);
    }
    const counts: HrStoreCounts = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
    const statements: InStatement[] = [];
    const kept = new Set<string>();
    for (const f of figures) {
      const key = `${f.period} ${f.directorate}`;
      kept.add(key);
      const old = existing.get(key);
      if (old !== undefined && FIELDS.every((field) => old[field] === f[field])) {
        counts.unchanged++;
        continue;
      }
      if (old === undefined) counts.inserted++;
      else counts.updated++;
      statements.push({ sql: `INSERT OR REPLACE INTO hr_figures (${COLUMNS}) VALUES (?, ?, ${FIELDS.map(() => '?').join(', ')})`, args: [f.period, f.directorate, ...FIELDS.map((field) => f[field])] });
    }
    for (const [key, old] of existing) {
      if (kept.has(key)) continue;
      counts.removed++;
      statements.push({ sql: 'DELETE FROM hr_figures WHERE period = ? AND directorate = ?', args: [old.period, old.directorate] });
    }
    if (statements.length > 0) await tx.batch(statements);
    await tx.commit();
    return counts;
  } finally {
    tx.close();
  }
}

async function readPeriod(client: Pick<Client, 'execute'>, period: string): Promise<HrFigures[]> {
  const rs = await client.execute({ sql: `SELECT ${COLUMNS} FROM hr_figures WHERE period = ? ORDER BY directorate`, args: [period] });
  return rs.rows.map((r) => ({
    period: String(r.period),
    directorate: String(r.directorate),
    headcount: Number(r.headcount),
    absence: Number(r.absence),
    inflow: Number(r.inflow),
    throughflow: Number(r.throughflow),
    outflow: Number(r.outflow),
    reports: Number(r.reports),
    sanctions: Number(r.sanctions),
  }));
}

/** The HR figures as analysis reads them (analysis/monitor/hr-figures.ts). */
export const databaseHrSource = (client: Client): HrSource => ({ hrFigures: (period) => readPeriod(client, period) });
