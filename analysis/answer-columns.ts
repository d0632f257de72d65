import type { StoredAnswer } from './answer-source.ts';

/**
 * A page of stored answers reduced to what the tally reads: the answers to `fields` only, each as a
 * code into the page's distinct answers, and each row's attributes as a code into the page's distinct
 * attribute texts. Plain arrays of numbers, so a page made on another thread is handed over without
 * copying (server/db/read-thread.ts), and the thread that tallies parses each distinct answer of a
 * page once instead of every answer set.
 */
export interface AnswerColumns {
  /** Rows (answer sets) in the page, in the order they were read. */
  count: number;
  /** count × fields.length, row after row: 0 when the answer set has no answer to the field, else 1 + its index in `values`. */
  codes: Int32Array<ArrayBuffer>;
  /** The page's distinct answers to the fields, as JSON text. */
  values: string[];
  /** Per row: its attributes' index in `attributes`. */
  attributeCodes: Int32Array<ArrayBuffer>;
  /** The page's distinct attribute texts (JSON objects, as stored). */
  attributes: string[];
}

/**
 * {@link AnswerColumns} of one page: every answer set parsed once, `fields` looked up in it. An answer
 * is kept as JSON text that parses back to an equal value (numbers exactly, -0 included); a field the
 * answer set lacks is code 0, read back as `undefined`, as looking it up in the parsed set gave.
 * Cost: one JSON.parse per answer set and one look-up per field (an array index for a whole number
 * from 0 to 127, else a Map); about a third more than parsing alone (1M answers: 2.4 against 1.7 s).
 */
export function answerColumns(page: readonly StoredAnswer[], fields: readonly string[]): AnswerColumns {
  const width = fields.length;
  const codes = new Int32Array(page.length * width);
  const values: string[] = [];
  // Strings, numbers, booleans and null by value; arrays and objects by their JSON text.
  const byValue = new Map<unknown, number>();
  const byText = new Map<string, number>();
  const attributeCodes = new Int32Array(page.length);
  const attributes: string[] = [];
  const byAttributes = new Map<string, number>();
  // Whole numbers from 0 to 127 (ratings, marks) by index, the rest by Map; a text is made only for an answer the page has not met yet.
  const small = new Int32Array(128);
  const add = (text: string) => {
    values.push(text);
    return values.length;
  };
  for (let r = 0; r < page.length; r++) {
    const stored = page[r]!;
    const answers = JSON.parse(stored.answers) as Record<string, unknown>;
    const row = r * width;
    for (let j = 0; j < width; j++) {
      const v = answers[fields[j]!];
      let c: number | undefined = 0;
      if (typeof v === 'number') {
        if (v >= 0 && v < 128 && (v | 0) === v && !Object.is(v, -0)) {
          c = small[v]!;
          if (c === 0) c = small[v] = add(String(v));
        } else if (Object.is(v, -0)) {
          c = byText.get('-0');
          if (c === undefined) byText.set('-0', (c = add('-0')));
        } else {
          c = byValue.get(v);
          if (c === undefined) byValue.set(v, (c = add(JSON.stringify(v))));
        }
      } else if (typeof v === 'string' || typeof v === 'boolean' || v === null) {
        c = byValue.get(v);
        if (c === undefined) byValue.set(v, (c = add(JSON.stringify(v))));
      } else if (typeof v === 'object') {
        const text = JSON.stringify(v);
        c = byText.get(text);
        if (c === undefined) byText.set(text, (c = add(text)));
      }
      codes[row + j] = c;
    }
    let a = byAttributes.get(stored.attributes);
    if (a === undefined) {
      a = attributes.length;
      attributes.push(stored.attributes);
      byAttributes.set(stored.attributes, a);
    }
    attributeCodes[r] = a;
  }
  return { count: page.length, codes, values, attributeCodes, attributes };
}

/** Pages of stored answers as {@link AnswerColumns}, projected on the calling thread. */
export async function* projectPages(pages: AsyncIterable<StoredAnswer[]>, fields: readonly string[]): AsyncGenerator<AnswerColumns> {
  for await (const page of pages) yield answerColumns(page, fields);
}
