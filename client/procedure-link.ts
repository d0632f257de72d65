import type { Model } from 'survey-core';
import { REGISTER_QUESTIONS } from '../survey-format/register/questions.ts';

const refKey = (surveyId: string) => `peil:procedure:${surveyId}`;
const LINK = /^#v=([A-Za-z0-9][A-Za-z0-9._/-]{0,39})$/;

/**
 * The vacancy number of a per-procedure link (`/s/sollicitant-herkomst#v=V2026-0145`, the link in
 * an applicant's confirmation mail). Like an invitation token it sits in the fragment, which is
 * never sent with the page request, and is taken out of the address bar on the first load and
 * kept in this tab only.
 */
export function takeProcedureRef(surveyId: string): string | undefined {
  const m = LINK.exec(decodeURIComponent(window.location.hash));
  if (m) {
    sessionStorage.setItem(refKey(surveyId), m[1]!);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem(refKey(surveyId)) ?? undefined;
}

/** Fills in the survey's procedure reference from the link and makes it read-only; the model as it was when there is none. */
export function prefillProcedure(model: Model, ref: string | undefined): Model {
  const question = model.getQuestionByName(REGISTER_QUESTIONS.reference);
  if (ref === undefined || !question) return model;
  model.setValue(REGISTER_QUESTIONS.reference, ref);
  question.readOnly = true;
  return model;
}
