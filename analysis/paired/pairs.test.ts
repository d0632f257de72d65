import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoredAnswer } from '../answer-source.ts';
import { FINAL_OUTCOMES, POSITIVE_OUTCOMES } from './outcome.ts';
import { collectPairs } from './pairs.ts';

async function* pagesOf(observations: Record<string, unknown>[]): AsyncGenerator<StoredAnswer[]> {
  // Two pages, to show that a pair may straddle them.
  const half = Math.ceil(observations.length / 2);
  for (const part of [observations.slice(0, half), observations.slice(half)]) {
    yield part.map((a) => ({ answers: JSON.stringify(a), attributes: '{}' }));
  }
}

const obs = (paar_id: string, testprofiel: string, stap: string, uitkomst?: string, extra: Record<string, unknown> = {}) => ({
  paar_id,
  testprofiel,
  opdracht_soort: 'vacature_extern',
  procedure_ref: 'V-1',
  opdracht_directie: 'sociaal',
  stap,
  ...(uitkomst === undefined ? {} : { uitkomst }),
  ...extra,
});

describe('positive and final outcomes', () => {
  it('are the protocol\'s own positive values, and every uitkomst choice is classified', () => {
    const survey = JSON.parse(readFileSync('surveys/mystery-guest.json', 'utf8')) as {
      indicators: { id: string; values?: string[] }[];
      survey: { pages: { elements: { name: string; choices?: { value: string }[] }[] }[] };
    };
    const declared = survey.indicators.find((i) => i.id === 'positieve_uitkomst')!.values!;
    expect(Object.keys(POSITIVE_OUTCOMES).sort()).toEqual([...declared].sort());
    const choices = survey.survey.pages.flatMap((p) => p.elements).find((e) => e.name === 'uitkomst')!.choices!.map((c) => c.value);
    // Every negative choice ends the procedure; the positive ones that do not are the two that lead on.
    const negative = choices.filter((c) => !(c in POSITIVE_OUTCOMES));
    expect(negative.every((c) => FINAL_OUTCOMES.has(c))).toBe(true);
    expect(choices.filter((c) => !FINAL_OUTCOMES.has(c)).sort()).toEqual(['uitgenodigd', 'volgende_ronde']);
  });
});

describe('collectPairs', () => {
  it('derives the furthest positive outcome per profile, and when a pair is complete', async () => {
    const { pairs, unpairedObservations } = await collectPairs(
      pagesOf([
        // P1: a invited, next round, offer; b invited, then rejected after the interview (still positive).
        obs('MG-1', 'a', 'sollicitatie_verstuurd'),
        obs('MG-1', 'a', 'reactie_ontvangen', 'uitgenodigd'),
        obs('MG-1', 'b', 'reactie_ontvangen', 'uitgenodigd'),
        obs('mg-1 ', 'a', 'gesprek', 'volgende_ronde'), // typed in lower case: same pair
        obs('MG-1', 'b', 'gesprek', 'afgewezen'),
        obs('MG-1', 'a', 'uitkomst', 'aanbod'),
        // P2: a rejected; b invited but nothing after: b not final, the pair is incomplete.
        obs('MG-2', 'a', 'reactie_ontvangen', 'afgewezen'),
        obs('MG-2', 'b', 'reactie_ontvangen', 'uitgenodigd'),
        // P3: only profile a observed so far.
        obs('MG-3', 'a', 'reactie_ontvangen', 'geen_reactie'),
        // P4: a next round recorded at the final step (final by step); b no reply.
        obs('MG-4', 'a', 'uitkomst', 'volgende_ronde'),
        obs('MG-4', 'b', 'reactie_ontvangen', 'geen_reactie'),
        // P5: the two testers name different vacancies: not one vacancy tested twice.
        obs('MG-5', 'a', 'reactie_ontvangen', 'afgewezen', { procedure_ref: 'V-1' }),
        obs('MG-5', 'b', 'reactie_ontvangen', 'afgewezen', { procedure_ref: 'V-2' }),
        // P6: service point, a helped, b not.
        obs('MG-6', 'a', 'gesprek', 'geholpen', { opdracht_soort: 'servicepunt', opdracht_directie: 'dienstverlening' }),
        obs('MG-6', 'b', 'gesprek', 'niet_geholpen', { opdracht_soort: 'servicepunt', opdracht_directie: 'dienstverlening' }),
        // No usable pair number or profile.
        { testprofiel: 'a', stap: 'gesprek', uitkomst: 'afgewezen' },
        obs('MG-7', 'c', 'gesprek', 'afgewezen'),
      ]),
    );
    expect(unpairedObservations).toBe(2);
    const byId = Object.fromEntries(pairs.map((p) => [p.id, p]));
    expect(pairs.map((p) => p.id)).toEqual(['MG-1', 'MG-2', 'MG-3', 'MG-4', 'MG-5', 'MG-6']);
    expect(byId['MG-1']).toEqual({
      id: 'MG-1',
      status: 'complete',
      directorate: 'sociaal',
      reference: 'V-1',
      scale: null,
      kind: 'vacature_extern',
      profiles: {
        a: { observations: 4, furthestPositive: 'aanbod', final: true },
        b: { observations: 2, furthestPositive: 'uitgenodigd', final: true },
      },
    });
    expect(byId['MG-2']).toMatchObject({ status: 'incomplete', profiles: { a: { final: true }, b: { furthestPositive: 'uitgenodigd', final: false } } });
    expect(byId['MG-3']).toMatchObject({ status: 'incomplete', profiles: { b: { observations: 0, furthestPositive: null, final: false } } });
    expect(byId['MG-4']).toMatchObject({ status: 'complete', profiles: { a: { furthestPositive: 'volgende_ronde', final: true }, b: { furthestPositive: null, final: true } } });
    expect(byId['MG-5']).toMatchObject({ status: 'inconsistent', directorate: 'sociaal', reference: null });
    expect(byId['MG-6']).toMatchObject({ status: 'complete', directorate: 'dienstverlening', profiles: { a: { furthestPositive: 'geholpen' }, b: { furthestPositive: null } } });
  });

  it('gives no pairs for no observations', async () => {
    expect(await collectPairs(pagesOf([]))).toEqual({ pairs: [], unpairedObservations: 0 });
  });
});
