import type { CompiledDefinition } from './definition.ts';
import { ruleFor, suppressBreakdown, suppressTable, type CellSummary, type DisclosureRule, type IndicatorTable } from './disclosure.ts';
import { crossedKey, suppressCrossing, type CrossedTable } from './suppress-crossing.ts';
import type { GroupTally, WaveTally } from './tally.ts';
import type { Breakdown } from './types.ts';

/** Which figures of a wave may be shown: see {@link suppressWave}. */
export interface WaveSuppression {
  /** Per indicator (in the order of `compiled.indicators`), whether its overall row is shown. */
  overall: boolean[];
  /** Per breakdown (in the order of the tally): see {@link BreakdownSuppression}. */
  breakdowns: BreakdownSuppression[];
  /** Per crossing (in the order of the tally): see {@link CrossingSuppression}. */
  crossings: CrossingSuppression[];
}

/** One crossing's hidden cells (keys of suppress-crossing.ts), the same in every table of it (rule 9 of disclosure.ts). */
export interface CrossingSuppression {
  hidden: Set<string>;
  /**
   * Per indicator: the hidden cells of its table (`hidden`, or every cell when its total is hidden),
   * or null when it is not crossed: it reads one of the two questions, or a question shown only
   * under a condition (rule 6 is not worked out in two dimensions, so such a table is not published).
   */
  tables: (Set<string> | null)[];
}

/** One breakdown's released groups, the same in every product (rule 7 of disclosure.ts). */
export interface BreakdownSuppression {
  /**
   * The groups hidden everywhere: in every table whose total is shown, the rates, counts and export
   * codes. For an observation protocol only the groups its table of respondents hides.
   */
  hidden: Set<string>;
  /**
   * Per indicator: the hidden groups of its table (`hidden`, or every group when its total is
   * hidden), or null when it has no table there (broken down by its own question it is 0 % or 100 %
   * per group).
   */
  tables: (Set<string> | null)[];
}

/**
 * Disclosure control of every indicator of a wave (disclosure.ts, rules 1-3, 6 and 7): the overall
 * rows together, then each breakdown's tables together, so that a filtered indicator can follow the
 * tables it depends on, and every table of a breakdown hides the same groups: the union of what each
 * table and the table of respondents hide, suppressed again until it no longer grows. k is
 * k_special for a special-category breakdown or an indicator about such data (definition.ts), else
 * k_min.
 *
 * Cost: a few {@link suppressBreakdown} per breakdown (the union grows at most g times), plus one for the overall rows.
 */
export function suppressWave(compiled: CompiledDefinition, tally: WaveTally, k: { kMin: number; kSpecial: number }): WaveSuppression {
  const { indicators, special, filters } = compiled;
  /** Positions of the indicators reading a question that `i`'s condition depends on. */
  const dependsOn = (i: number, present: (j: number) => boolean): number[] => {
    const on = filters.get(indicators[i]!.id)!;
    return indicators.flatMap((indicator, j) => (j !== i && present(j) && indicator.questions.some((q) => on.has(q)) ? [j] : []));
  };
  const family = families(indicators.map((indicator) => filters.get(indicator.id)));
  const filterOf = (i: number, on: number[], reach: boolean) => ({ on, family: family[i]!, reach });

  const overallTables = indicators.map((indicator, i): IndicatorTable => ({
    total: tally.overall.cells[i]!,
    cells: new Map(),
    rule: ruleFor(special.has(indicator.id) ? k.kSpecial : k.kMin),
    filter: filters.has(indicator.id) ? filterOf(i, dependsOn(i, () => true), true) : undefined,
  }));
  const overall = suppressBreakdown(overallTables, { total: tally.overall.respondents, groups: new Map() }).map((r) => !r.totalHidden);

  const breakdowns = tally.breakdowns.map(({ breakdown, groups }): BreakdownSuppression => {
    const has = indicators.map((indicator) => !(breakdown.source === 'question' && indicator.questions.includes(breakdown.name)));
    const positions = has.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
    const at = new Map(positions.map((i, p) => [i, p]));
    const list = positions.map((i): IndicatorTable => {
      const on = filters.get(indicators[i]!.id);
      return {
        total: tally.overall.cells[i]!,
        cells: new Map([...groups].map(([g, group]) => [g, group.cells[i]!])),
        rule: ruleFor(breakdown.special || special.has(indicators[i]!.id) ? k.kSpecial : k.kMin),
        filter:
          on === undefined
            ? undefined
            : filterOf(i, dependsOn(i, (j) => has[j]!).map((j) => at.get(j)!), !decidedBy(breakdown, on)),
      };
    });
    const respondents = { total: tally.overall.respondents, groups: new Map([...groups].map(([g, group]) => [g, group.respondents])) };
    // Who answered at all, per group: a count (never one answer), published by the export's rows and the response counts.
    const count = (n: number): CellSummary => ({ n, low: 0, high: 1 });
    const counts = new Map([...respondents.groups].map(([g, n]) => [g, count(n)]));
    const countRule = ruleFor(breakdown.special ? k.kSpecial : k.kMin);

    // An observation protocol describes procedures, not people (decision 011): each table keeps its own hidden groups.
    if (compiled.observation) {
      const results = suppressBreakdown(list, respondents);
      const hidden = suppressTable(count(respondents.total), counts, countRule).hidden;
      return { hidden, tables: has.map((h, i) => (h ? results[at.get(i)!]!.hidden : null)) };
    }
    let hidden = new Set<string>();
    for (;;) {
      const results = suppressBreakdown(list, respondents, hidden);
      const union = new Set([...hidden, ...suppressTable(count(respondents.total), counts, countRule, { hidden }).hidden]);
      for (const r of results) if (!r.totalHidden) for (const g of r.hidden) union.add(g);
      if (union.size === hidden.size) {
        const all = new Set(groups.keys());
        return { hidden, tables: has.map((h, i) => (h ? (results[at.get(i)!]!.totalHidden ? all : hidden) : null)) };
      }
      hidden = union;
    }
  });
  return { overall, breakdowns, crossings: tally.crossings.map((c) => suppressCrossingOf(compiled, tally, c, overall, breakdowns, k)) };
}

