import { OBSERVATION_QUESTIONS } from '../../survey-format/observation-questions.ts';
import type { StoredAnswer } from '../answer-source.ts';
import type { ProcedureRecord } from './procedure-source.ts';
import { PREFER_NOT_TO_SAY } from '../indicators/proportion.ts';

/** What Peil says about one procedure from its applicants' registrations; never a share. */
export type RooneyVerdict = 'reached' | 'not_reached' | 'too_few';

/** The origin question of the applicants' registration (surveys/sollicitant-herkomst.json) and the answers that count as culturally diverse. */
export const REGISTRATION = { survey: 'sollicitant-herkomst', origin: 'herkomst', diverse: ['europa', 'buiten_europa'] } as const;

/** The share of culturally diverse candidates at which letter selection may start (the memo's Rooney Rule). */
export const ROONEY_SHARE = 0.5;

/**
 * Per procedure (`procedure_ref`), whether its applicants' voluntary registrations reach the
 * Rooney Rule: `reached` when at least half of those who stated an origin are culturally diverse,
 * `not_reached` when fewer, and `too_few` below `kSpecial` stated origins (origin is
 * special-category data: no statement about a smaller group, and never the share itself).
 * "Zeg ik liever niet" and no answer do not count. Reads the registration wave's answers page by page.
 */
export async function rooneyVerdicts(pages: AsyncIterable<StoredAnswer[]>, kSpecial: number): Promise<Map<string, RooneyVerdict>> {
  const counts = new Map<string, { stated: number; diverse: number }>();
  const diverse = new Set<string>(REGISTRATION.diverse);
  for await (const page of pages) {
    for (const stored of page) {
      const answers = JSON.parse(stored.answers) as Record<string, unknown>;
      const ref = answers[OBSERVATION_QUESTIONS.reference];
      const origin = answers[REGISTRATION.origin];
      if (typeof ref !== 'string') continue;
      const c = counts.get(ref) ?? { stated: 0, diverse: 0 };
      counts.set(ref, c);
      if (typeof origin !== 'string' || origin === PREFER_NOT_TO_SAY) continue;
      c.stated++;
      if (diverse.has(origin)) c.diverse++;
    }
  }
  return new Map([...counts].map(([ref, c]) => [ref, c.stated < kSpecial ? 'too_few' : c.diverse >= ROONEY_SHARE * c.stated ? 'reached' : 'not_reached']));
}

/** The register question the applicants' verdict answers (surveys/procedures.json). */
export const ROONEY_QUESTION = 'rooney_rule';

/**
 * A register's records with the applicants' verdict filled in where the record does not say:
 * `reached` is "ja", `not_reached` "nee", `too_few` leaves the agreement unknown for that
 * procedure. An answer a recruiter gave (including "nvt") always wins.
 */
export async function* withRooneyVerdicts(pages: AsyncIterable<ProcedureRecord[]>, verdicts: ReadonlyMap<string, RooneyVerdict>): AsyncIterable<ProcedureRecord[]> {
  for await (const page of pages) {
    yield page.map((record) => {
      const verdict = record.reference === undefined ? undefined : verdicts.get(record.reference);
      if (record.answers[ROONEY_QUESTION] !== undefined || verdict === undefined || verdict === 'too_few') return record;
      return { ...record, answers: { ...record.answers, [ROONEY_QUESTION]: verdict === 'reached' ? 'ja' : 'nee' } };
    });
  }
}
