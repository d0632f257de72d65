import { compileCondition, type Condition } from './condition.ts';
import type { Gate, SurveyTree } from './survey-tree.ts';

interface CompiledGate {
  parent: number;
  visible: boolean;
  visibleIf: Condition | undefined;
  readOnly: boolean;
  enableIf: Condition | undefined;
}

/** Which questions are shown, and the answer values that conditions see once hidden answers are dropped. */
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

  constructor(tree: SurveyTree, knownKeys: ReadonlySet<string>) {
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
      if (included.every((inc, i) => inc === (answered[i] === true && visible[i] === true))) return { visible, values };
      included = answered.map((a, i) => a && visible[i] === true);
      values = this.valuesOf(included, answers, comments);
      const next = this.visibleWith(values);
      visible = round > n ? next.map((v, i) => v && visible[i] === true) : next;
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
    for (let i = 0; i < included.length; i++) {
      if (!included[i]) continue;
      if (answers[i] !== undefined) values[this.names[i] as string] = answers[i];
      if (comments[i] !== undefined) values[this.commentKeys[i] as string] = comments[i];
    }
    return values;
  }
}
