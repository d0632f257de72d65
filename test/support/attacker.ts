import type { SurveyReport } from '../../analysis/indicators/analyse.ts';
import { groupKey, UNKNOWN } from '../../analysis/indicators/tally.ts';
import type { AnswerIndicator, IndicatorRow } from '../../analysis/indicators/types.ts';
import { MERGED } from '../../server/exports/columns.ts';
import type { WaveExport } from '../../server/exports/export.ts';
import type { ResponseCounts } from '../../server/waves/response-counts.ts';

// An attacker who holds every published product of one closed wave at once: the report (= the
// indicators API), the response counts and the researcher's row-level export with its codebook.
// It claims the value (respondents with a value, and their sum) of a cell only when every
// assignment of export rows to groups that agrees with everything published gives that same value:
// subtraction from totals and siblings, subset matching of export rows to each shown group's n and
// means, the export's codes and recodings. The test compares its claims with the truth.

/** A cell: how many respondents have a value for the indicator, and the sum of their values. */
export interface CellValue {
  n: number;
  sum: number;
}

/** Two cells are the same: equal n, and sums equal up to rounding. */
export const sameCell = (a: CellValue, b: CellValue) => a.n === b.n && Math.abs(a.sum - b.sum) <= 1e-6 * Math.max(1, a.n);

export interface Published {
  report: SurveyReport;
  counts: ResponseCounts;
  /** Undefined when the export is refused (fewer than k answers). */
  export: WaveExport | undefined;
}

/** Cells the attacker pinned down, by target key (see {@link targetKey}). */
export type Claims = Map<string, CellValue>;

/** `group` is a breakdown group (UNKNOWN for "unknown"), or an export value with `atom`. */
export const targetKey = (t: { source: string; breakdown: string; group: string; atom?: boolean; indicator: string }) =>
  JSON.stringify([t.atom === true ? 'atom' : 'group', t.source, t.breakdown, t.group, t.indicator]);
export const overallKey = (indicator: string) => JSON.stringify(['overall', indicator]);

// Work limits: past them the attacker gives up on a breakdown and claims nothing there.
const STEP_LIMIT = 300_000;
const MATCH_LIMIT = 5_000;
const NODE_LIMIT = 300_000;

interface Klass {
  cand: Set<string>;
  values: (number | undefined)[];
  size: number;
}

/** Every claim the attacker can make about the wave's hidden cells. */
export function attack(published: Published, indicators: readonly AnswerIndicator[]): Claims {
  const claims: Claims = new Map();
  const e = published.export;
  if (e === undefined) return claims;
  const answersOf = (row: (string | number)[]) => {
    const answers: Record<string, unknown> = {};
    e.columns.forEach((c, j) => {
      const v = row[j];
      if (c.question === null || c.item !== undefined || c.comment === true || v === '' || v === MERGED || v === undefined) return;
      if (c.kind === 'choice' || c.kind === 'rating' || c.kind === 'number') answers[c.question] = v;
      if (c.kind === 'boolean') answers[c.question] = v === 1;
    });
    return answers;
  };
  const rowValues = e.rows.map((r) => indicators.map((i) => i.read(answersOf(r))));

  // Overall cells the report hides: the export's rows give them, unless their columns are empty.
  indicators.forEach((indicator, i) => {
    const row = published.report.rows.find((r) => r.indicator === indicator.id && r.breakdown === null);
    if (row?.shown === true) return;
    const value = sumOf(rowValues.map((v) => ({ values: v, size: 1 })), i);
    if (value.n > 0) claims.set(overallKey(indicator.id), value);
  });

  const breakdowns = new Map<string, { source: string; name: string; rows: IndicatorRow[] }>();
  for (const r of published.report.rows) {
    if (r.breakdown === null || r.breakdownSource === null || r.kind === 'target') continue;
    const key = JSON.stringify([r.breakdownSource, r.breakdown]);
    if (!breakdowns.has(key)) breakdowns.set(key, { source: r.breakdownSource, name: r.breakdown, rows: [] });
    breakdowns.get(key)!.rows.push(r);
  }
  for (const b of breakdowns.values()) attackBreakdown(published, indicators, rowValues, b, claims);
  return claims;
}

function sumOf(items: { values: (number | undefined)[]; size: number }[], i: number): CellValue {
  let n = 0;
  let sum = 0;
  for (const it of items) {
    const v = it.values[i];
    if (v !== undefined && it.size > 0) {
      n += it.size;
      sum += v * it.size;
    }
  }
  return { n, sum };
}

