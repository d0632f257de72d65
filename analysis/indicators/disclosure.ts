/**
 * Statistical disclosure control for the indicator tables, in one place (see the reporting section
 * of the privacy guide). Every figure that leaves analysis/ passes through here first.
 *
 * A table is one indicator broken down by one attribute: a published total (the whole wave) and one
 * cell per group, the groups partitioning the total (respondents who did not say, or whose batch
 * lacks the attribute, form a group of their own, so that no remainder is left for subtraction).
 * From what is published of a cell (n, value, interval) anyone can work out its count, sum and sum
 * of squares, so subtracting the shown cells from the total yields the same for the hidden cells
 * taken together. The rules:
 *
 * 1. Primary: a cell is hidden when fewer than `k` respondents contribute (k_min of the wave, or
 *    k_special for a breakdown by special-category data), or when everyone in it gave the same
 *    answer (every value equal: 0 % or 100 % for a proportion, sd 0 for a mean) and it holds fewer
 *    than `smallGroup` respondents: "everyone in this small group answered X" discloses each of them.
 *    Unless the shown total is all that one answer: then it says so of everyone, every group
 *    included, and neither this rule nor the one-answer part of rule 3 can hide anything more (a
 *    reason nobody in the wave named, rule 6b's exception for a table's own figures).
 * 2. The total is a cell too: when it fails rule 1 the whole table is hidden.
 * 3. Secondary: while the hidden cells are a single cell, or their sum (what subtraction yields) is
 *    non-empty and either below k or all one answer (at any size: it would prove that the hidden
 *    small groups answered the same), the smallest shown cell is hidden as well.
 *    With counts only (no one-answer cells) this is exactly suppressCounts (analysis/disclosure).
 * 4. A hidden cell says only {@link HIDDEN_REASON}; an empty group looks the same.
 * 5. Across waves: a change is published only between two cells shown in their own wave's tables
 *    (done by the caller), so a change never exposes a hidden value.
 * 6. Filtered questions ({@link suppressBreakdown}). A question shown only under a condition (a
 *    `visibleIf` on it, its panel or its page: "did you report it?" after "experienced
 *    discrimination") has in each group an n that counts who met the condition: an answer to other
 *    questions, which rules 1-3 above take for harmless (they assume every n is known). With the
 *    group's size (any other indicator's n) it is a share. So the table of such an indicator, and
 *    its overall row as a table without groups, also obeys (observation protocols excepted, whose
 *    conditions describe procedures, not people: definition.ts, decision 008):
 *    a. every group (or the total) hidden in the table of an indicator reading a question the
 *       condition depends on is hidden here too;
 *    b. its reach, n out of the group's respondents, is a proportion's table over the same groups
 *       that passes rules 1-3 itself: a group smaller than `smallGroup` in which everyone, or
 *       nobody, answered it is hidden, and so on until the hidden groups together are not below k
 *       nor everyone or nobody. Unless the total already says it of everyone (nobody, or everyone
 *       in a wave of at least `smallGroup`): then hiding cannot help. A breakdown by the only
 *       question the condition reads skips (b): there the group decides who saw the question;
 *    c. indicators whose conditions depend on the same questions publish the same counts, so they
 *       hide one set of groups that passes (a) and (b) for each of them (each may hide more for its
 *       own answers).
 *    Why that is enough: what the tables publish about the counts c of those who met a condition
 *    is c of each group some table shows, and, by subtraction, the sum of c over the groups a
 *    table hides. By (a) and (c) every table publishing c hides at least the groups that (a) and
 *    (b) require, so the sums left are over those groups, which (b) keeps at k or more respondents,
 *    not all one answer, and never one group alone; where an indicator on the condition exists, its
 *    own hidden groups are among them, so its hidden cells stay as uncertain as rules 1-3 left them.
 *    Each part is needed (disclosure.test.ts tries without): without (b) a small group all of whom
 *    met a condition no indicator reads ("{beperking} = 'ja'") is shown; without (a) the n of a
 *    group that only covers a hidden one gives that one's count from the other table's total;
 *    without (c) a second filtered question shows the group the first hides for its answers.
 *    An indicator filtered on a special-category question takes k_special (definition.ts).
 *    docs/decisions/008-filtered-questions.md has the alternatives and what is left.
 * 7. A breakdown releases its groups whole (release-plan.ts, decision 011): a group hidden in one
 *    table of the breakdown, or in its table of respondents (who answered at all, the count the
 *    export's rows and the response counts give away), is hidden in every table of it, and in the
 *    response rates, the response counts and the export's codes too. The figures of a shown group
 *    (its n and value per indicator) pick out its rows in a row-level export by subset matching,
 *    and those rows give every other cell of the group; the n of a hidden cell must not be a shown
 *    numerator of a sibling either. Rules 1-3 then run again with those groups hidden, until the
 *    breakdown's hidden set is the same everywhere. Tables whose total is hidden stay out of it.
 *    Observation protocols are exempt, as from rule 6 (decisions 008 and 011): their cells describe
 *    the City's procedures as a trained tester saw them, and their structural zeros (a service-point
 *    visit never reads a vacancy) would hide every group of every table.
 * 8. While a wave is open nothing but its count (from k) is published: its overall figures read
 *    before and after one submission are that submission.
 * 9. Crossings (suppress-crossing.ts, decision 020). A survey may cross two question breakdowns
 *    (directorate × scale band); a cell's figures are published beside both one-way tables, which
 *    are its row and column margins and are decided first (rules 1-7, unchanged by the crossing).
 *    Every cell of a group its breakdown hides is hidden; every shown row and column passes rules
 *    1-3 with its margin as total; and no hidden cell's n may be fixed by all margins and the total
 *    together (the feasible values of a cell, a transportation problem, checked exactly); the
 *    crossing's cells are hidden alike in every table of it and in its table of respondents (as
 *    rule 7). A change is published only between cells shown in both waves (rule 5). Indicators on
 *    a filtered question are not crossed (rule 6 is not worked out in two dimensions).
 */
