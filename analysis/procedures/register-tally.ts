import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { choiceValues } from '../../survey-format/checker/question-values.ts';
import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { NOT_APPLICABLE, REGISTER_QUESTIONS } from '../../survey-format/register/questions.ts';
import { addToCell, emptyCell, type Cell } from '../indicators/cell.ts';
import type { ProcedureRecord } from './procedure-source.ts';

/** A register's compliance indicator: the share of procedures whose answer to `question` is among `values`. */
export interface RegisterIndicator {
  id: string;
  title: string | null;
  question: string;
  /** Whether an answer to `question` means the agreement succeeded for that procedure. */
  succeeded(answer: unknown): boolean;
}

/** A breakdown of a register: the directorate first, then the register's own (scale band, internal/external). */
export interface RegisterBreakdown {
  name: string;
  /** The question's choices, in their order: every designed group gets a row, empty or not. */
  groups: readonly string[];
}

/**
 * One group's procedures for one indicator: `cell` holds those with an answer (1 succeeded, 0 not),
 * `applicable` every record the agreement applies to (all but "nvt"), answered or not yet: the
 * number of procedures the share is of, for the finite-population correction.
 */
export interface ProcedureCell {
  cell: Cell;
  applicable: number;
}

/** Per indicator: the overall cell and, per breakdown, a cell per group (null: the record has no value). */
export interface RegisterTally {
  records: number;
  overall: ProcedureCell[];
  breakdowns: { breakdown: RegisterBreakdown; groups: Map<string | null, ProcedureCell>[] }[];
}

/** The indicators and breakdowns a register declares (checked by survey-format/checker/register.ts). */
export function compileRegister(definition: TSurveyDefinition): { indicators: RegisterIndicator[]; breakdowns: RegisterBreakdown[] } {
  const outline = outlineSurvey(definition.survey);
  const indicators = definition.indicators
    .filter((d) => d.kind === 'compliance')
    .map((d) => {
      const title = d.title as { default?: unknown } | undefined;
      const values = new Set(d.values as unknown[]);
      return { id: String(d.id), title: typeof title?.default === 'string' ? title.default : null, question: String(d.question), succeeded: (a: unknown) => values.has(a) };
    });
  const names = [REGISTER_QUESTIONS.directorate, ...definition.breakdowns.map((b) => (typeof b === 'string' ? b : b.question))];
  const breakdowns = [...new Set(names)].map((name) => {
    const q = outline.questions.get(name);
    return { name, groups: q === undefined ? [] : choiceValues(q.json).map(String) };
  });
  return { indicators, breakdowns };
}

const newCell = (): ProcedureCell => ({ cell: emptyCell(), applicable: 0 });

/** Adds one record to a procedure cell for one indicator. */
function add(target: ProcedureCell, answer: unknown, indicator: RegisterIndicator): void {
  if (answer === NOT_APPLICABLE) return;
  target.applicable++;
  if (answer === undefined || answer === null) return;
  addToCell(target.cell, indicator.succeeded(answer) ? 1 : 0);
}

/** Counts a period's records, page by page: per indicator, overall and per group of each breakdown. */
export async function tallyRegister(pages: AsyncIterable<ProcedureRecord[]>, indicators: readonly RegisterIndicator[], breakdowns: readonly RegisterBreakdown[]): Promise<RegisterTally> {
  const tally: RegisterTally = {
    records: 0,
    overall: indicators.map(newCell),
    breakdowns: breakdowns.map((breakdown) => ({ breakdown, groups: indicators.map(() => new Map<string | null, ProcedureCell>()) })),
  };
  for await (const page of pages) {
    for (const record of page) {
      tally.records++;
      const groupOf = (name: string) => {
        const v = name === REGISTER_QUESTIONS.directorate ? record.directorate : record.answers[name];
        return typeof v === 'string' ? v : null;
      };
      indicators.forEach((indicator, i) => {
        const answer = record.answers[indicator.question];
        add(tally.overall[i]!, answer, indicator);
        for (const { breakdown, groups } of tally.breakdowns) {
          const g = groupOf(breakdown.name);
          let c = groups[i]!.get(g);
          if (c === undefined) groups[i]!.set(g, (c = newCell()));
          add(c, answer, indicator);
        }
      });
    }
  }
  return tally;
}

const dutch = (t: unknown, fallback: string) => (typeof t === 'string' ? t : t !== null && typeof t === 'object' && typeof (t as { default?: unknown }).default === 'string' ? String((t as { default: string }).default) : fallback);

/** Per breakdown question of a register (the directorate first): its title and its choices' texts, in Dutch. */
export function labelsOf(definition: TSurveyDefinition): Record<string, { label: string; groups: Record<string, string> }> {
  const outline = outlineSurvey(definition.survey);
  const labels: Record<string, { label: string; groups: Record<string, string> }> = {};
  for (const { name } of compileRegister(definition).breakdowns) {
    const q = outline.questions.get(name);
    const choices = Array.isArray(q?.json.choices) ? q.json.choices : [];
    const groups = Object.fromEntries(
      choices.map((c) => (c !== null && typeof c === 'object' && !Array.isArray(c) ? [String(c.value), dutch(c.text, String(c.value))] : [String(c), String(c)])),
    );
    labels[name] = { label: dutch(q?.json.title, name), groups };
  }
  return labels;
}
