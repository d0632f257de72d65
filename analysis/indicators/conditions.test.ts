import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conditionsOf } from './conditions.ts';
import { compileDefinition } from './definition.ts';

const bundled = (id: string) => JSON.parse(readFileSync(`surveys/${id}.json`, 'utf8')) as { survey: unknown };
const sorted = (s: ReadonlySet<string> | undefined) => (s === undefined ? undefined : [...s].sort());

describe('conditionsOf', () => {
  const inclusie = conditionsOf(bundled('inclusie').survey);

  it('reads the visibleIf of the question and of its page', () => {
    // gemeld sits on a page shown when {disc_ervaren} = 'ja' or {ongewenst_ervaren} = 'ja'.
    expect(sorted(inclusie.get('gemeld'))).toEqual(['disc_ervaren', 'ongewenst_ervaren']);
  });

  it('follows the conditions of the questions a condition reads', () => {
    // melding_serieus: shown when {gemeld} = 'ja', and gemeld only under the page's condition.
    expect(sorted(inclusie.get('melding_serieus'))).toEqual(['disc_ervaren', 'gemeld', 'ongewenst_ervaren']);
    expect(sorted(conditionsOf(bundled('toegankelijkheid').survey).get('vz_duur'))).toEqual(['vz_gekregen', 'vz_gevraagd', 'vz_nodig']);
  });

  it('leaves out questions shown to everyone', () => {
    expect(inclusie.has('disc_ervaren')).toBe(false);
    expect(inclusie.has('incl_erbij_horen')).toBe(false);
  });

  it('reads panels, and a condition on a comment as one on its question', () => {
    const survey = {
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'radiogroup', name: 'a', choices: ['ja', 'nee'], showCommentArea: true },
            { type: 'panel', name: 'pan', visibleIf: "{a-comment} notempty", elements: [{ type: 'text', name: 'b' }] },
          ],
        },
      ],
    };
    expect(sorted(conditionsOf(survey).get('b'))).toEqual(['a']);
  });

  it('reads enableIf as a filter too: a disabled question cannot be answered', () => {
    const survey = {
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'radiogroup', name: 'a', choices: ['ja', 'nee'] },
            { type: 'text', name: 'b', enableIf: "{a} = 'ja'" },
            { type: 'panel', name: 'pan', enableIf: '{b} notempty', elements: [{ type: 'text', name: 'c' }] },
          ],
        },
      ],
    };
    expect(sorted(conditionsOf(survey).get('b'))).toEqual(['a']);
    expect(sorted(conditionsOf(survey).get('c'))).toEqual(['a', 'b']);
  });
});

describe('compileDefinition', () => {
  it('lists each filtered indicator with the questions its condition depends on', () => {
    const compiled = compileDefinition(bundled('inclusie'));
    expect(sorted(compiled.filters.get('gemeld'))).toEqual(['disc_ervaren', 'ongewenst_ervaren']);
    expect(compiled.filters.has('ervaren_discriminatie')).toBe(false);
  });

  it('treats an indicator filtered on a special-category question as about that data', () => {
    const definition = bundled('toegankelijkheid') as { survey: { pages: { elements: Record<string, unknown>[] }[] }; indicators: unknown[] };
    // "beperking_soort" is shown only to those with a disability: its n counts them.
    definition.indicators.push({ id: 'soort_bewegen', kind: 'proportion', question: 'beperking_soort', values: ['bewegen'] });
    const compiled = compileDefinition(definition);
    expect(sorted(compiled.filters.get('soort_bewegen'))).toEqual(['beperking']);
    expect(compiled.special.has('soort_bewegen')).toBe(true);
    expect(compiled.special.has('voorziening_gevraagd')).toBe(false);
  });
});
