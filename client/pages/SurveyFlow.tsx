import { Paragraph } from '@amsterdam/design-system-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { PublicDefinition } from '../../server/waves/public-definition.ts';
import { api, type ProblemBody } from '../api.ts';
import { completedText } from '../completed-text.tsx';
import { useDocumentTitle } from '../document-title.ts';
import { uiText, type Locale, type UiText } from '../i18n.ts';
import { forgetInvitation, invitationCredential, openInvitation, takeInvitation, type Invitation } from '../invitation.ts';
import { takeProcedureRef } from '../procedure-link.ts';
import { loadProgress } from '../progress.ts';
import { createPending, deliver, loadPending, type PendingSubmission } from '../submission.ts';
import { FocusHeading } from './FocusHeading.tsx';
import { StartPage } from './StartPage.tsx';
import { SubmitStatus } from './SubmitStatus.tsx';

// SurveyJS (most of the client's weight) is fetched when the respondent starts, not with the start page.
const SurveyPages = lazy(() => import('./SurveyPages.tsx'));

export interface SurveyResource {
  id: string;
  version: string;
  purpose: { default: string; en: string };
  survey: { title: { default: string; en: string }; completedHtml?: { default: string; en?: string } } & Record<string, unknown>;
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
  const invitation = useRef<Invitation | undefined>(undefined);
  const procedureRef = useRef<string | undefined>(undefined);

  useEffect(() => {
    procedureRef.current = takeProcedureRef(surveyId);
    const pending = loadPending(surveyId);
    takeInvitation(surveyId)
      .then((found) => {
        invitation.current = found;
        if (pending) return void send(pending);
        return loadSurvey(surveyId, found).then((r) => {
          if (typeof r === 'string') return setState({ step: 'blocked', why: r });
          setResource(r);
          setState({ step: 'start' });
        });
      })
      .catch(() => setState({ step: 'blocked', why: 'unreachable' }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [surveyId]);

  async function send(pending: PendingSubmission) {
    setState({ step: 'sending', attempt: 0 });
    const result = await deliver(pending, (attempt) => setState({ step: 'sending', attempt }));
    if (result.ok && invitation.current) forgetInvitation(invitation.current);
    if (!result.ok && result.problem.type.endsWith(':invitation-used')) return setState({ step: 'blocked', why: 'used' });
    setState(result.ok ? { step: 'done' } : { step: 'refused', problem: result.problem });
  }

  const surveyTitle = resource && (locale === 'en' ? resource.survey.title.en : resource.survey.title.default);
  const completedHtml = completedHtmlOf(resource, locale);
  const stepName = state.step === 'done' ? (completedHtml && completedText(completedHtml).heading) || t.thanksTitle : stepTitle(t, state);
  useDocumentTitle(state.step === 'answering' ? null : [stepName, surveyTitle]);

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
          onStart={() => setState({ step: 'answering' })}
        />
      );
    case 'answering':
      return (
        <Suspense fallback={<Paragraph role="status">{t.loading}</Paragraph>}>
          <SurveyPages
            resource={resource!}
            locale={locale}
            procedureRef={procedureRef.current}
            onComplete={(answers) => void send(createPending(resource!.id, resource!.version, answers, invitation.current ? invitationCredential(invitation.current) : undefined))}
            onLeave={() => setState({ step: 'start' })}
          />
        </Suspense>
      );
    default:
      return <SubmitStatus state={state} locale={locale} completedHtml={completedHtml} />;
  }
}

/** The survey as the open wave fields it, or why it cannot be answered with this link (opened here, for a credential). */
async function loadSurvey(surveyId: string, invitation: Invitation | undefined): Promise<SurveyResource | Blocked> {
  const r = await api.surveys[':id'].$get({ param: { id: surveyId } });
  if (r.status === 404) return 'missing';
  if (!r.ok) return 'unreachable';
  const resource = (await r.json()) as SurveyResource;
  if (!resource.wave) return 'closed';
  if (invitation) {
    const state = await openInvitation(invitation);
    if (state !== 'valid') return state;
  } else if (resource.wave.mode === 'invitation') {
    return 'invite-only';
  } else if (resource.wave.mode === 'assignment') {
    return 'assignment-only';
  }
  return resource;
}

/** The survey's own closing text in the respondent's language (unknown after a reload that resumed sending). */
function completedHtmlOf(resource: SurveyResource | undefined, locale: Locale): string | undefined {
  const html = resource?.survey.completedHtml;
  return html && (locale === 'en' ? (html.en ?? html.default) : html.default);
}

/** What the document title says about the step, before the survey's title (the question pages set their own; the thank-you page says the closing text's heading). */
function stepTitle(t: UiText, state: Step): string | undefined {
  switch (state.step) {
    case 'loading':
      return t.loading;
    case 'blocked':
      return blockedText(t, state.why).title;
    case 'start':
    case 'answering':
      return undefined;
    case 'sending':
      return t.sending;
    case 'done':
      return t.thanksTitle;
    case 'refused':
      return t.sendFailed;
  }
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

function Message({ title, body }: { title: string; body: string }) {
  return (
    <div className="peil-main">
      <FocusHeading>{title}</FocusHeading>
      <Paragraph>{body}</Paragraph>
    </div>
  );
}