function attackBreakdown(
  published: Published,
  indicators: readonly AnswerIndicator[],
  rowValues: (number | undefined)[][],
  b: { source: string; name: string; rows: IndicatorRow[] },
  claims: Claims,
): void {
  const e = published.export!;
  const columnName = b.source === 'invitation' ? `batch_${b.name}` : b.name;
  const column = e.withheld.includes(columnName) ? -1 : e.columns.findIndex((c) => c.name === columnName && c.background);
  const groups = new Set(b.rows.map((r) => r.group ?? UNKNOWN));
  const merged = new Set(e.recodings.filter((r) => r.column === columnName).map((r) => r.from));
  // Export values ("atoms") and the breakdown group each falls in; a group with no atom has no rows.
  const atomsOf = new Map<string, Set<string>>([...groups].map((g) => [g, new Set<string>()]));
  const visible = new Set(column < 0 ? [] : e.rows.map((r) => String(r[column])).filter((v) => v !== MERGED));
  for (const atom of [...visible, ...merged]) {
    const g = groupKey(atom);
    if (!atomsOf.has(g)) atomsOf.set(g, new Set());
    atomsOf.get(g)!.add(atom);
  }
  if (column < 0) for (const g of atomsOf.keys()) atomsOf.set(g, new Set([`group:${g}`]));
  const allAtoms = new Set([...atomsOf.values()].flatMap((s) => [...s]));

  const byClass = new Map<string, Klass>();
  e.rows.forEach((r, k) => {
    const code = column < 0 ? undefined : String(r[column]);
    const cand = code === undefined ? allAtoms : code === MERGED ? merged : new Set([code]);
    const key = JSON.stringify([[...cand].sort(), rowValues[k]]);
    const c = byClass.get(key) ?? { cand, values: rowValues[k]!, size: 0 };
    c.size++;
    byClass.set(key, c);
  });
  const classes = [...byClass.values()];

  // What is published of each group: per shown indicator its n and sum; its respondents when a count or rate shows them.
  const figures = new Map<string, { cells: Map<number, CellValue>; size: number | undefined }>();
  const figureOf = (g: string) => figures.get(g) ?? (figures.set(g, { cells: new Map(), size: undefined }), figures.get(g)!);
  for (const r of b.rows) {
    if (!r.shown || r.n === null || r.value === null) continue;
    const g = r.group ?? UNKNOWN;
    if (r.kind === 'response_rate') figureOf(g).size = r.n;
    const i = indicators.findIndex((x) => x.id === r.indicator);
    if (i >= 0) figureOf(g).cells.set(i, { n: r.n, sum: r.value * r.n });
  }
  if (b.source === 'invitation') {
    for (const c of published.counts.groups ?? []) {
      const names = Object.keys(c.attributes);
      if (!c.answers.shown) continue;
      if (names.length === 1 && names[0] === b.name) figureOf(c.attributes[b.name]!).size = c.answers.n;
    }
  }
  const shown = [...figures.keys()];
  const hiddenGroups = [...atomsOf.keys()].filter((g) => !figures.has(g));
  const hiddenAtoms = new Set(hiddenGroups.flatMap((g) => [...atomsOf.get(g)!]));
  const meets = (cand: Set<string>, atoms: Set<string>) => [...cand].some((a) => atoms.has(a));

  const matches = new Map<string, number[][]>();
  for (const g of shown) {
    const found = matchGroup(classes, atomsOf.get(g) ?? new Set(), figures.get(g)!, indicators.length);
    if (found === undefined) return; // too many to enumerate: no claim
    matches.set(g, found);
  }

  // Every consistent assignment: one match per shown group, disjoint, the rest to hidden groups.
  const seen = new Map<string, CellValue | null>();
  const note = (key: string, value: CellValue | null) => {
    if (!seen.has(key)) seen.set(key, value);
    else {
      const before = seen.get(key)!;
      if (before === null || value === null || !sameCell(before, value)) seen.set(key, null);
    }
  };
  let steps = 0;
  const used = classes.map(() => 0);
  const chosen = new Map<string, number[]>();
  const leaf = () => {
    const rest = classes.map((c, k) => c.size - used[k]!);
    if (rest.some((n, k) => n > 0 && !meets(classes[k]!.cand, hiddenAtoms))) return;
    const inGroup = (g: string): number[] | null => {
      if (chosen.has(g)) return chosen.get(g)!;
      const atoms = atomsOf.get(g)!;
      const counts: number[] = [];
      for (const [k, c] of classes.entries()) {
        const inter = [...c.cand].filter((a) => hiddenAtoms.has(a));
        if (rest[k] === 0 || !inter.some((a) => atoms.has(a))) counts.push(0);
        else if (inter.every((a) => atoms.has(a))) counts.push(rest[k]!);
        else return null;
      }
      return counts;
    };
    for (const g of atomsOf.keys()) {
      const counts = inGroup(g);
      for (const [i, indicator] of indicators.entries()) {
        const row = b.rows.find((r) => r.indicator === indicator.id && (r.group ?? UNKNOWN) === g);
        if (row === undefined || row.shown) continue;
        note(targetKey({ source: b.source, breakdown: b.name, group: g, indicator: indicator.id }), counts === null ? null : sumOf(classes.map((c, k) => ({ values: c.values, size: counts[k]! })), i));
      }
      // A merged export value inside a group that holds several: is it pinned within the group?
      const atoms = atomsOf.get(g)!;
      if (atoms.size < 2 || counts === null) continue;
      for (const a of atoms) {
        if (!merged.has(a)) continue;
        const pool = chosen.has(g) ? atoms : hiddenAtoms;
        const of = classes.map((c, k) => {
          const inter = [...c.cand].filter((x) => pool.has(x) && atoms.has(x));
          if (counts[k] === 0 || !inter.includes(a)) return 0;
          return inter.length === 1 ? counts[k]! : -1;
        });
        for (const [i, indicator] of indicators.entries()) {
          const key = targetKey({ source: b.source, breakdown: b.name, group: a, atom: true, indicator: indicator.id });
          note(key, of.includes(-1) ? null : sumOf(classes.map((c, k) => ({ values: c.values, size: of[k]! })), i));
        }
      }
    }
  };
  const walk = (s: number): boolean => {
    if (++steps > STEP_LIMIT) return false;
    if (s === shown.length) {
      leaf();
      return true;
    }
    const g = shown[s]!;
    for (const m of matches.get(g)!) {
      if (++steps > STEP_LIMIT) return false;
      if (m.some((n, k) => used[k]! + n > classes[k]!.size)) continue;
      m.forEach((n, k) => (used[k] = used[k]! + n));
      chosen.set(g, m);
      const ok = walk(s + 1);
      m.forEach((n, k) => (used[k] = used[k]! - n));
      chosen.delete(g);
      if (!ok) return false;
    }
    return true;
  };
  if (!walk(0)) return;
  for (const [key, value] of seen) if (value !== null && value.n > 0) claims.set(key, value);
}

