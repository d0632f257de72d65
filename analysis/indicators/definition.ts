import { fingerprint } from '../../survey-format/checker/fingerprint.ts';
import { answerValues, ratingScale } from '../../survey-format/checker/question-values.ts';
import { outlineSurvey, type SurveyOutline } from '../../survey-format/checker/survey-outline.ts';
import { isPlainObject, type JsonObject } from '../../survey-format/validation/survey-json.ts';
import { complianceIndicator } from './compliance.ts';
import { conditionsOf } from './conditions.ts';
import { meanIndicator } from './mean.ts';
import { PREFER_NOT_TO_SAY, proportionIndicator } from './proportion.ts';
import { reasonChoices, reasonsIndicators } from './reasons.ts';
import { scaleIndicator } from './scale.ts';
import { parseTarget, type TargetSpec } from './target.ts';
import { UNKNOWN, type Crossing } from './tally.ts';
import type { AnswerIndicator, Breakdown } from './types.ts';

/** A wave's survey definition (the Peil envelope) compiled for analysis. */
export interface CompiledDefinition {
  indicators: AnswerIndicator[];
  /** The `target` declarations, in declaration order; each follows one of `indicators`. */
  targets: { id: string; title: string | undefined; spec: TargetSpec }[];
  /**
   * Indicators that read a question declared as a special-category breakdown (origin, disability),
   * or a question shown only under a condition on one: their cells (for a filtered question, its n)
   * are about that data itself, so every table of theirs takes k_special.
   */
  special: ReadonlySet<string>;
  /**
   * Per indicator reading a question shown only under a condition (on the question, its panel or
   * its page): every question that condition depends on (conditions.ts). Others are absent.
   */
  filters: ReadonlyMap<string, ReadonlySet<string>>;
  /** Background questions listed under `breakdowns`. */
  questionBreakdowns: Breakdown[];
  /** Pairs of them listed under `crossings`: every indicator per cell of the two (suppress-crossing.ts). */
  crossings: Crossing[];
  /** An observation protocol (`"kind": "observation"`): rules 6 and 7 of disclosure.ts do not apply (decisions 008, 011). */
  observation: boolean;
  /** Per question: what must stay equal for answers to stay comparable (type, choices, scale). */
  prints: Record<string, string>;
}

/**
 * Reads `indicators` and `breakdowns` of a survey definition as a wave stored it. The definition has
 * passed the survey checker when it was published, so a declaration that does not fit is a broken
 * database rather than a user error: it throws.
 */
