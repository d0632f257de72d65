import { outlineSurvey, type OutlineQuestion } from '../../survey-format/checker/survey-outline.ts';
import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { periodOf, REGISTER_QUESTIONS, type RegisterUnit } from '../../survey-format/register/questions.ts';
import { referenceProblem } from '../../survey-format/register/reference.ts';
import { isPlainObject } from '../../survey-format/validation/survey-json.ts';
import { compileSurvey, type CompiledSurvey } from '../../survey-format/validation/index.ts';
import { choiceOptions } from '../assignments/targets.ts';
import { dutchMessage } from './dutch-messages.ts';

/** A checked register record: what is stored (server/db/procedure-records.ts). */
export interface RegisterRecord {
  /** What makes the record unique in its register and period: the reference, or the directorate for a directorate register. */
  key: string;
  reference: string;
  directorate: string;
  period: string;
  answers: Record<string, unknown>;
}

/** One field at fault: the column (question name) and why, in Dutch and English. */
export interface RecordProblem {
  column: string;
  nl: string;
  en: string;
}

export type RecordCheck = { ok: true; record: RegisterRecord } | { ok: false; problems: RecordProblem[] };

/**
 * A register's questions compiled once: checks a record's answers (from the workspace form or one
 * row of an import) with the survey's own answer validator, plus the reference rule, and says what
 * the record is keyed by. Everything a register may ask can be written in one CSV cell.
 */
export class RegisterForm {
  readonly id: string;
  readonly version: string;
  readonly unit: RegisterUnit;
  /** The question names in survey order: the columns of an import file. */
  readonly columns: readonly string[];
  private readonly questions: Map<string, OutlineQuestion>;
  private readonly validator: CompiledSurvey;
  /** Per choice question: its values by their Dutch text in lower case (`stadsdeel noord` gives `noord`), as an HR export may name them. */
  private readonly byDutchText: Map<string, Map<string, string>>;

  constructor(definition: TSurveyDefinition) {
    if (definition.kind !== 'register') throw new Error(`${definition.id} is not a register`);
    this.id = definition.id;
    this.version = definition.version;
    this.unit = definition.unit ?? 'procedure';
    this.validator = compileSurvey(definition.survey);
    this.columns = this.validator.questionNames;
    this.questions = outlineSurvey(definition.survey).questions;
    // A value wins over another choice's text that reads the same.
    const lookup = (options: { value: string; text: { default: string } }[]) => new Map([...options.map((o) => [o.text.default.toLowerCase(), o.value] as const), ...options.map((o) => [o.value, o.value] as const)]);
    this.byDutchText = new Map(this.columns.map((c) => [c, lookup(choiceOptions(definition, c) ?? [])]));
  }

  /** Checks a record's answers; every problem at once. */
  check(answers: unknown): RecordCheck {
    const result = this.validator.validate(answers);
    const problems: RecordProblem[] = result.ok ? [] : result.errors.map((e) => ({ column: e.field, nl: dutchMessage(e.message), en: e.message }));
    const given = isPlainObject(answers) ? answers[REGISTER_QUESTIONS.reference] : undefined;
    const reference = typeof given === 'string' ? given.trim() : undefined;
    if (reference !== undefined && reference !== '') {
      const why = referenceProblem(reference);
      if (why !== undefined) problems.push({ column: REGISTER_QUESTIONS.reference, ...why });
    }
    if (!result.ok || problems.length > 0) return { ok: false, problems };
    const a = result.answers;
    const directorate = String(a[REGISTER_QUESTIONS.directorate]);
    const period = periodOf(Number(a[REGISTER_QUESTIONS.year]), a[REGISTER_QUESTIONS.half] as 'h1' | 'h2');
    return { ok: true, record: { key: this.unit === 'directorate' ? directorate : String(reference), reference: String(reference), directorate, period, answers: a } };
  }

  /**
   * One CSV cell as the answer its question takes: empty for no answer, a number for a number
   * question, `ja`/`nee` for a yes/no question, a choice's value for its Dutch text (the label of
   * the organisation list, e.g. `Stadsdeel Noord` for `noord`), the text otherwise. Undefined with a problem when
   * the cell cannot be that answer.
   */
  cellValue(column: string, cell: string): { value: unknown } | { problem: RecordProblem } {
    const text = cell.trim();
    if (text === '') return { value: undefined };
    const q = this.questions.get(column);
    if (q?.type === 'text' && q.json.inputType === 'number') {
      const n = Number(text.replace(',', '.'));
      return Number.isFinite(n) && /^-?[0-9]+([.,][0-9]+)?$/.test(text) ? { value: n } : { problem: { column, nl: `"${text}" is geen getal`, en: `"${text}" is not a number` } };
    }
    if (q?.type === 'boolean') {
      if (/^(ja|true|1)$/i.test(text)) return { value: true };
      if (/^(nee|false|0)$/i.test(text)) return { value: false };
      return { problem: { column, nl: `"${text}" moet ja of nee zijn`, en: `"${text}" must be ja or nee` } };
    }
    return { value: this.byDutchText.get(column)?.get(text.toLowerCase()) ?? text };
  }
}
