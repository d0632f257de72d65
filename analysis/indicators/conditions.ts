import { compileCondition } from '../../survey-format/validation/condition.ts';
import { readSurveyTree, type Gate } from '../../survey-format/validation/survey-tree.ts';

/**
 * The questions whose answers decide whether each question is shown: every question read by a
 * `visibleIf` or `enableIf` on the question itself, its panels or its page, and, since those questions may be
 * shown only under a condition too, the questions that decide theirs (transitively). A question
 * shown to everyone is absent. "Did you report it?", shown when `{disc_ervaren} = 'ja' or
 * {ongewenst_ervaren} = 'ja'`, maps to both of those questions.
 *
 * Why analysis needs it: the number of respondents who answered a filtered question is a count of
 * those who met its condition (disclosure.ts, rule 6).
 *
 * Reuses the server's survey walker and SurveyJS's expression parser read-only; a `{name-comment}`
 * variable counts as its question. Cost: one parse per condition, O(q²) for q questions at worst.
 * Throws what `readSurveyTree` and `compileCondition` throw for a survey the server would refuse.
 *
 * @example conditionsOf(inclusie.survey).get('gemeld') // Set { 'disc_ervaren', 'ongewenst_ervaren' }
 */
export function conditionsOf(survey: unknown): Map<string, Set<string>> {
  const tree = readSurveyTree(survey);
  const known = new Set(tree.questions.flatMap((q) => [q.name, `${q.name}-comment`]));
  // enableIf filters as visibleIf does: a disabled question cannot be answered either.
  const reads = (g: Gate): string[] =>
    (['visibleIf', 'enableIf'] as const).flatMap((p) =>
      g[p] === undefined ? [] : compileCondition(g[p], p, g.reader, known).variables.map((v) => v.replace(/-comment$/, '')),
    );
  // Containers come parents first, so each can add its parent's conditions.
  const containers: string[][] = [];
  for (const c of tree.containers) containers.push([...reads(c), ...(containers[c.parent] ?? [])]);
  const direct = new Map(tree.questions.map((q) => [q.name, new Set([...reads(q), ...(containers[q.parent] ?? [])])]));

  const result = new Map<string, Set<string>>();
  for (const [name, first] of direct) {
    if (first.size === 0) continue;
    const all = new Set<string>();
    const todo = [...first];
    for (let q = todo.pop(); q !== undefined; q = todo.pop()) {
      if (all.has(q)) continue;
      all.add(q);
      todo.push(...(direct.get(q) ?? []));
    }
    result.set(name, all);
  }
  return result;
}