export const HIDDEN_REASON = 'te weinig antwoorden';

/**
 * Every figure of a row as published when its cell is hidden (or empty): one definition, so a
 * suppressed cell of any table looks exactly like an empty one and says only why.
 */
export const HIDDEN_FIGURES = {
  shown: false,
  reason: HIDDEN_REASON,
  n: null,
  value: null,
  lower: null,
  upper: null,
  populationSize: null,
  alpha: null,
  previousValue: null,
  change: null,
  test: null,
  pValue: null,
  significant: null,
  target: null,
  rank: null,
} as const;

/** What disclosure control needs of a cell: its size and the range of the values in it. */
export interface CellSummary {
  n: number;
  /** Smallest and largest value contributed (0/1 for a proportion); ±Infinity when empty. */
  low: number;
  high: number;
}

export interface DisclosureRule {
  /** Smallest number of respondents behind a shown figure. */
  k: number;
  /** A group smaller than this in which everyone gave the same answer is hidden. */
  smallGroup: number;
}

/** The default rule for a threshold k: one-answer groups count as small below 2k. */
export function ruleFor(k: number): DisclosureRule {
  return { k, smallGroup: 2 * k };
}

const uniform = (c: CellSummary) => c.n > 0 && c.low === c.high;

/** Rule 1: whether a cell may not be shown on its own. */
export function isDisclosive(c: CellSummary, rule: DisclosureRule): boolean {
  return c.n < rule.k || (uniform(c) && c.n < rule.smallGroup);
}

function merge(cells: readonly CellSummary[]): CellSummary {
  let n = 0;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    n += c.n;
    if (c.n > 0) {
      low = Math.min(low, c.low);
      high = Math.max(high, c.high);
    }
  }
  return { n, low, high };
}

/** What else binds a table's suppression: see {@link suppressTable}. */
export interface TableLinks {
  /** Tables over the same groups whose cells must pass rules 1-3 as well (rule 6b: who a filtered question reached). */
  also?: readonly { total: CellSummary; cells: ReadonlyMap<string, CellSummary> }[];
  /** Groups hidden whatever their cells (rule 6a), and whether the total is. */
  hidden?: ReadonlySet<string>;
  totalHidden?: boolean;
}

/**
 * Primary and secondary suppression of one table (rules 1-3). `cells` maps group keys to cells that
 * partition `total`. Returns whether the total is hidden and which groups are. With `links`, the
 * groups in `links.hidden` start hidden, and the tables in `links.also` take part in rules 1-3: a
 * group disclosive in any of them is hidden, and secondary suppression goes on while subtraction
 * recovers anything from any of them.
 *
 * Cost: O(g² ) for g groups in the worst case (g is a handful of categories). Throws when k < 1.
 */
export function suppressTable(
  total: CellSummary,
  cells: ReadonlyMap<string, CellSummary>,
  rule: DisclosureRule,
  links: TableLinks = {},
): { totalHidden: boolean; hidden: Set<string> } {
  if (!(rule.k >= 1)) throw new RangeError('suppressTable requires k >= 1');
  const tables = [{ total, cells }, ...(links.also ?? [])];
  const keys = [...cells.keys()];
  if (links.totalHidden === true || tables.some((t) => isDisclosive(t.total, rule))) return { totalHidden: true, hidden: new Set(keys) };
  // Smallest first, ties by name: the order suppressCounts uses.
  const order = keys.sort((a, b) => cells.get(a)!.n - cells.get(b)!.n || a.localeCompare(b));
  // A shown total in which everyone gave the same answer already says it of every group (rule 1).
  const disclosive = (t: (typeof tables)[number], c: CellSummary) => (uniform(t.total) ? c.n < rule.k : isDisclosive(c, rule));
  const hidden = new Set(order.filter((g) => links.hidden?.has(g) === true || tables.some((t) => disclosive(t, t.cells.get(g)!))));
  const recoverable = (t: (typeof tables)[number]) => {
    const sum = merge([...hidden].map((g) => t.cells.get(g)!));
    return sum.n > 0 && (sum.n < rule.k || (uniform(sum) && !uniform(t.total)));
  };
  while (hidden.size > 0 && hidden.size < order.length && (hidden.size === 1 || tables.some(recoverable))) {
    hidden.add(order.find((g) => !hidden.has(g))!);
  }
  return { totalHidden: false, hidden };
}

