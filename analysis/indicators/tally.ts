import { addToCell, emptyCell, type Cell } from './cell.ts';
import { PREFER_NOT_TO_SAY } from './proportion.ts';
import type { AnswerColumns } from '../answer-columns.ts';
import type { AnswerIndicator, Answers, Breakdown } from './types.ts';

/**
 * The key of the group of respondents whose attribute is unknown: no answer, "zeg ik liever niet",
 * or a batch without the attribute. Not a possible choice value or attribute value.
 */
export const UNKNOWN = '\u0000unknown';

export interface GroupTally {
  respondents: number;
  /** One cell per indicator, in the order of the indicators. */
  cells: Cell[];
}

/** Two breakdowns crossed: the row breakdown's groups, the column breakdown's groups. */
export interface Crossing {
  rows: Breakdown;
  columns: Breakdown;
}

export interface WaveTally {
  overall: GroupTally;
  /** Per breakdown, its groups by value: the designed ones, then any met in the answers. */
  breakdowns: { breakdown: Breakdown; groups: Map<string, GroupTally> }[];
  /** Per crossing, its cells by row group and column group (designed ones, then any met). */
  crossings: { crossing: Crossing; cells: Map<string, Map<string, GroupTally>> }[];
  /** Per indicator, its whole-wave statistic (Cronbach's alpha of a scale), else null. */
  alphas: (number | null)[];
}

/**
 * A reader of a wave's answers fed from the tally's pass, so that the wave is read once (decision
 * 025): the fields it reads, and every answer set, in the order read, as one object holding those
 * fields (undefined when not answered). The object is refilled for the next row: copy what is kept.
 */
export interface RowReader {
  fields: readonly string[];
  read(answers: Readonly<Record<string, unknown>>): void;
}

/**
 * The answers a tally reads: every indicator's questions and every question breakdown's, each once,
 * in that order.
 */
export function tallyFields(indicators: readonly AnswerIndicator[], breakdowns: readonly Breakdown[], crossings: readonly Crossing[] = []): string[] {
  const questions = [
    ...indicators.flatMap((i) => i.questions),
    ...breakdowns.filter((b) => b.source === 'question').map((b) => b.name),
    ...crossings.flatMap((c) => [c.rows.name, c.columns.name]),
  ];
  return [...new Set(questions)];
}

/**
 * One pass over a wave's answers: each answer set is read once (the page's distinct answers parsed
 * once, answer-columns.ts), each indicator reads it once (one that reads a single question and keeps
 * no whole-wave statistic, once per distinct answer of a page), and its value goes into the overall cell,
 * into one cell per breakdown (each breakdown separately) and into one cell per declared crossing of
 * two question breakdowns. `pagesOf` hands out the wave's pages reduced to the fields asked for
 * ({@link tallyFields}, then the `readers`' fields), and each reader gets every answer set beside the
 * tally. Memory: one cell per indicator × group (and per crossed cell), whatever the number of answers.
 */
