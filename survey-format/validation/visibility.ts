import { compileCondition, type Condition } from './condition.ts';
import type { Gate, SurveyTree } from './survey-tree.ts';

interface CompiledGate {
  parent: number;
  visible: boolean;
  visibleIf: Condition | undefined;
  readOnly: boolean;
  enableIf: Condition | undefined;
}

/** Which questions are shown, and the answers conditions read (hidden ones dropped), for requiredIf and enableIf. */
export interface ResolvedVisibility {
  visible: boolean[];
  values: Record<string, unknown>;
}

/**
 * The `visible`/`visibleIf` and `readOnly`/`enableIf` of pages, panels and questions, with every
 * expression compiled once. Question `i` here is `tree.questions[i]`.
 */
export class Visibility {
  private readonly containers: CompiledGate[];
  private readonly questions: CompiledGate[];
  private readonly names: string[];
  private readonly commentKeys: string[];
  // SurveyJS looks names up case-insensitively by scanning every key of the values, so conditions
  // get only the answers some condition reads: the rest cannot change an outcome.
  private readonly readAnswers: number[];
  private readonly readComments: number[];
  private readonly readQuestions: number[];

  /** `moreConditions` are the other conditions (requiredIf) that will run on `resolve`'s values. */
  constructor(tree: SurveyTree, knownKeys: ReadonlySet<string>, moreConditions: readonly Condition[]) {
    const gate = (g: Gate): CompiledGate => ({
      parent: g.parent,
      visible: g.visible,
      visibleIf: g.visibleIf === undefined ? undefined : compileCondition(g.visibleIf, 'visibleIf', g.reader, knownKeys),
      readOnly: g.readOnly,
      enableIf: g.enableIf === undefined ? undefined : compileCondition(g.enableIf, 'enableIf', g.reader, knownKeys),
    });
    this.containers = tree.containers.map(gate);
    this.questions = tree.questions.map(gate);
    this.names = tree.questions.map((q) => q.name);
    this.commentKeys = this.names.map((n) => `${n}-Comment`);
    const read = new Set(
      [...this.containers, ...this.questions]
        .flatMap((g) => [g.visibleIf, g.enableIf])
        .concat(moreConditions)
        .flatMap((c) => c?.variables ?? []),
    );
    this.readAnswers = this.names.flatMap((n, i) => (read.has(n) ? [i] : []));
    this.readComments = this.names.flatMap((n, i) => (read.has(`${n}-comment`) ? [i] : []));
    this.readQuestions = [...new Set([...this.readAnswers, ...this.readComments])];
  }

  /**
   * Visibility for the submitted non-empty `answers` (and `comments`), indexed by question.
   * Conditions first see every answer; answers of hidden questions are then dropped and the
   * conditions run again, until the visible set no longer changes, so a hidden question's stale
   * answer cannot keep another question visible. If conditions keep flipping (only possible with
   * conditions like "{a} empty" in a cycle), a question that was hidden once stays hidden after
   * as many rounds as there are questions, which forces an end.
   */
  resolve(answers: readonly unknown[], comments: readonly unknown[]): ResolvedVisibility {
    const n = answers.length;
    const answered = Array.from({ length: n }, (_, i) => answers[i] !== undefined || comments[i] !== undefined);
    let included = answered;
    let values = this.valuesOf(included, answers, comments);
    let visible = this.visibleWith(values);
    for (let round = 1; ; round++) {
      const next = answered.map((a, i) => a && visible[i] === true);
      // Dropping answers no condition reads leaves the values, and so the visibility, as they are.
      const readChanged = this.readQuestions.some((i) => next[i] !== included[i]);
      if (!readChanged) return { visible, values };
      included = next;
      values = this.valuesOf(included, answers, comments);
      const shown = this.visibleWith(values);
      visible = round > n ? shown.map((v, i) => v && visible[i] === true) : shown;
    }
  }

  /** Whether visible question `index` can be edited: no read-only or disabled page, panel or question around it. */
  isEnabled(index: number, values: Record<string, unknown>): boolean {
    let gate: CompiledGate | undefined = this.questions[index];
    while (gate !== undefined) {
      if (gate.readOnly || (gate.enableIf !== undefined && !gate.enableIf.run(values))) return false;
      gate = this.containers[gate.parent];
    }
    return true;
  }

  private visibleWith(values: Record<string, unknown>): boolean[] {
    const shown: boolean[] = [];
    const isShown = (g: CompiledGate): boolean =>
      (g.parent < 0 || shown[g.parent] === true) && g.visible && (g.visibleIf === undefined || g.visibleIf.run(values));
    for (const c of this.containers) shown.push(isShown(c));
    return this.questions.map(isShown);
  }

  private valuesOf(included: readonly boolean[], answers: readonly unknown[], comments: readonly unknown[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const i of this.readAnswers) {
      if (included[i] && answers[i] !== undefined) values[this.names[i] as string] = answers[i];
    }
    for (const i of this.readComments) {
      if (included[i] && comments[i] !== undefined) values[this.commentKeys[i] as string] = comments[i];
    }
    return values;
  }
}
