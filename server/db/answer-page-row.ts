import type { InValue } from '@libsql/client';
import { answerColumns, type AnswerColumns } from '../../analysis/answer-columns.ts';
import type { StoredAnswer } from '../../analysis/answer-source.ts';

/** Between two rows' texts in a page: a control character, which JSON text never holds unescaped. */
const ROW = '\u001e';

/** Where a page starts: the wave, and the id of the last answer of the page before ('' for the first). */
export interface PageStart {
  surveyId: string;
  period: string;
  after: string;
}

/** One page of answers, read as one row (answer-pages.ts): its size, its last id, its answers. */
export interface AnswerPage {
  length: number;
  lastId: string;
  answers: StoredAnswer[];
}

/**
 * The query of one page as one row: the page's ids, attributes and answers each joined by
 * `group_concat` into one text, in the order of the ordered subquery (sqld's parser refuses
 * `group_concat(... ORDER BY ...)`); {@link toPage} splits it.
 */
export function pageQuery({ surveyId, period, after }: PageStart, pageSize: number): { sql: string; args: InValue[] } {
  return {
    sql: `SELECT count(*), group_concat(id, char(30)), group_concat(attributes, char(30)), group_concat(answers, char(30))
          FROM (SELECT id, answers, attributes FROM responses WHERE survey_id = ? AND wave = ? AND id > ? ORDER BY id LIMIT ?)`,
    args: [surveyId, period, after, pageSize],
  };
}

/**
 * One page's row split into its answers, checked to add up and to come in id order. The split is
 * exact because stored answers and attributes are JSON text, which holds no raw control character
 * (answers are checked by `json_valid` on insert); a page whose pieces do not add up throws rather
 * than misread. The ids (UUIDs: ASCII, where JavaScript and SQLite order alike) must be ascending,
 * so answers are tallied in id order, as one row per answer was, or the page throws.
 */
export function toPage(row: unknown[], { surveyId, period, after }: PageStart): AnswerPage {
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

/** A page of answers reduced to some fields (analysis/answer-columns.ts), with its size and last id. */
export interface ColumnsPage {
  length: number;
  lastId: string;
  item: AnswerColumns;
}

/** One page's row split ({@link toPage}) and reduced to `fields`. */
export function columnsOf(rows: unknown[][], start: PageStart, fields: readonly string[]): ColumnsPage {
  const page = toPage(rows[0]!, start);
  return { length: page.length, lastId: page.lastId, item: answerColumns(page.answers, fields) };
}

function ascending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}