/** One indicator's table in one breakdown, for {@link suppressBreakdown}. */
export interface IndicatorTable {
  total: CellSummary;
  cells: ReadonlyMap<string, CellSummary>;
  rule: DisclosureRule;
  /** For an indicator on a question shown only under a condition (rule 6); else undefined. */
  filter?: {
    /** Positions, in the same list, of the tables of indicators reading a question the condition depends on. */
    on: readonly number[];
    /** Filtered tables whose conditions depend on the same questions (so on the same tables) have the same family. */
    family: number;
    /** Whether its n is checked against the groups' respondents (6b); false when the breakdown's own question alone decides the condition. */
    reach: boolean;
  };
}

/** A breakdown's respondents: all of them, and per group (the groups of every table in it). */
export interface Respondents {
  total: number;
  groups: ReadonlyMap<string, number>;
}

type Result = { totalHidden: boolean; hidden: Set<string> };

/**
 * The reach of a filtered question in a group as a proportion's cell: of `respondents`, `answered`
 * were shown it and answered. Rules 1-3 applied to it are rule 6b.
 */
export function reachCell(respondents: number, answered: number): CellSummary {
  if (respondents === 0) return { n: 0, low: Number.POSITIVE_INFINITY, high: Number.NEGATIVE_INFINITY };
  return { n: respondents, low: answered < respondents ? 0 : 1, high: answered > 0 ? 1 : 0 };
}

/**
 * Rules 1-3 and 6 for every indicator's table of one breakdown (or, with no groups, for the overall
 * row of every indicator). A filtered table also passes rules 1-3 on its reach (6b), hides what a
 * table it depends on hides (6a), and hides what its family must hide for the reach of any member
 * (6c). Hiding a group can make more hiding necessary elsewhere, so this repeats until nothing
 * changes; hidden sets only grow, so it ends. Groups in `forced` start hidden in every table (rule 7:
 * the groups a breakdown releases are the same in every table). Returns one result per table, in order.
 *
 * Cost: O(t² g³) for t tables of g groups at worst; in practice one or two rounds over t tables.
 */
export function suppressBreakdown(tables: readonly IndicatorTable[], respondents: Respondents, forced: ReadonlySet<string> = new Set()): Result[] {
  const reach = tables.map((t) => {
    if (t.filter?.reach !== true) return undefined;
    const cells = new Map([...t.cells].map(([g, c]) => [g, reachCell(respondents.groups.get(g) ?? 0, c.n)]));
    const total = reachCell(respondents.total, t.total.n);
    // Everyone, or nobody, in a wave large enough to show it: the total says it of every group, and no hiding can help.
    return uniform(total) && !isDisclosive(total, t.rule) ? undefined : { total, cells };
  });
  const also = (i: number) => (reach[i] === undefined ? [] : [reach[i]]);
  const results: Result[] = tables.map((t, i) => suppressTable(t.total, t.cells, t.rule, { also: also(i), hidden: forced }));
  const families = new Map<number, number[]>();
  tables.forEach((t, i) => t.filter !== undefined && families.set(t.filter.family, [...(families.get(t.filter.family) ?? []), i]));
  const shared = new Map<number, Set<string>>();

  for (let changed = true; changed; ) {
    changed = false;
    for (const [family, members] of families) {
      // 6c: one set of groups that every member hides and that passes rules 1-3 for every member's reach.
      const hidden = new Set([...(shared.get(family) ?? []), ...members.flatMap((i) => tables[i]!.filter!.on.flatMap((j) => [...results[j]!.hidden]))]);
      for (let grew = true; grew; ) {
        const size = hidden.size;
        for (const i of members) {
          const r = reach[i];
          if (r === undefined || isDisclosive(r.total, tables[i]!.rule)) continue;
          for (const g of suppressTable(r.total, r.cells, tables[i]!.rule, { hidden }).hidden) hidden.add(g);
        }
        grew = hidden.size > size;
      }
      shared.set(family, hidden);
      for (const i of members) {
        const t = tables[i]!;
        const before = results[i]!;
        const on = t.filter!.on.map((j) => results[j]!);
        const after = suppressTable(t.total, t.cells, t.rule, {
          also: also(i),
          hidden: new Set([...before.hidden, ...hidden]),
          totalHidden: before.totalHidden || on.some((r) => r.totalHidden),
        });
        if (after.totalHidden !== before.totalHidden || after.hidden.size !== before.hidden.size) {
          results[i] = after;
          changed = true;
        }
      }
    }
  }
  return results;
}
