import { describe, expect, it } from 'vitest';
import type { StoredAnswer } from '../answer-source.ts';
import { rooneyVerdicts } from './rooney-verdict.ts';

const registrations = (ref: string, origins: Record<string, number>): StoredAnswer[] =>
  Object.entries(origins).flatMap(([herkomst, n]) => Array.from({ length: n }, () => ({ answers: JSON.stringify({ procedure_ref: ref, ...(herkomst === '-' ? {} : { herkomst }) }), attributes: '{}' })));

async function* pages(...lists: StoredAnswer[][]) {
  yield lists.flat();
}

describe('rooneyVerdicts', () => {
  it('says reached, not reached or too few per procedure, from k_special stated origins, never a share', async () => {
    const verdicts = await rooneyVerdicts(
      pages(
        registrations('V-1', { europa: 3, buiten_europa: 2, nederland: 5 }), // 5 of 10: reached (at least half)
        registrations('V-2', { buiten_europa: 4, nederland: 6 }), // 4 of 10: not reached
        registrations('V-3', { buiten_europa: 9, zeg_ik_liever_niet: 6, '-': 3 }), // 9 stated: too few
      ),
      10,
    );
    expect(Object.fromEntries(verdicts)).toEqual({ 'V-1': 'reached', 'V-2': 'not_reached', 'V-3': 'too_few' });
  });
});
