import { breakdownRelease, type ReleasePlan } from '../../analysis/indicators/release-plan.ts';
import { groupKey, UNKNOWN } from '../../analysis/indicators/tally.ts';
import type { Cell, Recoding } from './coarsen.ts';
import { MERGED, type Column } from './columns.ts';

/**
 * Codes a wave's export rows by its release plan (decision 011), before coarsening to k:
 * - a background column (batch attribute, declared breakdown) names only groups the published
 *   figures show whole: a group the plan hides is merged into `_overig`, whose members are then
 *   hidden groups only (or, after coarsening, also groups shown elsewhere, whose rows their own
 *   figures give away anyway); "zeg ik liever niet" and no answer are one blank code, the report's
 *   "unknown" group, so the export cannot split that group in two;
 * - every column of a question read by an indicator whose overall figure is hidden is emptied:
 *   its rows would give that figure.
 * Changes `rows` and the columns' value lists in place. Returns the merges into `_overig` (for the
 * codebook's recodings) and the names of the emptied columns. Cost: O(rows × columns).
 */
export function codeByReleasePlan(plan: ReleasePlan, columns: Column[], rows: Cell[][]): { steps: Recoding[]; withheld: string[] } {
  const withheldQuestions = new Set(plan.compiled.indicators.flatMap((indicator, i) => (plan.suppression.overall[i] ? [] : indicator.questions)));
  const steps: Recoding[] = [];
  const withheld: string[] = [];
  columns.forEach((c, j) => {
    if (c.question !== null && withheldQuestions.has(c.question)) {
      for (const r of rows) r[j] = '';
      c.values = [];
      withheld.push(c.name);
      return;
    }
    if (!c.background) return;
    const release = c.kind === 'attribute' ? breakdownRelease(plan, 'invitation', String(c.item)) : breakdownRelease(plan, 'question', c.question!);
    const merged = new Set<string>();
    for (const r of rows) {
      const key = groupKey(r[j]);
      if (release === undefined || release.hidden.has(key)) {
        merged.add(String(r[j]));
        r[j] = MERGED;
      } else if (key === UNKNOWN) r[j] = '';
    }
    for (const from of [...merged].sort()) steps.push({ column: j, from });
  });
  return { steps, withheld };
}
