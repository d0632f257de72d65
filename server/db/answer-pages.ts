import type { Client } from '@libsql/client';
import { DEFAULT_PAGE_SIZE, type StoredAnswer } from '../../analysis/answer-source.ts';

/**
 * The answers of one wave of one survey, page by page, so that memory stays flat however large the
 * wave: keyset pagination on the random primary key, which the (survey_id, wave) index carries
 * (a WITHOUT ROWID table's index holds the key), so each page is one index range scan.
 *
 * Cost: one query per `pageSize` answers; memory O(pageSize).
 */
export async function* answerPages(client: Client, surveyId: string, period: string, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<StoredAnswer[]> {
  let after = '';
  for (;;) {
    const rs = await client.execute({
      sql: 'SELECT id, answers, attributes FROM responses WHERE survey_id = ? AND wave = ? AND id > ? ORDER BY id LIMIT ?',
      args: [surveyId, period, after, pageSize],
    });
    const rows = rs.rows;
    if (rows.length === 0) return;
    const page = new Array<StoredAnswer>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      page[i] = { answers: String(r[1]), attributes: String(r[2]) };
    }
    after = String(rows[rows.length - 1]![0]);
    yield page;
    if (rows.length < pageSize) return;
  }
}