/** The ways to take rows (counts per class) that give exactly a shown group's figures; undefined past MATCH_LIMIT. */
function matchGroup(classes: Klass[], atoms: Set<string>, figure: { cells: Map<number, CellValue>; size: number | undefined }, indicators: number): number[][] | undefined {
  const eligible = classes.map((c) => [...c.cand].some((a) => atoms.has(a)));
  const forced = classes.map((c) => [...c.cand].every((a) => atoms.has(a)));
  const targets = [...figure.cells];
  const n = new Array<number>(indicators).fill(0);
  const sum = new Array<number>(indicators).fill(0);
  const counts = classes.map(() => 0);
  const found: number[][] = [];
  let size = 0;
  // What the classes from k on can still add: the match must reach every target.
  const restN = classes.map(() => new Array<number>(indicators).fill(0));
  const restSum = classes.map(() => new Array<number>(indicators).fill(0));
  const restSize = classes.map(() => 0);
  for (let k = classes.length - 1; k >= 0; k--) {
    const c = classes[k]!;
    const take = eligible[k] ? c.size : 0;
    restSize[k] = (restSize[k + 1] ?? 0) + take;
    for (let i = 0; i < indicators; i++) {
      const v = c.values[i];
      restN[k]![i] = (restN[k + 1]?.[i] ?? 0) + (v === undefined ? 0 : take);
      restSum[k]![i] = (restSum[k + 1]?.[i] ?? 0) + (v === undefined ? 0 : v * take);
    }
  }
  let nodes = 0;
  // Published values have six decimals: a sum is known to within half a millionth per respondent.
  const tol = (t: CellValue) => 1e-6 * Math.max(1, t.n);
  const fits = (k: number) =>
    targets.every(
      ([i, t]) => n[i]! <= t.n && sum[i]! <= t.sum + tol(t) && n[i]! + (restN[k]?.[i] ?? 0) >= t.n && sum[i]! + (restSum[k]?.[i] ?? 0) >= t.sum - tol(t),
    ) &&
    (figure.size === undefined || (size <= figure.size && size + (restSize[k] ?? 0) >= figure.size));
  const walk = (k: number): boolean => {
    if (found.length > MATCH_LIMIT || ++nodes > NODE_LIMIT) return false;
    if (k === classes.length) {
      const exact = targets.every(([i, t]) => n[i] === t.n && Math.abs(sum[i]! - t.sum) <= tol(t)) && (figure.size === undefined || size === figure.size);
      if (exact && size > 0) found.push([...counts]);
      return true;
    }
    const c = classes[k]!;
    const options = !eligible[k] ? [0] : forced[k] ? [c.size] : Array.from({ length: c.size + 1 }, (_, x) => x);
    for (const take of options) {
      counts[k] = take;
      size += take;
      c.values.forEach((v, i) => {
        if (v !== undefined) {
          n[i] = n[i]! + take;
          sum[i] = sum[i]! + v * take;
        }
      });
      const ok = !fits(k + 1) || walk(k + 1);
      c.values.forEach((v, i) => {
        if (v !== undefined) {
          n[i] = n[i]! - take;
          sum[i] = sum[i]! - v * take;
        }
      });
      size -= take;
      counts[k] = 0;
      if (!ok) return false;
    }
    return true;
  };
  return walk(0) ? found : undefined;
}

