import { describe, expect, it } from 'vitest';
import { Problem } from '../errors.ts';
import { assignmentAttributes, mergePrefilled, prefilledAnswers, type Assignment } from './assignment.ts';

const pairHalf: Assignment = { id: 'x', waveId: 'w', reference: 'V-1', directorate: 'sociaal', kind: 'vacature_extern', pairId: '2026H2-001', profile: 'b', order: 2 };
const visit: Assignment = { ...pairHalf, reference: 'SP-1', kind: 'servicepunt', pairId: null, profile: null, order: null };

const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Problem).fields?.map((x) => x.field);
  }
  throw new Error('did not throw');
};

describe('an assignment’s answers', () => {
  it('fills in pair, profile, reference, directorate and kind, and the pair order as attribute', () => {
    expect(prefilledAnswers(pairHalf)).toEqual({ paar_id: '2026H2-001', testprofiel: 'b', procedure_ref: 'V-1', opdracht_directie: 'sociaal', opdracht_soort: 'vacature_extern' });
    expect(prefilledAnswers(visit)).toEqual({ procedure_ref: 'SP-1', opdracht_directie: 'sociaal', opdracht_soort: 'servicepunt' });
    expect(assignmentAttributes(pairHalf)).toEqual({ volgorde: '2' });
    expect(assignmentAttributes(visit)).toEqual({});
  });

  it('merges them into an observation, keeping what the guest answered', () => {
    expect(mergePrefilled(visit, { stap: 'uitkomst', procedure_ref: 'SP-1' })).toEqual({
      stap: 'uitkomst',
      procedure_ref: 'SP-1',
      opdracht_directie: 'sociaal',
      opdracht_soort: 'servicepunt',
    });
  });

  it('refuses an observation that contradicts the assignment, naming every question at fault', () => {
    expect(fieldsOf(() => mergePrefilled(pairHalf, { testprofiel: 'a', opdracht_soort: 'servicepunt', stap: 'gesprek' }))).toEqual(['testprofiel', 'opdracht_soort']);
    expect(fieldsOf(() => mergePrefilled(visit, { paar_id: '2026H2-001' }))).toEqual(['paar_id']);
  });
});
