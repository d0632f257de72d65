import { Alert, Paragraph } from '@amsterdam/design-system-react';
import type { ProblemBody } from '../api.ts';
import { uiText, type Locale } from '../i18n.ts';
import { completedText } from '../completed-text.tsx';
import { refusalReason } from '../refusal.ts';
import { FocusHeading } from './FocusHeading.tsx';

type SubmitState = { step: 'sending'; attempt: number } | { step: 'done' } | { step: 'refused'; problem: ProblemBody };

/**
 * After the last page: sending (with retries), the thank-you page, or the server's refusal. The
 * thank-you page is the survey's own closing text (`completedHtml`) when it has one.
 */
export function SubmitStatus({ state, locale, completedHtml }: { state: SubmitState; locale: Locale; completedHtml?: string }) {
  const t = uiText[locale];
  if (state.step === 'done') {
    const own = completedHtml ? completedText(completedHtml) : undefined;
    return (
      <div className="peil-main">
        <FocusHeading>{own?.heading ?? t.thanksTitle}</FocusHeading>
        {own && own.body.length > 0 ? own.body : <Paragraph>{t.thanksBody}</Paragraph>}
      </div>
    );
  }
  if (state.step === 'sending') {
    return (
      <div className="peil-main">
        <FocusHeading>{t.sending}</FocusHeading>
        <Paragraph role="status">{state.attempt > 0 ? t.retrying : t.sending}</Paragraph>
      </div>
    );
  }
  const reason = refusalReason(state.problem.type);
  const changed = reason === 'versionChanged';
  const fields = reason === 'invalidAnswers' ? state.problem.fields?.map((f) => f.field) : undefined;
  return (
    <div className="peil-main">
      <FocusHeading>{changed ? t.changedTitle : t.sendFailed}</FocusHeading>
      <Alert heading={changed ? t.changedTitle : t.sendFailed} headingLevel={2} severity="error">
        <Paragraph>{t.refusals[reason]}</Paragraph>
        {fields && fields.length > 0 && (
          <Paragraph size="small">
            {t.refusedQuestions} {fields.join(', ')}
          </Paragraph>
        )}
      </Alert>
    </div>
  );
}
