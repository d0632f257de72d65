import { Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { PublicDefinition } from '../../server/waves/public-definition.ts';
import { api, type ProblemBody } from '../api.ts';
import { uiText, type Locale, type UiText } from '../i18n.ts';
import { checkInvitation, forgetInvitationToken, takeInvitationToken } from '../invitation.ts';
import { prefillProcedure, takeProcedureRef } from '../procedure-link.ts';
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
  wave: PublicDefinition['wave'];
}

/** Why a survey cannot be answered here: each gets its own plain page. */
type Blocked = 'missing' | 'unreachable' | 'closed' | 'used' | 'unknown' | 'invite-only' | 'assignment-only';

type Step =
  | { step: 'loading' }
  | { step: 'blocked'; why: Blocked }
  | { step: 'start' }
  | { step: 'answering' }
  | { step: 'sending'; attempt: number }
  | { step: 'done' }
  | { step: 'refused'; problem: ProblemBody };

/** One survey from start page to thank-you page: load, check the link, answer, send until confirmed. */
export function SurveyFlow({ surveyId, locale }: { surveyId: string; locale: Locale }) {
  const t = uiText[locale];
  const [resource, setResource] = useState<SurveyResource>();
  const [state, setState] = useState<Step>({ step: 'loading' });
  const token = useRef<string | undefined>(undefined);
  const procedureRef = useRef<string | undefined>(undefined);

  useEffect(() => {
    token.current = takeInvitationToken(surveyId);
    procedureRef.current = takeProcedureRef(surveyId);
    const pending = loadPending(surveyId);
    if (pending) {
      void send(pending);
      return;
    }
    loadSurvey(surveyId, token.current)
      .then((r) => {
        if (typeof r === 'string') return setState({ step: 'blocked', why: r });
        setResource(r);
        setState({ step: 'start' });
      })
      .catch(() => setState({ step: 'blocked', why: 'unreachable' }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [surveyId]);

  async function send(pending: PendingSubmission) {
    setState({ step: 'sending', attempt: 0 });
    const result = await deliver(pending, (attempt) => setState({ step: 'sending', attempt }));
    if (result.ok) forgetInvitationToken(surveyId);
    if (!result.ok && result.problem.type.endsWith(':invitation-used')) return setState({ step: 'blocked', why: 'used' });
    setState(result.ok ? { step: 'done' } : { step: 'refused', problem: result.problem });
  }

  const model = useMemo(() => (resource ? prefillProcedure(createSurveyModel(resource.survey, locale), procedureRef.current) : undefined), [resource]);
  useEffect(() => {
    if (model) model.locale = locale === 'nl' ? '' : locale;
  }, [model, locale]);
  useEffect(() => {
    if (!model || !resource) return;
    return wireModel(model, resource, (answers) => send(createPending(resource.id, resource.version, answers, token.current)));
  }, [model]);

  /** Picks up where this tab left off (if it did), right before the survey is shown. */
  function startAnswering() {
    const saved = loadProgress(resource!.id, resource!.version);
    if (saved && model) {
      model.data = saved.data;
      model.currentPageNo = saved.pageNo;
    }
    setState({ step: 'answering' });
  }

  switch (state.step) {
    case 'loading':
      return <Paragraph role="status">{t.loading}</Paragraph>;
    case 'blocked':
      return <Message {...blockedText(t, state.why)} />;
    case 'start':
      return (
        <StartPage
          resource={resource!}
          locale={locale}
          resumable={loadProgress(resource!.id, resource!.version) !== undefined}
          onStart={startAnswering}
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

/** The survey as the open wave fields it, or why it cannot be answered with this link. */
async function loadSurvey(surveyId: string, token: string | undefined): Promise<SurveyResource | Blocked> {
  const r = await api.surveys[':id'].$get({ param: { id: surveyId } });
  if (r.status === 404) return 'missing';
  if (!r.ok) return 'unreachable';
  const resource = (await r.json()) as SurveyResource;
  if (!resource.wave) return 'closed';
  if (token) {
    const state = await checkInvitation(token);
    if (state !== 'valid') return state;
  } else if (resource.wave.mode === 'invitation') {
    return 'invite-only';
  } else if (resource.wave.mode === 'assignment') {
    return 'assignment-only';
  }
  return resource;
}

function blockedText(t: UiText, why: Blocked): { title: string; body: string } {
  switch (why) {
    case 'missing':
      return { title: t.listTitle, body: t.notFound };
    case 'unreachable':
      return { title: t.listTitle, body: t.loadFailed };
    case 'closed':
      return { title: t.closedTitle, body: t.closedBody };
    case 'used':
      return { title: t.usedTitle, body: t.usedBody };
    case 'unknown':
      return { title: t.unknownTitle, body: t.unknownBody };
    case 'invite-only':
      return { title: t.inviteOnlyTitle, body: t.inviteOnlyBody };
    case 'assignment-only':
      return { title: t.assignmentOnlyTitle, body: t.assignmentOnlyBody };
  }
}

/** Saves progress as the respondent answers, and hands the answers over on completion. */
function wireModel(model: Model, resource: SurveyResource, complete: (answers: Record<string, unknown>) => void): () => void {
  const save = () => saveProgress(resource.id, resource.version, { data: model.data, pageNo: model.currentPageNo });
  // Saved as the page starts to change: SurveyJS animates the change and reports it only afterwards,
  // and a reload in between must not send the respondent back a page.
  const saveTarget = (_: Model, options: { newCurrentPage: unknown; allow: boolean }) => {
    const pageNo = model.visiblePages.indexOf(options.newCurrentPage as (typeof model.visiblePages)[number]);
    if (options.allow && pageNo >= 0) saveProgress(resource.id, resource.version, { data: model.data, pageNo });
  };
  const onComplete = () => {
    // The pending submission is written before the progress is cleared: a crash in between keeps both.
    complete(model.data);
    clearProgress(resource.id, resource.version);
  };
  model.onValueChanged.add(save);
  model.onCurrentPageChanged.add(save);
  model.onCurrentPageChanging.add(saveTarget);
  model.onComplete.add(onComplete);
  return () => {
    model.onValueChanged.remove(save);
    model.onCurrentPageChanged.remove(save);
    model.onCurrentPageChanging.remove(saveTarget);
    model.onComplete.remove(onComplete);
  };
}

function Message({ title, body }: { title: string; body: string }) {
  return (
    <div className="peil-main">
      <FocusHeading>{title}</FocusHeading>
      <Paragraph>{body}</Paragraph>
    </div>
  );
}