export async function tallyWave(
  pagesOf: (fields: readonly string[]) => AsyncIterable<AnswerColumns>,
  indicators: readonly AnswerIndicator[],
  breakdowns: readonly Breakdown[],
  crossings: readonly Crossing[] = [],
  readers: readonly RowReader[] = [],
): Promise<WaveTally> {
  const newGroup = (): GroupTally => ({ respondents: 0, cells: indicators.map(emptyCell) });
  const overall = newGroup();
  const tables = breakdowns.map((breakdown) => ({
    breakdown,
    groups: new Map<string, GroupTally>(breakdown.groups.map((g) => [g, newGroup()])),
  }));
  const crossed = crossings.map((crossing) => ({
    crossing,
    cells: new Map(crossing.rows.groups.map((r) => [r, new Map<string, GroupTally>(crossing.columns.groups.map((c) => [c, newGroup()]))])),
  }));
  const waveStats = indicators.map((i) => i.wave);
  const attributeCache = new Map<string, Record<string, unknown>>();
  const values: (number | undefined)[] = new Array(indicators.length);
  const fields = [...new Set([...tallyFields(indicators, breakdowns, crossings), ...readers.flatMap((r) => r.fields)])];
  const width = fields.length;
  const fieldOf = (name: string) => fields.indexOf(name);
  // Per reader, its object refilled per row and the column of each of its fields.
  const beside = readers.map((reader) => ({ reader, row: Object.fromEntries(reader.fields.map((f) => [f, undefined])) as Record<string, unknown>, columns: reader.fields.map(fieldOf) }));
  // An indicator that reads one answer and keeps no whole-wave statistic gives the same value for
  // the same answer: it reads each distinct answer of a page once (`single`: its field, else -1).
  const single = indicators.map((i) => (i.wave === undefined && i.questions.length === 1 ? fieldOf(i.questions[0]!) : -1));
  const one = indicators.map((i): Answers => ({ [i.questions[0]!]: undefined }));
  // Per indicator, its value per code of the page; null until read.
  const read = indicators.map(() => [] as (number | undefined | null)[]);
  // The others read one answer set at a time: one object refilled for every row, with the fields they read.
  const answers: Answers = {};
  const rowFields = [...new Set(indicators.flatMap((i, n) => (single[n]! < 0 ? i.questions.map(fieldOf) : [])))];
  for (const j of rowFields) answers[fields[j]!] = undefined;
  // Per breakdown, its group per code of the page (question) or per attribute text (invitation).
  const groupOf = tables.map(() => [] as (GroupTally | undefined)[]);
  const tableField = tables.map(({ breakdown }) => (breakdown.source === 'question' ? fieldOf(breakdown.name) : -1));
  const crossedFields = crossed.map(({ crossing }) => [fieldOf(crossing.rows.name), fieldOf(crossing.columns.name)] as const);
  // A page's distinct answers, parsed (code 0 is "no answer"), and the group key of each.
  const decoded: unknown[] = [undefined];
  const keys: string[] = [UNKNOWN];

  const add = (into: GroupTally) => {
    into.respondents++;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== undefined) addToCell(into.cells[i]!, v);
    }
  };
  const groupIn = (groups: Map<string, GroupTally>, key: string) => {
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = newGroup()));
    return group;
  };

  for await (const page of pagesOf(fields)) {
    decoded.length = 1;
    keys.length = 1;
    for (const text of page.values) {
      const value: unknown = JSON.parse(text);
      decoded.push(value);
      keys.push(groupKey(value));
    }
    for (let i = 0; i < indicators.length; i++) if (single[i]! >= 0) read[i] = new Array<null>(decoded.length).fill(null);
    for (const memo of groupOf) memo.length = 0;
    const pageAttributes = page.attributes.map((text) => {
      let parsed = attributeCache.get(text);
      if (parsed === undefined) attributeCache.set(text, (parsed = JSON.parse(text) as Record<string, unknown>));
      return parsed;
    });
    const { codes, attributeCodes } = page;
    for (let k = 0; k < page.count; k++) {
      const base = k * width;
      for (const j of rowFields) answers[fields[j]!] = decoded[codes[base + j]!];
      for (let i = 0; i < indicators.length; i++) {
        const j = single[i]!;
        if (j < 0) {
          values[i] = indicators[i]!.read(answers);
          waveStats[i]?.add(answers);
          continue;
        }
        const code = codes[base + j]!;
        let v = read[i]![code];
        if (v === null) {
          const answer = one[i]!;
          answer[indicators[i]!.questions[0]!] = decoded[code];
          read[i]![code] = v = indicators[i]!.read(answer);
        }
        values[i] = v;
      }
      add(overall);
      for (let b = 0; b < tables.length; b++) {
        const table = tables[b]!;
        const j = tableField[b]!;
        const code = j < 0 ? attributeCodes[k]! : codes[base + j]!;
        let group = groupOf[b]![code];
        if (group === undefined) {
          const key = j < 0 ? groupKey(pageAttributes[code]![table.breakdown.name]) : keys[code]!;
          group = groupOf[b]![code] = groupIn(table.groups, key);
        }
        add(group);
      }
      for (let x = 0; x < crossed.length; x++) {
        const { crossing, cells } = crossed[x]!;
        const r = keys[codes[base + crossedFields[x]![0]]!]!;
        const c = keys[codes[base + crossedFields[x]![1]]!]!;
        let row = cells.get(r);
        if (row === undefined) {
          const columns = [...(cells.values().next().value?.keys() ?? crossing.columns.groups)];
          cells.set(r, (row = new Map(columns.map((g) => [g, newGroup()]))));
        }
        let cell = row.get(c);
        if (cell === undefined) {
          for (const other of cells.values()) other.set(c, newGroup());
          cell = row.get(c)!;
        }
        add(cell);
      }
      for (const { reader, row, columns } of beside) {
        for (let j = 0; j < columns.length; j++) row[reader.fields[j]!] = decoded[codes[base + columns[j]!]!];
        reader.read(row);
      }
    }
  }
  return { overall, breakdowns: tables, crossings: crossed, alphas: waveStats.map((w) => w?.result() ?? null) };
}

/** The group a breakdown value falls in: the value as a string, or {@link UNKNOWN} for none, "" and "zeg ik liever niet". */
export function groupKey(value: unknown): string {
  if (typeof value === 'string') return value === '' || value === PREFER_NOT_TO_SAY ? UNKNOWN : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return UNKNOWN;
}
