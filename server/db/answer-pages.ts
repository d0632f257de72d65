import type { Client } from '@libsql/client';
import { DEFAULT_PAGE_SIZE, type StoredAnswer } from '../../analysis/answer-source.ts';
import { readRows, type RawRows } from './read-thread.ts';

/** Between two rows' texts in a page: a control character, which JSON text never holds unescaped. */
const ROW = '\u001e';

/**
 * The answers of one wave of one survey, page by page, so that memory stays flat however large the
 * wave: keyset pagination on the random primary key (survey_id, wave, id), so each page is one range
 * scan of the table, in id order.
 *
 * Each page comes back as one row: the page's ids, attributes and answers each joined by `group_concat`
 * into one text. Read as one row per answer, @libsql/client made an object of every row with a
 * property defined per column (about 5 µs an answer, more than tallying it); three strings split in
 * JavaScript cost a fraction of that. The split is exact because stored answers and attributes are
 * JSON text, which holds no raw control character (answers are checked by `json_valid` on insert);
 * a page whose pieces do not add up throws rather than misread. All aggregates of one query see the
 * rows in the same order, the order of the ordered subquery (sqld's parser refuses `group_concat(...
 * ORDER BY ...)`); the ids (UUIDs: ASCII, where JavaScript and SQLite order alike) are checked to be
 * ascending, so answers are tallied in id order, as one row per answer was, or the page throws.
 *
 * Each page after the first is asked for before the one before it is handed out, and for an embedded
 * file read on a thread of its own (read-thread.ts), so that it is read while that page is tallied.
 *
 * Cost: one query per `pageSize` answers; memory O(pageSize): two pages at most.
 */
export async function* answerPages(client: Client, surveyId: string, period: string, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<StoredAnswer[]> {
  const query = (after: string) => ({
    sql: `SELECT count(*), group_concat(id, char(30)), group_concat(attributes, char(30)), group_concat(answers, char(30))
          FROM (SELECT id, answers, attributes FROM responses WHERE survey_id = ? AND wave = ? AND id > ? ORDER BY id LIMIT ?)`,
    args: [surveyId, period, after, pageSize],
  });
  // The first page here: a wave of one page (most outside the bench) never waits for a thread to start.
  let next: Promise<RawRows> = client.execute(query('')).then((rs) => rs.rows.map((r) => Array.from(r)));
  let after = '';
  try {
    for (;;) {
      const page = toPage((await next)[0]!, surveyId, period, after);
      if (page.length === 0) return;
      after = page.lastId;
      if (page.length === pageSize) next = readRows(client, query(after));
      yield page.answers;
      if (page.length < pageSize) return;
    }
  } finally {
    // A page asked for ahead that the reader stopped before: its failure is nobody's.
    next.catch(() => {});
  }
}

/** One page's row split into its answers, checked to add up and to come in id order. */
function toPage(row: unknown[], surveyId: string, period: string, after: string): { length: number; lastId: string; answers: StoredAnswer[] } {
  const count = Number(row[0]);
  if (count === 0) return { length: 0, lastId: after, answers: [] };
  const ids = String(row[1]).split(ROW);
  const attributes = String(row[2]).split(ROW);
  const answers = String(row[3]).split(ROW);
  if (ids.length !== count || attributes.length !== count || answers.length !== count) {
    throw new Error(`answers of ${surveyId} ${period} after "${after}": ${count} rows read as ${ids.length} ids, ${attributes.length} attributes, ${answers.length} answers`);
  }
  if (!ascending(ids)) throw new Error(`answers of ${surveyId} ${period} after "${after}" did not come in id order`);
  const page = new Array<StoredAnswer>(count);
  for (let i = 0; i < count; i++) page[i] = { answers: answers[i]!, attributes: attributes[i]! };
  return { length: count, lastId: ids[count - 1]!, answers: page };
}

function ascending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}
