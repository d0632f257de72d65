import { Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useMemo, useState } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { api, type ProblemBody } from '../api.ts';
import { uiText, type Locale } from '../i18n.ts';
import { clearProgress, loadProgress, saveProgress } from '../progress.ts';
import { createSurveyModel } from '../survey-setup.ts';
import { createPending, deliver, loadPending, type PendingSubmission } from '../submission.ts';
import { FocusHeading } from './FocusHeading.tsx';
import { StartPage } from './StartPage.tsx';
import { SubmitStatus } from './SubmitStatus.tsx';

export interface SurveyResource {
  id: string;
  version: string;
  purpose: { default: string; en: string };
  survey: { title: { default: string; en: string } } & Record<string, unknown>;
}

type Step =
  | { step: 'loading' }
  | { step: 'missing' }
  | { step: 'unreachable' }
  | { step: 'start' }
  | { step: 'answering' }
  | { step: 'sending'; attempt: number }
  | { step: 'done' }
  | { step: 'refused'; problem: ProblemBody };

/** One survey from start page to thank-you page: load, answer, send until the server confirms. */
export function SurveyFlow({ surveyId, locale }: { surveyId: string; locale: Locale }) {
  const t = uiText[locale];
  const [resource, setResource] = useState<SurveyResource>();
  const [state, setState] = useState<Step>({ step: 'loading' });

  useEffect(() => {
    const pending = loadPending(surveyId);
    if (pending) void send(pending);
    api.surveys[':id']
      .$get({ param: { id: surveyId } })
      .then(async (r) => {
        if (r.status === 404) return setState({ step: 'missing' });
        if (!r.ok) return setState({ step: 'unreachable' });
        setResource((await r.json()) as SurveyResource);
        setState((s) => (s.step === 'loading' ? { step: 'start' } : s));
      })
      .catch(() => setState((s) => (s.step === 'loading' ? { step: 'unreachable' } : s)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [surveyId]);

  async function send(pending: PendingSubmission) {
    setState({ step: 'sending', attempt: 0 });
    const result = await deliver(pending, (attempt) => setState({ step: 'sending', attempt }));
    setState(result.ok ? { step: 'done' } : { step: 'refused', problem: result.problem });
  }

  const model = useMemo(() => (resource ? createSurveyModel(resource.survey, locale) : undefined), [resource]);
  useEffect(() => {
    if (model) model.locale = locale === 'nl' ? '' : locale;
  }, [model, locale]);
  useEffect(() => {
    if (!model || !resource) return;
    const saved = loadProgress(resource.id, resource.version);
    if (saved) {
      model.data = saved.data;
      model.currentPageNo = saved.pageNo;
    }
    return wireModel(model, resource, send);
  }, [model]);

  switch (state.step) {
    case 'loading':
      return <Paragraph role="status">{t.loading}</Paragraph>;
    case 'missing':
      return <Message title={t.listTitle} body={t.notFound} />;
    case 'unreachable':
      return <Message title={t.listTitle} body={t.loadFailed} />;
    case 'start':
      return (
        <StartPage
          resource={resource!}
          locale={locale}
          resumable={loadProgress(resource!.id, resource!.version) !== undefined}
          onStart={() => setState({ step: 'answering' })}
        />
      );
    case 'answering':
      return (
        <div className="peil-survey">
          <Survey model={model!} />
        </div>
      );
    default:
      return <SubmitStatus state={state} locale={locale} />;
  }
}

/** Saves progress as the respondent answers, and turns completion into a pending submission. */
function wireModel(model: Model, resource: SurveyResource, send: (p: PendingSubmission) => Promise<void>): () => void {
  const save = () => saveProgress(resource.id, resource.version, { data: model.data, pageNo: model.currentPageNo });
  const complete = () => {
    const pending = createPending(resource.id, resource.version, model.data);
    clearProgress(resource.id, resource.version);
    void send(pending);
  };
  model.onValueChanged.add(save);
  model.onCurrentPageChanged.add(save);
  model.onComplete.add(complete);
  return () => {
    model.onValueChanged.remove(save);
    model.onCurrentPageChanged.remove(save);
    model.onComplete.remove(complete);
  };
}

function Message({ title, body }: { title: string; body: string }) {
  return (
    <div className="peil-main">
      <FocusHeading>{title}</FocusHeading>
      <Paragraph role="alert">{body}</Paragraph>
    </div>
  );
}
