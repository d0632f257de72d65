import { randomInt } from 'node:crypto';
import { outlineSurvey } from '../../survey-format/checker/survey-outline.ts';
import { scrub } from './scrub.ts';
import { isPlainObject } from '../../survey-format/validation/survey-json.ts';
import { waveStatus, type Wave, type WaveDefinition } from '../../survey-format/wave.ts';
import type { AnswerSource } from '../answer-source.ts';
import type { RowReader } from '../indicators/tally.ts';
import { HIDDEN_REASON } from '../indicators/disclosure.ts';
import { scrubNames } from './names.ts';
import { dutchText } from '../dutch-text.ts';

/** Texts shorter than this (after trimming) are never shown: "ok", "-", "nvt" minus a letter. */
export const MIN_TEXT_LENGTH = 3;

/**
 * The open answers to one comment question (or one "other, namely" text) of a wave. Shown only when
 * at least the wave's kSpecial respondents answered it; a hidden entry looks like any hidden figure:
 * no count, no texts, reason "te weinig antwoorden".
 */
export type OpenTextQuestion = {
  /** The answer key: the question's name, or `<name>-Comment` for an other-text. */
  key: string;
  question: string;
  kind: 'comment' | 'other';
  /** The question as asked (Dutch), or its name when it has no title. */
  title: string;
} & ({ shown: true; reason: null; n: number; texts: string[] } | { shown: false; reason: typeof HIDDEN_REASON; n: null; texts: [] });

export interface OpenTextOptions {
  /** Answers read per query; default DEFAULT_PAGE_SIZE (answer-source.ts). */
  pageSize?: number;
  /** Random integer in [0, max): the shuffle's source; default node:crypto's randomInt. */
  randomInt?: (max: number) => number;
  /** The wave's open answers when already collected in its tally's pass (report/collect.ts); else the wave is read here. */
  collected?: OpenTextCollector;
}

/** A text as it may be published: personal details, then names, removed. */
export const scrubOpenText = (text: string) => scrubNames(scrub(text.trim()));

/**
 * The open answers of a wave, per comment question and per other-text (`showOtherItem`), in the
 * survey's order. Only for the wave as a whole, never per group of a breakdown: a list of texts per
 * team or background would tie each text to a small group, and differencing a group's list against
 * the whole would expose the rest. A question is shown when at least `wave.kSpecial` respondents
 * answered it; its texts are scrubbed ({@link scrubOpenText}), stripped of those shorter than
 * {@link MIN_TEXT_LENGTH}, and shuffled so that neither submission nor storage order survives.
 * Texts of hidden questions never leave this function.
 */
export async function openTexts(source: AnswerSource, wave: Wave, options: OpenTextOptions = {}): Promise<OpenTextQuestion[]> {
  const random = options.randomInt ?? randomInt;
  const questions = openTextQuestions(await source.definition(wave.id));
  if (questions.length === 0) return [];
  // While a wave takes answers no text is shown: comparing two reports would show who just wrote what.
  if (waveStatus(wave, new Date()) !== 'closed') {
    return questions.map((q) => ({ ...q, shown: false, reason: HIDDEN_REASON, n: null, texts: [] }));
  }
  let collected = options.collected;
  if (collected === undefined) {
    collected = openTextCollector(questions);
    for await (const page of source.answerPages(wave, options.pageSize)) {
      for (const stored of page) {
        const parsed: unknown = JSON.parse(stored.answers);
        if (isPlainObject(parsed)) collected.read(parsed);
      }
    }
  }
  return questions.map((q): OpenTextQuestion => {
    const raw = collected.answers.get(q.key) ?? [];
    if (raw.length < wave.kSpecial) return { ...q, shown: false, reason: HIDDEN_REASON, n: null, texts: [] };
    const texts = raw.filter((t) => t.trim().length >= MIN_TEXT_LENGTH).map(scrubOpenText);
    return { ...q, shown: true, reason: null, n: raw.length, texts: shuffle(texts, random) };
  });
}

/** A {@link RowReader} keeping the non-empty answers to each open question in the order read: what {@link openTexts} publishes from. */
export interface OpenTextCollector extends RowReader {
  answers: ReadonlyMap<string, readonly string[]>;
}

/** An {@link OpenTextCollector} of these questions ({@link openTextQuestions}); fed by a wave's tally pass (report/collect.ts) or by openTexts itself. */
export function openTextCollector(questions: readonly Pick<OpenTextQuestion, 'key'>[]): OpenTextCollector {
  const answers = new Map(questions.map((q) => [q.key, [] as string[]]));
  const read = (row: Readonly<Record<string, unknown>>) => {
    for (const [key, list] of answers) {
      const value = row[key];
      if (typeof value === 'string' && value.trim() !== '') list.push(value);
    }
  };
  return { fields: [...answers.keys()], answers, read };
}

/**
 * Open answers collected beside analysePeriod: `readersOf` as its option of that name (a collector per
 * analysed wave, fed by the wave's tally pass), `of` the collector of a wave for {@link openTexts}.
 */
export function openTextsBeside(): { readersOf: (wave: Wave, definition: WaveDefinition) => RowReader[]; of: (waveId: string) => OpenTextCollector | undefined } {
  const byWave = new Map<string, OpenTextCollector>();
  return {
    readersOf(wave, definition) {
      const collector = openTextCollector(openTextQuestions(definition));
      byWave.set(wave.id, collector);
      return collector.fields.length === 0 ? [] : [collector];
    },
    of: (waveId) => byWave.get(waveId),
  };
}

/** The comment questions and other-texts of a wave definition, in the survey's order. */
export function openTextQuestions(definition: Record<string, unknown>): Pick<OpenTextQuestion, 'key' | 'question' | 'kind' | 'title'>[] {
  const survey = isPlainObject(definition.survey) ? definition.survey : undefined;
  const found: Pick<OpenTextQuestion, 'key' | 'question' | 'kind' | 'title'>[] = [];
  for (const q of outlineSurvey(survey).questions.values()) {
    const title = dutchText(q.json.title) ?? q.name;
    if (q.type === 'comment') found.push({ key: q.name, question: q.name, kind: 'comment', title });
    if (q.json.showOtherItem === true) found.push({ key: `${q.name}-Comment`, question: q.name, kind: 'other', title: `${title} (anders, namelijk)` });
  }
  return found;
}

/** Fisher-Yates with a uniform source. */
function shuffle<T>(items: T[], random: (max: number) => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
