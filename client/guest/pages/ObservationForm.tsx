import { Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useMemo, useState } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { Locale } from '../../i18n.ts';
import type { Observation, StoredAssignment } from '../assignment.ts';
import { choicesOf } from '../labels.ts';
import { GuestLink, navigate } from '../navigation.tsx';
import { answersToSend, observationModel } from '../observation-model.ts';
import { getObservation, queueDraft, saveDraft } from '../store.ts';
import { requestSync } from '../sync.ts';
import { guestText } from '../text.ts';

/**
 * The form of one observation, for the tab that holds its draft lock. The draft is read once the lock
 * is held (so it has the other tab's last edits), saved to IndexedDB on every change, and on
 * completion moved into the outbox, which is then sent.
 */
export function ObservationForm({ a, observationId, locale }: { a: StoredAssignment; observationId: string; locale: Locale }) {
  const t = guestText[locale];
  const [draft, setDraft] = useState<Observation>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void getObservation(observationId).then(setDraft);
  }, [observationId]);
  const model = useMemo(() => (draft ? observationModel(a, draft, locale) : undefined), [draft]);
  useEffect(() => {
    if (model) model.locale = locale === 'nl' ? '' : locale;
  }, [model, locale]);
  useEffect(() => {
    if (!model) return;
    return wireModel(model, {
      save: (pageNo) => void saveDraft(observationId, model.data, pageNo).then((ok) => ok && setSaved(true)),
      complete: async () => {
        await queueDraft(observationId, answersToSend(a, model.data));
        requestSync();
        navigate(`/opdracht/${a.localId}`);
      },
    });
  }, [model]);

  const step = draft && choicesOf(a.survey.definition, a.stepQuestion, locale).find((c) => c.value === draft.step);
  return (
    <div className="peil-survey">
      <Paragraph className="peil-observation-step">
        {t.assignmentTitle(a.assignment.reference)} · {t.stepLabel}: {step?.label ?? ''}
      </Paragraph>
      {model && <Survey model={model} />}
      {/* Below the form, beside its buttons, where a phone's screen is while the guest answers. */}
      <Paragraph role="status" className="peil-saved">
        {saved ? t.draftSaved : ''}
      </Paragraph>
      <Paragraph>
        <GuestLink href={`/opdracht/${a.localId}`}>{t.backToAssignment}</GuestLink>
      </Paragraph>
    </div>
  );
}

/** Saves the draft as it is edited (and as the page starts to change), and hands over completion. */
function wireModel(model: Model, on: { save: (pageNo: number) => void; complete: () => Promise<void> }): () => void {
  // Saved on every keystroke, not only when a text box loses focus: a phone may lock or die mid-sentence.
  model.textUpdateMode = 'onTyping';
  const save = () => on.save(model.currentPageNo);
  // As in the respondent's flow: SurveyJS animates a page change and reports it only afterwards.
  const saveTarget = (_: Model, options: { newCurrentPage: unknown; allow: boolean }) => {
    const pageNo = model.visiblePages.indexOf(options.newCurrentPage as (typeof model.visiblePages)[number]);
    if (options.allow && pageNo >= 0) on.save(pageNo);
  };
  const focusTitle = (_: Model, options: { htmlElement: HTMLElement }) => {
    const h1 = options.htmlElement.querySelector('h1');
    if (!h1) return;
    h1.tabIndex = -1;
    h1.focus();
  };
  const complete = () => void on.complete();
  model.onValueChanged.add(save);
  model.onCurrentPageChanged.add(save);
  model.onCurrentPageChanging.add(saveTarget);
  model.onAfterRenderSurvey.add(focusTitle);
  model.onComplete.add(complete);
  return () => {
    model.onValueChanged.remove(save);
    model.onCurrentPageChanged.remove(save);
    model.onCurrentPageChanging.remove(saveTarget);
    model.onAfterRenderSurvey.remove(focusTitle);
    model.onComplete.remove(complete);
  };
}
