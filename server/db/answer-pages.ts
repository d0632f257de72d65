import type { Client } from '@libsql/client';
import { answerColumns as project, type AnswerColumns } from '../../analysis/answer-columns.ts';
import { DEFAULT_PAGE_SIZE, type StoredAnswer } from '../../analysis/answer-source.ts';
import { pageQuery, toPage, type AnswerPage, type ColumnsPage, type PageStart } from './answer-page-row.ts';
import { readColumns, readRows, type RawRows } from './read-thread.ts';

/**
 * The answers of one wave of one survey, page by page, so that memory stays flat however large the
 * wave: keyset pagination on the random primary key (survey_id, wave, id), so each page is one range
 * scan of the table, in id order.
 *
 * Each page comes back as one row (answer-page-row.ts): read as one row per answer, @libsql/client
 * made an object of every row with a property defined per column (about 5 µs an answer, more than
 * tallying it); three strings split in JavaScript cost a fraction of that.
 *
 * Each page after the first is asked for before the one before it is handed out, and for an embedded
 * file read on a thread of its own (read-thread.ts), so that it is read while that page is tallied.
 *
 * Cost: one query per `pageSize` answers; memory O(pageSize): two pages at most.
 */
export async function* answerPages(client: Client, surveyId: string, period: string, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<StoredAnswer[]> {
  const at = (after: string): PageStart => ({ surveyId, period, after });
  let next = firstPage(client, at(''), pageSize);
  try {
    for (;;) {
      const page = await next;
      if (page.length === pageSize) next = readRows(client, pageQuery(at(page.lastId), pageSize)).then((rows) => toPage(rows[0]!, at(page.lastId)));
      if (page.length > 0) yield page.answers;
      if (page.length < pageSize) return;
    }
  } finally {
    // A page asked for ahead that the reader stopped before: its failure is nobody's.
    next.catch(() => {});
  }
}

/**
 * Below this wait for a page (ms), it had come already: the reading thread keeps up with the tally.
 * Measured on the bench: a page that had come takes 0.02-0.2 ms to hand over.
 */
const WAITED_MS = 1;

/**
 * {@link answerPages} reduced to the answers to `fields` (analysis/answer-columns.ts). For an
 * embedded file the pages after the first are read on the read thread, and there also split and
 * reduced while the page before is tallied, unless the tally had to wait for that page: then the
 * next one comes as read and is reduced here, so that neither thread waits long for the other
 * (parsing the answer sets costs about as much as reading them, or as the tally).
 */
export async function* answerColumns(client: Client, surveyId: string, period: string, fields: readonly string[], pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<AnswerColumns> {
  const at = (after: string): PageStart => ({ surveyId, period, after });
  // A page as read (rows, split and reduced here) or as the read thread reduced it.
  const ask = (start: PageStart, here: boolean): Promise<{ start: PageStart; rows: RawRows } | ColumnsPage> =>
    here ? readRows(client, pageQuery(start, pageSize)).then((rows) => ({ start, rows })) : readColumns(client, pageQuery(start, pageSize), start, fields);
  let next: ReturnType<typeof ask> = client.execute(pageQuery(at(''), pageSize)).then((rs) => ({ start: at(''), rows: rs.rows.map((r) => Array.from(r)) }));
  try {
    for (;;) {
      const asked = performance.now();
      const got = await next;
      // Measured before this thread's own work on the page: how long the read thread kept it waiting.
      const waited = performance.now() - asked > WAITED_MS;
      const page = 'rows' in got ? toPage(got.rows[0]!, got.start) : got;
      if (page.length === pageSize) next = ask(at(page.lastId), waited);
      if (page.length > 0) yield 'item' in page ? page.item : project(page.answers, fields);
      if (page.length < pageSize) return;
    }
  } finally {
    next.catch(() => {});
  }
}

/** The first page, read on this thread: a wave of one page (most outside the bench) never waits for a thread to start. */
async function firstPage(client: Client, start: PageStart, pageSize: number): Promise<AnswerPage> {
  const rows: RawRows = (await client.execute(pageQuery(start, pageSize))).rows.map((r) => Array.from(r));
  return toPage(rows[0]!, start);
}