export function compileDefinition(definition: unknown): CompiledDefinition {
  if (!isPlainObject(definition) || !isPlainObject(definition.survey)) throw new Error('wave definition has no survey');
  const outline = outlineSurvey(definition.survey);
  const declared = Array.isArray(definition.indicators) ? definition.indicators.filter(isPlainObject) : [];
  const indicators = declared.filter((d) => d.kind !== 'target').flatMap((d) => compileIndicator(d, outline));
  const targets = declared.filter((d) => d.kind === 'target').map((d) => ({ id: String(d.id), title: titleOf(d), spec: parseTarget(d) }));
  const breakdowns = Array.isArray(definition.breakdowns) ? definition.breakdowns : [];
  const questionBreakdowns = breakdowns.map((b): Breakdown => {
    const question = typeof b === 'string' ? b : isPlainObject(b) && typeof b.question === 'string' ? b.question : undefined;
    if (question === undefined) throw new Error(`breakdown ${JSON.stringify(b)} names no question`);
    const q = outline.questions.get(question);
    if (q === undefined) throw new Error(`breakdown "${question}" is not a question of the survey`);
    // Anyone may skip a background question or prefer not to say: the unknown group always exists.
    const groups = [...(answerValues(q) ?? []).map(String).filter((v) => v !== PREFER_NOT_TO_SAY), UNKNOWN];
    return { source: 'question', name: question, special: isPlainObject(b) && b.special === true, groups };
  });
  const byName = new Map(questionBreakdowns.map((b) => [b.name, b]));
  const crossings = (Array.isArray(definition.crossings) ? definition.crossings.filter(isPlainObject) : []).map((c): Crossing => {
    const [rows, columns] = [byName.get(String(c.rows)), byName.get(String(c.columns))];
    if (rows === undefined || columns === undefined) throw new Error(`crossing ${JSON.stringify(c)} names a question that is not a breakdown`);
    return { rows, columns };
  });
  const prints = Object.fromEntries(Object.entries(fingerprint(outline)).map(([name, print]) => [name, JSON.stringify(print)]));
  // Rule 6 of disclosure.ts protects what a filtered question's n says about the people who answer
  // the condition. An observation protocol's conditions (which step, which kind of visit) describe
  // the City's procedures, as seen by a trained tester, not a person: its tables keep rules 1-3 only.
  const observation = definition.kind === 'observation';
  const conditions = observation ? new Map<string, ReadonlySet<string>>() : conditionsOf(definition.survey);
  const filters = new Map<string, Set<string>>();
  for (const i of indicators) {
    const on = new Set(i.questions.flatMap((q) => [...(conditions.get(q) ?? [])]));
    if (on.size > 0) filters.set(i.id, on);
  }
  const specialQuestions = new Set(questionBreakdowns.filter((b) => b.special).map((b) => b.name));
  const isSpecial = (i: AnswerIndicator) => [...i.questions, ...(filters.get(i.id) ?? [])].some((q) => specialQuestions.has(q));
  const special = new Set(indicators.filter(isSpecial).map((i) => i.id));
  return { indicators, targets, special, filters, questionBreakdowns, crossings, observation, prints };
}

const titleOf = (d: JsonObject) => (isPlainObject(d.title) && typeof d.title.default === 'string' ? d.title.default : undefined);

/** One indicator, or for `reasons` one per reason. */
function compileIndicator(d: JsonObject, outline: SurveyOutline): AnswerIndicator | AnswerIndicator[] {
  const id = String(d.id);
  const title = titleOf(d);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  switch (d.kind) {
    case 'proportion':
    case 'compliance': {
      const values = Array.isArray(d.values) ? d.values.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)) : [];
      const declaration = { id, title, question: String(d.question), values: values as (string | number | boolean)[] };
      return d.kind === 'proportion' ? proportionIndicator(declaration) : complianceIndicator(declaration);
    }
    case 'reasons': {
      const question = String(d.question);
      const q = outline.questions.get(question);
      if (q === undefined) throw new Error(`reasons "${id}" reads no question of the survey`);
      return reasonsIndicators({ id, title, question, choices: reasonChoices(q.json) });
    }
    case 'mean':
      return meanIndicator({ id, title, question: String(d.question) });
    case 'scale': {
      const questions = strings(d.questions);
      const first = outline.questions.get(questions[0] ?? '');
      if (first === undefined) throw new Error(`scale "${id}" has no rating items`);
      const points = ratingScale(first.json);
      return scaleIndicator({
        id,
        title,
        questions,
        minAnswered: typeof d.minAnswered === 'number' ? d.minAnswered : questions.length,
        reversed: strings(d.reversed),
        min: Math.min(...points),
        max: Math.max(...points),
      });
    }
    default:
      throw new Error(`indicator "${id}" has unknown kind ${JSON.stringify(d.kind)}`);
  }
}

/**
 * Whether comparing an indicator with the previous wave would break the trend: the indicator is not
 * declared there, is declared differently (question, values, items), or one of its questions changed
 * type, choices or scale (what the checker calls a breaking change, needing a new major version).
 */
export function breaksTrend(indicator: AnswerIndicator, current: CompiledDefinition, previous: CompiledDefinition): boolean {
  const before = previous.indicators.find((i) => i.id === indicator.id);
  if (before === undefined || before.signature !== indicator.signature) return true;
  return indicator.questions.some((q) => current.prints[q] !== previous.prints[q]);
}