/**
 * Counts per combination of batch attributes against the report's rates per attribute: a hidden
 * combination is the attribute value's shown respondents minus the other shown combinations.
 */
export function attackCounts(published: Published): Map<string, number> {
  const out = new Map<string, number>();
  const groups = published.counts.groups ?? [];
  for (const h of groups) {
    if (h.answers.shown) continue;
    for (const [name, value] of Object.entries(h.attributes)) {
      const rate = published.report.rows.find((r) => r.kind === 'response_rate' && r.breakdown === name && r.group === value);
      const siblings = groups.filter((g) => g !== h && g.attributes[name] === value);
      if (rate?.shown !== true || rate.n === null || siblings.some((g) => !g.answers.shown)) continue;
      out.set(JSON.stringify(h.attributes), rate.n - siblings.reduce((s, g) => s + (g.answers.shown ? g.answers.n : 0), 0));
    }
  }
  return out;
}

// Crossings (rule 9 of disclosure.ts): the report alone, as a reader of reports has it. For each
// crossing and indicator, the hidden cells' n are unknowns, whole numbers of at least 0, that must
// add up along every row and column whose one-way margin is shown, and to the total; the groups a
// breakdown hides have no margin of their own, only their sum (the total minus the shown groups).
// Every assignment that fits is enumerated; a hidden cell with the same n in all of them is
// pinned down. A cell that holds a whole shown row or column is left out: its figures are that
// margin's. Also claimed: any hidden cell whose row carries a change or a previous value.

/** Claims about crossed cells: key `crossedTargetKey(...)`, value the cell's n (or its value for a change). */
export const crossedTargetKey = (t: { rows: string; columns: string; row: string; column: string; indicator: string }) =>
  JSON.stringify(['crossed', t.rows, t.columns, t.row, t.column, t.indicator]);

// Work limit per table: past it the attacker claims nothing there.
const CROSSED_NODE_LIMIT = 400_000;

