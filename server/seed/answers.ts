import { choiceValues, ratingScale } from '../../survey-format/checker/question-values.ts';
import { outlineSurvey, type OutlineQuestion } from '../../survey-format/checker/survey-outline.ts';
import { isPlainObject, type JsonObject } from '../../survey-format/validation/survey-json.ts';
import { BACKGROUND, BACKGROUND_CLIMATE, DIVERSITY_12_PLUS, type Directorate, type InstrumentPlan, type Trend } from './model.ts';
import { logistic, logit, type Random } from './random.ts';

const PREFER_NOT = 'zeg_ik_liever_niet';
const BUILT_IN = new Set(['other', 'none', 'refused', 'dontknow', PREFER_NOT]);

const COMMENTS = [
  'Meer aandacht voor elkaar in het team.',
  'Duidelijker communiceren over veranderingen.',
  'Leidinggevenden beter trainen.',
  'Het gesprek ging prettig, maar de informatie was summier.',
  'Graag meer flexibiliteit in werktijden.',
  'Niets aan toe te voegen.',
];

/** What an indicator asks of the question it reads. */
interface Role {
  trend: Trend;
  kind: string;
  values?: readonly unknown[];
  reversed?: boolean;
}

export interface RespondentContext {
  directorate: Directorate;
  waveIndex: number;
}

/**
 * Makes an answer generator for one survey definition: every question gets a plausible answer for its
 * type, the questions behind indicators follow the plan's trends, and ratings follow one latent
 * "climate" per respondent (so scale items correlate and Cronbach's alpha is realistic). Answers are
 * generated for every question, also hidden ones; validation drops what the respondent would not
 * have seen, exactly as the server does.
 */
export function answerGenerator(definition: JsonObject, plan: InstrumentPlan, rng: Random): (ctx: RespondentContext) => Record<string, unknown> {
  const survey = isPlainObject(definition.survey) ? definition.survey : {};
  const questions = [...outlineSurvey(survey).questions.values()];
  const roles = new Map<string, Role>();
  for (const d of Array.isArray(definition.indicators) ? definition.indicators.filter(isPlainObject) : []) {
    if (d.kind === 'target') continue; // reads no question of its own
    const trend = plan.trends[String(d.id)] ?? {};
    const reversed = new Set(Array.isArray(d.reversed) ? d.reversed : []);
    const names = Array.isArray(d.questions) ? d.questions.map(String) : [String(d.question)];
    for (const q of names) {
      roles.set(q, { trend, kind: String(d.kind), values: Array.isArray(d.values) ? d.values : undefined, reversed: reversed.has(q) });
    }
  }

  return (ctx) => {
    const answers: Record<string, unknown> = {};
    let climate = rng.normal() + ctx.directorate.climate;
    for (const q of questions) {
      const background = backgroundAnswer(q, ctx, answers, rng);
      if (background === null) continue;
      if (background !== undefined) {
        answers[q.name] = background;
        climate += BACKGROUND_CLIMATE[q.name]?.[String(background)] ?? 0;
      }
    }
    for (const q of questions) {
      if (q.name in answers || q.name in BACKGROUND || q.name === 'directie' || q.name === 'opdracht_directie') continue;
      const answer = answerFor(q, roles.get(q.name), climate, ctx, rng);
      if (answer === undefined) continue;
      answers[q.name] = answer;
      if (answer === 'other' || (Array.isArray(answer) && answer.includes('other'))) answers[`${q.name}-Comment`] = 'Iets anders';
    }
    return answers;
  };
}

/** The background answers: undefined = skipped, null = not a background question. `before`: the answers so far. */
function backgroundAnswer(q: OutlineQuestion, ctx: RespondentContext, before: Record<string, unknown>, rng: Random): unknown {
  const choices = new Set(choiceValues(q.json).map(String));
  if (q.name === 'opdracht_directie') return ctx.directorate.code;
  if (q.name === 'directie') return rng.weighted<string | undefined>([[ctx.directorate.code, 90], ['anders', 2], [PREFER_NOT, 4], [undefined, 4]]);
  if (q.name === 'herkomst' && before.schaalgroep === '12_plus') {
    const share = DIVERSITY_12_PLUS.share[ctx.waveIndex] ?? 0.3;
    const outside = DIVERSITY_12_PLUS.outsideEurope;
    return rng.weighted<string | undefined>([['nederland', 92 * (1 - share)], ['europa', 92 * share * (1 - outside)], ['buiten_europa', 92 * share * outside], [PREFER_NOT, 5], [undefined, 3]]);
  }
  const weights = BACKGROUND[q.name];
  if (weights === undefined) return null;
  return rng.weighted(weights.filter(([v]) => v === undefined || choices.has(v)));
}