/**
 * Rule 9 for one crossing of a closed questionnaire: its cells per indicator, with the released
 * groups of both breakdowns (rule 7) as the margins' hidden groups, and the table of respondents.
 */
function suppressCrossingOf(
  compiled: CompiledDefinition,
  tally: WaveTally,
  { crossing, cells }: WaveTally['crossings'][number],
  overall: readonly boolean[],
  breakdowns: readonly BreakdownSuppression[],
  k: { kMin: number; kSpecial: number },
): CrossingSuppression {
  const at = (b: Breakdown) => tally.breakdowns.findIndex(({ breakdown }) => breakdown.source === 'question' && breakdown.name === b.name);
  const [rowsAt, columnsAt] = [at(crossing.rows), at(crossing.columns)];
  const all = new Set([...cells].flatMap(([r, line]) => [...line.keys()].map((c) => crossedKey(r, c))));
  const rows = tally.breakdowns[rowsAt]!;
  const columns = tally.breakdowns[columnsAt]!;
  const [rowRelease, columnRelease] = [breakdowns[rowsAt]!, breakdowns[columnsAt]!];
  const { indicators, filters, special } = compiled;
  const crossed = indicators.map(
    (indicator, i) => !filters.has(indicator.id) && rowRelease.tables[i] !== null && columnRelease.tables[i] !== null && !indicator.questions.includes(crossing.rows.name) && !indicator.questions.includes(crossing.columns.name),
  );
  // Shown whole: its overall row and both one-way tables (a table whose total is hidden hides every group).
  const shown = crossed.map((c, i) => c && overall[i]! && rowRelease.tables[i]!.size === rowRelease.hidden.size && columnRelease.tables[i]!.size === columnRelease.hidden.size);
  const count = (n: number): CellSummary => ({ n, low: 0, high: 1 });
  const margins = (groups: ReadonlyMap<string, GroupTally>, of: (g: GroupTally) => CellSummary) => new Map([...groups].map(([g, group]) => [g, of(group)]));
  const table = (of: (g: GroupTally) => CellSummary, rule: DisclosureRule): CrossedTable => ({
    total: of(tally.overall),
    rows: margins(rows.groups, of),
    columns: margins(columns.groups, of),
    cells: new Map([...cells].map(([r, line]) => [r, margins(line, of)])),
    rule,
  });
  const tables = [
    table((g) => count(g.respondents), ruleFor(k.kMin)),
    ...indicators.flatMap((indicator, i) => (shown[i] ? [table((g) => g.cells[i]!, ruleFor(special.has(indicator.id) ? k.kSpecial : k.kMin))] : [])),
  ];
  const hidden = suppressCrossing(tables, rowRelease.hidden, columnRelease.hidden);
  return { hidden, tables: crossed.map((c, i) => (!c ? null : shown[i] ? hidden : all)) };
}

/**
 * Whether the breakdown's question is the only one a condition reads: then who was shown the filtered
 * question follows from the group (everyone in "stap: gesprek" saw the interview questions), so its
 * reach there says nothing new, as an indicator broken down by its own question.
 */
function decidedBy(breakdown: Breakdown, on: ReadonlySet<string>): boolean {
  return breakdown.source === 'question' && on.size === 1 && on.has(breakdown.name);
}

/**
 * Filtered indicators whose conditions depend on the same questions get the same family number
 * (their n count respondents by the same answers); -1 for an indicator without a condition.
 */
function families(conditions: readonly (ReadonlySet<string> | undefined)[]): number[] {
  const keys = conditions.map((c) => (c === undefined ? undefined : JSON.stringify([...c].sort())));
  return keys.map((key) => (key === undefined ? -1 : keys.indexOf(key)));
}