export function attackCrossings(report: SurveyReport): Map<string, number> {
  const claims = new Map<string, number>();
  const crossed = report.crossed ?? [];
  const tables = new Map<string, IndicatorRow[]>();
  for (const r of crossed) {
    const key = JSON.stringify([r.breakdown, r.columnBreakdown, r.indicator]);
    tables.set(key, [...(tables.get(key) ?? []), r]);
  }
  for (const rows of tables.values()) {
    const { breakdown, columnBreakdown, indicator } = rows[0]!;
    const key = (r: IndicatorRow) => ({ rows: breakdown!, columns: columnBreakdown!, row: r.group ?? UNKNOWN, column: r.columnGroup ?? UNKNOWN, indicator });
    for (const r of rows) if (!r.shown && (r.change !== null || r.previousValue !== null)) claims.set(crossedTargetKey(key(r)), r.previousValue ?? 0);
    const margin = (name: string, group: string) =>
      report.rows.find((x) => x.indicator === indicator && x.breakdownSource === 'question' && x.breakdown === name && (x.group ?? UNKNOWN) === group);
    const total = report.rows.find((x) => x.indicator === indicator && x.breakdown === null);
    const T = total?.shown === true ? total.n! : undefined;
    const rowGroups = [...new Set(rows.map((r) => r.group ?? UNKNOWN))];
    const columnGroups = [...new Set(rows.map((r) => r.columnGroup ?? UNKNOWN))];
    const shownN = (m: IndicatorRow | undefined) => (m?.shown === true ? m.n! : undefined);
    const rowMargin = new Map(rowGroups.map((g) => [g, shownN(margin(breakdown!, g))]));
    const columnMargin = new Map(columnGroups.map((g) => [g, shownN(margin(columnBreakdown!, g))]));
    const hiddenCells = rows.filter((r) => !r.shown);
    if (hiddenCells.length === 0) continue;
    // What the hidden cells of each line add up to: a shown margin minus the line's shown cells.
    const rest = new Map<string, number>();
    const line = (kind: 'row' | 'column' | 'total', g = '') => `${kind}:${g}`;
    const rowNode = (g: string) => (rowMargin.get(g) === undefined ? '*' : g);
    const columnNode = (g: string) => (columnMargin.get(g) === undefined ? '*' : g);
    for (const [g, m] of rowMargin) if (m !== undefined) rest.set(line('row', g), m);
    for (const [g, m] of columnMargin) if (m !== undefined) rest.set(line('column', g), m);
    if (T !== undefined) {
      // The groups a breakdown hides: only their sum, the total minus the shown groups.
      rest.set(line('total'), T);
      rest.set(line('row', '*'), T - [...rowMargin.values()].reduce<number>((s, m) => s + (m ?? 0), 0));
      rest.set(line('column', '*'), T - [...columnMargin.values()].reduce<number>((s, m) => s + (m ?? 0), 0));
    }
    for (const r of rows) {
      if (!r.shown) continue;
      for (const l of [line('row', rowNode(r.group ?? UNKNOWN)), line('column', columnNode(r.columnGroup ?? UNKNOWN)), line('total')]) if (rest.has(l)) rest.set(l, rest.get(l)! - r.n!);
    }
    // One unknown per (row, column) of nodes: the cells of hidden groups of one breakdown in one
    // line are interchangeable (only their sum is bound), so each of them is pinned only if it is
    // the only hidden group of its breakdown.
    const unknowns = new Map<string, { u: string; v: string; cells: IndicatorRow[] }>();
    for (const r of hiddenCells) {
      const [u, v] = [rowNode(r.group ?? UNKNOWN), columnNode(r.columnGroup ?? UNKNOWN)];
      const k = JSON.stringify([u, v]);
      if (!unknowns.has(k)) unknowns.set(k, { u, v, cells: [] });
      unknowns.get(k)!.cells.push(r);
    }
    const vars = [...unknowns.values()];
    const cellLines = vars.map((x) => [line('row', x.u), line('column', x.v), line('total')].filter((l) => rest.has(l)));
    if (cellLines.some((ls) => ls.length === 0)) continue; // unbounded: nothing to pin
    const last = new Map<string, number>();
    cellLines.forEach((ls, i) => ls.forEach((l) => last.set(l, i)));
    const low = vars.map(() => Number.POSITIVE_INFINITY);
    const high = vars.map(() => Number.NEGATIVE_INFINITY);
    const left = new Map(rest);
    let nodes = 0;
    let gaveUp = false;
    const value = vars.map(() => 0);
    const walk = (i: number): void => {
      if (gaveUp) return;
      if (++nodes > CROSSED_NODE_LIMIT) {
        gaveUp = true;
        return;
      }
      if (i === vars.length) {
        if ([...left.values()].some((v) => v !== 0)) return;
        value.forEach((v, j) => {
          low[j] = Math.min(low[j]!, v);
          high[j] = Math.max(high[j]!, v);
        });
        return;
      }
      const ls = cellLines[i]!;
      const max = Math.min(...ls.map((l) => left.get(l)!));
      if (max < 0) return;
      const closing = ls.filter((l) => last.get(l) === i).map((l) => left.get(l)!);
      const options = closing.length > 0 ? (closing.every((v) => v === closing[0]) ? [closing[0]!] : []) : Array.from({ length: max + 1 }, (_, v) => v);
      for (const v of options) {
        if (v > max) continue;
        value[i] = v;
        for (const l of ls) left.set(l, left.get(l)! - v);
        walk(i + 1);
        for (const l of ls) left.set(l, left.get(l)! + v);
        if (gaveUp) return;
      }
    };
    walk(0);
    if (gaveUp) continue;
    const members = (node: string, margins: Map<string, number | undefined>) => (node === '*' ? [...margins.values()].filter((m) => m === undefined).length : 1);
    vars.forEach((x, j) => {
      if (low[j] !== high[j] || !(high[j]! > 0) || members(x.u, rowMargin) > 1 || members(x.v, columnMargin) > 1) return;
      const n = high[j]!;
      if (rowMargin.get(x.u) === n || columnMargin.get(x.v) === n) return; // the whole of a shown margin
      // The one cell of this unknown that anyone can be in (a single hidden group on each side).
      for (const r of x.cells) claims.set(crossedTargetKey(key(r)), n);
    });
  }
  return claims;
}
