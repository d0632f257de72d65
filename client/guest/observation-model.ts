import type { Model } from 'survey-core';
import type { Locale } from '../i18n.ts';
import { createSurveyModel } from '../survey-setup.ts';
import type { Observation, OpenedAssignment } from './assignment.ts';

/** The answers the guest does not give: the server's prefilled ones and the step being observed. */
export function fixedAnswers(a: OpenedAssignment, step: string): Record<string, unknown> {
  return { ...a.prefilled, [a.stepQuestion]: step };
}

/** The questions the form hides: the assignment's (prefilled, or left empty) and the step question. */
export function hiddenQuestions(a: OpenedAssignment): string[] {
  return [...new Set([...a.hiddenQuestions, ...Object.keys(a.prefilled), a.stepQuestion])];
}

/**
 * The SurveyJS form for one observation: the wave's definition with the step and the prefilled
 * answers set and hidden (the definition's `visibleIf` on the step question then shows only the pages
 * of this step), and the draft's answers and page restored. The fixed answers are never cleared as
 * "invisible", so the conditions that depend on them keep working up to completion.
 */
export function observationModel(a: OpenedAssignment, draft: Observation, locale: Locale): Model {
  const model = createSurveyModel(a.survey.definition.survey, locale);
  const fixed = fixedAnswers(a, draft.step);
  for (const name of hiddenQuestions(a)) {
    const q = model.getQuestionByName(name);
    if (!q) continue;
    q.visible = false;
    q.clearIfInvisible = 'none';
  }
  model.data = { ...draft.answers, ...fixed };
  if (draft.pageNo > 0 && draft.pageNo < model.visiblePageCount) model.currentPageNo = draft.pageNo;
  return model;
}

/**
 * What is sent for a completed observation: the step and the guest's answers, not the assignment's
 * hidden questions, which the server fills in itself.
 */
export function answersToSend(a: OpenedAssignment, data: Record<string, unknown>): Record<string, unknown> {
  const fixed = new Set(hiddenQuestions(a).filter((name) => name !== a.stepQuestion));
  return Object.fromEntries(Object.entries(data).filter(([name]) => !fixed.has(name)));
}
