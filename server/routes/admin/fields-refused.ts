import { fieldProblem, Problem } from '../../errors.ts';
import type { ProblemType } from '../../problem-catalog.ts';

/**
 * 422 for a form with fields at fault (a register record, a target's baseline): the detail in
 * Dutch, each field named with its Dutch message and the English beside it; nothing was stored.
 */
export function fieldsRefused(slug: ProblemType, problems: readonly { field: string; message: string; en: string }[]): Problem {
  const count = `${problems.length} ${problems.length === 1 ? 'veld klopt' : 'velden kloppen'} niet`;
  return new Problem(422, slug, `${count}. Er is niets opgeslagen.`, problems.map((p) => fieldProblem(p.field, 'bilingual', { nl: p.message, en: p.en })));
}
