/**
 * Benchmark: answer-set validation by the compiled validator against SurveyJS's own Model.
 * Run with `npx tsx bench/validate.ts`; `runValidateBench()` returns the figures for other scripts.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Model } from 'survey-core';
import { compileSurvey } from '../survey-format/validation/index.ts';

type Json = Record<string, unknown>;
const FIXTURE = new URL('../survey-format/validation/fixtures/all-types.surveyjs.json', import.meta.url);
const ANSWER_SETS = 1_000;

/** The validation fixture (21 questions, every accepted type) enlarged to 40 questions with a third page. */
export function benchSurvey(): Json {
  const survey = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Json & { pages: Json[] };
  const nl = (t: string) => ({ default: t, en: t });
  const extra: Json[] = [];
  for (let i = 1; i <= 12; i++) {
    const rating: Json = { type: 'rating', name: `stelling_${i}`, title: nl(`Stelling ${i}`), isRequired: i <= 6 };
    if (i > 8) rating.visibleIf = '{stelling_1} >= 3';
    extra.push(rating);
  }
  for (let i = 1; i <= 4; i++) {
    extra.push({ type: 'radiogroup', name: `ervaring_${i}`, title: nl(`Ervaring ${i}`), choices: ['ja', 'nee', 'zeg_ik_liever_niet'] });
  }
  extra.push({ type: 'checkbox', name: 'steun', title: nl('Steun'), choices: ['collega', 'leiding', 'hr', 'vertrouwenspersoon'], showNoneItem: true, maxSelectedChoices: 2 });
  extra.push({ type: 'text', name: 'team_grootte', title: nl('Teamgrootte'), inputType: 'number', min: 1, max: 500 });
  extra.push({ type: 'comment', name: 'slot', title: nl('Tot slot'), maxLength: 1000 });
  survey.pages.push({ name: 'stellingen', elements: extra });
  return survey;
}

/** A deterministic generator (mulberry32), so every run validates the same answer sets. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answer sets as respondents (and the odd faulty client) send them: mostly valid, one in ten with a wrong value. */
export function benchAnswerSets(survey: Json, count = ANSWER_SETS): Json[] {
  const rnd = random(20_240_601);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const questions = (survey.pages as Json[]).flatMap(function flat(c: Json): Json[] {
    return ((c.elements as Json[] | undefined) ?? []).flatMap((e) => (e.type === 'panel' ? flat(e) : e.type === 'html' ? [] : [e]));
  });
  const mustAnswer = (q: Json) => q.isRequired === true || q.requiredIf !== undefined || q.minSelectedChoices !== undefined || q.isAllRowRequired === true;
  return Array.from({ length: count }, () => {
    const answers: Json = {};
    for (const q of questions) {
      if (!mustAnswer(q) && rnd() < 0.2) continue;
      answers[q.name as string] = answerTo(q, int, pick);
    }
    const faulty = pick(questions.filter((q) => q.type !== 'matrix'));
    if (rnd() < 0.1) answers[faulty.name as string] = pick([9, 'onzin', ['x', 'x'], true]);
    return answers;
  });
}

function answerTo(q: Json, int: (min: number, max: number) => number, pick: <T>(xs: readonly T[]) => T): unknown {
  const values = (key: string) => ((q[key] as unknown[] | undefined) ?? []).map((c) => (typeof c === 'object' && c !== null ? (c as Json).value : c));
  switch (q.type) {
    case 'text':
      if (q.inputType === 'number') return int(Number(q.min ?? 0), Number(q.max ?? 100));
      if (q.inputType === 'date') return `20${int(10, 29)}-0${int(1, 9)}-1${int(0, 9)}`;
      if (q.name === 'postcode') return String(int(1000, 9999));
      return q.name === 'thuiswerkdagen' ? String(int(0, 5)) : pick(['beleidsmedewerker', 'jurist', 'projectleider']);
    case 'comment':
      return pick(['Prima zo.', 'Meer ruimte voor overleg graag.', 'Het werk is leuk maar druk.']);
    case 'rating':
      return int(Number(q.rateMin ?? 1), Number(q.rateMax ?? 5));
    case 'boolean':
      return int(0, 9) < 6;
    case 'radiogroup':
    case 'dropdown':
      return pick(values('choices'));
    case 'checkbox':
    case 'tagbox': {
      const pool = values('choices');
      const n = int(Math.max(1, Number(q.minSelectedChoices ?? 1)), Math.min(3, Number(q.maxSelectedChoices ?? 3)));
      const picked: unknown[] = [];
      while (picked.length < n && pool.length > 0) picked.push(...pool.splice(int(0, pool.length - 1), 1));
      return picked;
    }
    case 'matrix':
      return Object.fromEntries(values('rows').map((r) => [r, pick(values('columns'))]));
    default:
      return undefined;
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Validations per second over `sets`, repeated until about `budgetMs` has passed; `yieldEvery` lets the event loop turn. */
async function perSecond(sets: readonly Json[], budgetMs: number, yieldEvery: number, validate: (answers: Json) => void): Promise<number> {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (const answers of sets) {
      validate(answers);
      if (++done % yieldEvery === 0) await tick();
      if (performance.now() - start >= budgetMs) break;
    }
  }
  return done / ((performance.now() - start) / 1000);
}

/** Measures the compiled validator against a reused and a fresh SurveyJS Model on 1,000 answer sets of a 40-question survey. */
export async function runValidateBench(): Promise<{ compiledPerSec: number; surveyjsPerSec: number; ratio: number }> {
  const survey = benchSurvey();
  const sets = benchAnswerSets(survey);
  const compiled = compileSurvey(survey);
  const accepted = sets.filter((a) => compiled.validate(a).ok).length;
  const model = new Model(survey);
  const viaModel = (m: Model, answers: Json) => {
    m.data = answers;
    m.validate(true);
  };
  await perSecond(sets, 300, 10_000, (a) => compiled.validate(a)); // warm-up
  const compiledPerSec = await perSecond(sets, 2_000, 10_000, (a) => compiled.validate(a));
  // survey-core models pile up memory until the event loop turns, so SurveyJS gets a turn every 25.
  const surveyjsPerSec = await perSecond(sets, 4_000, 25, (a) => {
    model.clear(true, true);
    viaModel(model, a);
  });
  const freshPerSec = await perSecond(sets, 4_000, 25, (a) => viaModel(new Model(survey), a));
  const ratio = compiledPerSec / surveyjsPerSec;
  console.log(
    `validate (${compiled.questionNames.length} questions, ${sets.length} answer sets, ${accepted} valid): ` +
      `compiled ${Math.round(compiledPerSec)}/s, surveyjs (reused model) ${Math.round(surveyjsPerSec)}/s, ` +
      `surveyjs (fresh model) ${Math.round(freshPerSec)}/s, ratio ${Math.round(ratio)}x (fresh: ${Math.round(compiledPerSec / freshPerSec)}x)`,
  );
  return { compiledPerSec, surveyjsPerSec, ratio };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runValidateBench();
}