function shiftOf(trend: Trend, ctx: RespondentContext): number {
  let s = trend.shift?.[ctx.waveIndex] ?? 0;
  if (trend.directorate && ctx.waveIndex >= trend.directorate.from) s += trend.directorate.shifts[ctx.directorate.code] ?? 0;
  return s;
}

function answerFor(q: OutlineQuestion, role: Role | undefined, climate: number, ctx: RespondentContext, rng: Random): unknown {
  const required = q.json.isRequired === true;
  if (!required && rng.chance(q.type === 'comment' ? 0.9 : 0.03)) return undefined;
  switch (q.type) {
    case 'rating': {
      const points = ratingScale(q.json);
      const latent = climate + (role ? shiftOf(role.trend, ctx) : 0) + 0.75 * rng.normal();
      const position = (points.length - 1) * (0.6 + latent / 5.5);
      const index = Math.max(0, Math.min(points.length - 1, Math.round(position)));
      return points[role?.reversed ? points.length - 1 - index : index];
    }
    case 'text': {
      if (q.json.inputType === 'number') {
        const min = typeof q.json.min === 'number' ? q.json.min : 0;
        const max = typeof q.json.max === 'number' ? q.json.max : 100;
        const n = role?.trend.number;
        const value = n ? n.mean + shiftOf(role.trend, ctx) + n.sd * rng.normal() : min + (max - min) * (0.05 + 0.15 * rng.next());
        return Math.max(min, Math.min(max, Math.round(value)));
      }
      return q.name === 'paar_id' ? `P-${rng.int(100, 999)}` : `REF-${rng.int(1000, 9999)}`;
    }
    case 'comment':
      return rng.pick(COMMENTS);
    case 'boolean':
      return rng.chance(0.5);
    case 'radiogroup':
    case 'dropdown':
      return choiceAnswer(q, role, climate, ctx, rng);
    case 'checkbox':
    case 'tagbox':
      return checkboxAnswer(q, role, climate, ctx, rng);
    default:
      return undefined;
  }
}

function counted(role: Role | undefined, climate: number, ctx: RespondentContext, rng: Random): boolean | undefined {
  if (!role?.values || role.trend.p === undefined) return undefined;
  const p = logistic(logit(role.trend.p) + shiftOf(role.trend, ctx) + (role.trend.climate ?? 0) * climate);
  return rng.chance(p);
}

function choiceAnswer(q: OutlineQuestion, role: Role | undefined, climate: number, ctx: RespondentContext, rng: Random): unknown {
  const all = choiceValues(q.json);
  const regular = all.filter((v) => !BUILT_IN.has(String(v)));
  if (all.includes(PREFER_NOT) && rng.chance(0.04)) return PREFER_NOT;
  const hit = counted(role, climate, ctx, rng);
  if (hit !== undefined && role?.values) {
    const pool = regular.filter((v) => role.values!.includes(v) === hit);
    if (pool.length > 0) return rng.pick(pool);
  }
  if (all.includes('other') && rng.chance(0.03)) return 'other';
  return rng.pick(regular);
}

function checkboxAnswer(q: OutlineQuestion, role: Role | undefined, climate: number, ctx: RespondentContext, rng: Random): unknown {
  const all = choiceValues(q.json);
  const regular = all.filter((v) => !BUILT_IN.has(String(v)));
  const hasNone = all.includes('none');
  const hit = counted(role, climate, ctx, rng);
  const some = (pool: readonly (string | number)[]) => rng.sample(pool, rng.weighted([[1, 55], [2, 30], [3, 15]]));
  if (hit !== undefined && role?.values) {
    if (role.values.includes('none')) return hit ? ['none'] : some(regular);
    const pool = regular.filter((v) => role.values!.includes(v) === hit);
    if (pool.length > 0) return some(pool);
  }
  if (hasNone && rng.chance(0.25)) return ['none'];
  const weights = role?.trend.reasons;
  const picked = weights === undefined ? some(regular) : weightedSample(regular, (v) => weights[String(v)] ?? 1, rng.weighted([[1, 55], [2, 30], [3, 15]]), rng);
  if (all.includes('other') && rng.chance(0.05)) picked.push('other');
  return picked;
}

/** `count` distinct items, each next one drawn with probability proportional to its weight among those left. */
function weightedSample<T>(items: readonly T[], weight: (item: T) => number, count: number, rng: Random): T[] {
  const left = [...items];
  const picked: T[] = [];
  while (picked.length < count && left.length > 0) {
    const item = rng.weighted(left.map((x) => [x, weight(x)] as const));
    picked.push(item);
    left.splice(left.indexOf(item), 1);
  }
  return picked;
}
