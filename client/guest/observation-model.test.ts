import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Observation, OpenedAssignment } from './assignment.ts';
import { answersToSend, observationModel } from './observation-model.ts';
import { fillChoices } from '../../survey-format/organisation/choices-from.ts';

const definition = {
  ...(fillChoices(JSON.parse(readFileSync(new URL('../../surveys/mystery-guest.json', import.meta.url), 'utf8'))).json as OpenedAssignment['survey']['definition']),
  wave: null,
};

/** An unpaired assignment as the server opens it: the pair and profile stay empty and hidden. */
const opened: OpenedAssignment = {
  assignment: { reference: 'SP-Noord', directorate: 'dienstverlening', kind: 'servicepunt', pairId: null, profile: null, order: null },
  prefilled: { procedure_ref: 'SP-Noord', opdracht_directie: 'dienstverlening', opdracht_soort: 'servicepunt' },
  hiddenQuestions: ['paar_id', 'testprofiel', 'procedure_ref', 'opdracht_directie', 'opdracht_soort'],
  stepQuestion: 'stap',
  survey: { id: 'mystery-guest', version: definition.version, definition },
  wave: { period: '2026-H2', status: 'open', closesOn: '2026-12-31' },
};

const draft = (answers: Record<string, unknown> = {}, pageNo = 0): Observation => ({
  id: 'o1',
  assignmentId: 'a1',
  step: 'gesprek',
  state: 'draft',
  answers,
  pageNo,
});

describe('the form of one observation', () => {
  it('shows only the pages of its step, with the assignment and the step hidden', () => {
    const model = observationModel(opened, draft(), 'nl');
    expect(model.visiblePages.map((p) => p.name)).toEqual(['p_opdracht', 'p_gesprek', 'p_uitkomst', 'p_afronding']);
    const shown = model.getAllQuestions(true).map((q) => q.name);
    for (const hidden of opened.hiddenQuestions!.concat('stap')) expect(shown).not.toContain(hidden);
    // A service point is no vacancy: the salary-scale question stays away too.
    expect(shown).not.toContain('vacature_schaalgroep');
  });

  it('restores a draft with its page, and keeps the fixed answers over stale ones', () => {
    const model = observationModel(opened, draft({ gesprek_vorm: 'online', procedure_ref: 'OLD' }, 1), 'en');
    expect(model.currentPage.name).toBe('p_gesprek');
    expect(model.data).toMatchObject({ gesprek_vorm: 'online', procedure_ref: 'SP-Noord', stap: 'gesprek' });
    expect(model.locale).toBe('en');
  });

  it('sends the step and the guest answers, not what the server fills in, also after SurveyJS completes', () => {
    const model = observationModel(opened, draft({ gesprek_vorm: 'online' }), 'nl');
    model.doComplete();
    expect(answersToSend(opened, model.data)).toEqual({ stap: 'gesprek', gesprek_vorm: 'online' });
  });
});
