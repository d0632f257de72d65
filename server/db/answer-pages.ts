import type { Client } from '@libsql/client';
import { answerColumns as project, type AnswerColumns } from '../../analysis/answer-columns.ts';
import { DEFAULT_PAGE_SIZE, type StoredAnswer } from '../../analysis/answer-source.ts';
import { pageQuery, toPage, type PageStart } from './answer-page-row.ts';
import { readAnswerPage, readRows, type RawRows, type ThreadPage } from './read-thread.ts';
import { ReduceBalance } from './reduce-balance.ts';

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
  let next = firstPage(client, at(''), pageSize).then(({ rows }) => toPage(rows[0]!, at('')));
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
 * {@link answerPages} reduced to the answers to `fields` (analysis/answer-columns.ts). For an
 * embedded file the pages after the first are read on the read thread, and a share of them reduced
 * there too while the page before is tallied, the rest here (reduce-balance.ts): parsing the answer
 * sets costs about as much as reading them and tallying them together.
 */
export async function* answerColumns(client: Client, surveyId: string, period: string, fields: readonly string[], pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<AnswerColumns> {
  const at = (after: string): PageStart => ({ surveyId, period, after });
  const balance = new ReduceBalance();
  const ask = (start: PageStart): Promise<ThreadPage & { start: PageStart }> =>
    readAnswerPage(client, pageQuery(start, pageSize), balance.nextOnThread() ? { start, fields } : undefined).then((page) => ({ ...page, start }));
  let next: ReturnType<typeof ask> = firstPage(client, at(''), pageSize).then((page) => ({ ...page, start: at('') }));
  try {
    for (;;) {
      const got = await next;
      const reduced = 'columns' in got;
      balance.readThere(got.readMs, reduced ? got.reduceMs : undefined);
      const started = performance.now();
      const page = reduced ? got.columns : toPage(got.rows[0]!, got.start);
      if (page.length === pageSize) next = ask(at(page.lastId));
      if (page.length === 0) return;
      const columns = 'item' in page ? page.item : project(page.answers, fields);
      if (!reduced) balance.reducedHere(performance.now() - started);
      const handed = performance.now();
      yield columns;
      balance.tallied(performance.now() - handed);
      if (page.length < pageSize) return;
    }
  } finally {
    next.catch(() => {});
  }
}

/** The first page, read on this thread: a wave of one page (most outside the bench) never waits for a thread to start. */
async function firstPage(client: Client, start: PageStart, pageSize: number): Promise<{ rows: RawRows; readMs: number }> {
  const started = performance.now();
  const rows: RawRows = (await client.execute(pageQuery(start, pageSize))).rows.map((r) => Array.from(r));
  return { rows, readMs: performance.now() - started };
}
