import { goalOf, isEnteredBaseline, parseTarget, type EnteredBaseline, type TargetSpec } from '../../analysis/indicators/target.ts';
import type { TSurveyDefinition } from '../../survey-format/catalog/definition.ts';
import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { ratingScale } from '../../survey-format/checker/question-values.ts';
import { isPlainObject, type JsonObject } from '../../survey-format/validation/survey-json.ts';

/** A target of a survey as the workspace lists it: its declaration, the followed indicator's unit and range. */
export interface TargetView {
  survey: string;
  id: string;
  title: { default: string; en: string } | null;
  spec: TargetSpec;
  /** Whether a researcher enters the baseline (else it is a wave of the survey). */
  entered: boolean;
  /** The followed indicator: a share (0-1), a scale (0-100) or a mean on its rating scale. */
  unit: 'share' | 'scale' | 'mean';
  range: [number, number];
}

/** One field at fault, in Dutch with the English beside it. */
export interface BaselineProblem {
  field: 'value' | 'source';
  message: string;
  en: string;
}

const MAX_SOURCE = 500;

/** Every target a survey declares, with what the baseline form needs to check a figure for it. */
export function targetsOf(definition: TSurveyDefinition): TargetView[] {
  const declared = (definition.indicators ?? []) as unknown as JsonObject[];
  const outline = outlineSurvey(definition.survey as unknown as JsonObject);
  return declared
    .filter((d) => d.kind === 'target')
    .map((d) => {
      const spec = parseTarget(d);
      const followed = declared.find((x) => x.id === spec.indicator)!;
      const question = typeof followed.question === 'string' ? outline.questions.get(followed.question) : undefined;
      const points = followed.kind === 'mean' && question ? ratingScale(question.json) : [];
      const [unit, range]: [TargetView['unit'], [number, number]] =
        followed.kind === 'scale' ? ['scale', [0, 100]] : followed.kind === 'mean' ? ['mean', [Math.min(...points), Math.max(...points)]] : ['share', [0, 1]];
      const title = isPlainObject(d.title) ? { default: String(d.title.default), en: String(d.title.en) } : null;
      return { survey: definition.id, id: String(d.id), title, spec, entered: isEnteredBaseline(spec.baseline), unit, range };
    });
}

/**
 * Checks a baseline figure a researcher enters for a target: a number in the followed indicator's
 * range (a share as a fraction, 0.30 for 30%) whose goal stays in range too, and a source of at
 * most 500 characters. Returns the baseline, or every field at fault in Dutch and English.
 */
export function checkBaseline(target: TargetView, body: { value?: unknown; source?: unknown }): { ok: true; baseline: EnteredBaseline } | { ok: false; problems: BaselineProblem[] } {
  const problems: BaselineProblem[] = [];
  const [low, high] = target.range;
  const fmt = (x: number) => String(Number(x.toPrecision(6))).replace('.', ',');
  const { value, source } = body;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push({ field: 'value', message: 'vul de uitgangswaarde in als getal', en: 'enter the baseline as a number' });
  } else if (value < low || value > high) {
    const share = target.unit === 'share' ? ' (een aandeel als breuk: 0,30 voor 30%)' : '';
    problems.push({ field: 'value', message: `moet tussen ${fmt(low)} en ${fmt(high)} liggen${share}`, en: `must lie between ${low} and ${high}${share ? ' (a share as a fraction: 0.30 for 30%)' : ''}` });
  } else if ('relative' in target.spec.change && value === 0) {
    problems.push({ field: 'value', message: 'een relatief doel (+25%) kan niet uitgaan van 0', en: 'a relative goal (+25%) cannot start from 0' });
  } else {
    const goal = goalOf(value, target.spec.change);
    if (goal < low || goal > high) {
      problems.push({ field: 'value', message: `hiermee komt het doel op ${fmt(goal)}, buiten ${fmt(low)} tot ${fmt(high)}`, en: `this puts the goal at ${Number(goal.toPrecision(6))}, outside ${low} to ${high}` });
    }
  }
  const text = typeof source === 'string' ? source.trim() : '';
  if (text === '') problems.push({ field: 'source', message: 'vermeld waar het cijfer vandaan komt', en: 'say where the figure comes from' });
  else if (text.length > MAX_SOURCE) problems.push({ field: 'source', message: `mag hoogstens ${MAX_SOURCE} tekens lang zijn`, en: `must be at most ${MAX_SOURCE} characters` });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, baseline: { value: value as number, source: text } };
}
