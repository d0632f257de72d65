import { Paragraph } from '@amsterdam/design-system-react';
import type { Locale } from '../../i18n.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { useStored } from '../changes.ts';
import { useDraftLock } from '../draft-lock.ts';
import { GuestLink } from '../navigation.tsx';
import { getAssignment, getObservation } from '../store.ts';
import { guestText } from '../text.ts';
import { ObservationForm } from './ObservationForm.tsx';

/**
 * `/opdracht/<local-id>/<observation-id>`: one observation's form, for the one tab that holds its
 * draft lock. Another tab on the same draft says so and offers no form; a finished observation is
 * not editable.
 */
export function ObservationPage(props: { assignmentId: string; observationId: string; locale: Locale }) {
  const { assignmentId, observationId, locale } = props;
  const t = guestText[locale];
  const a = useStored(() => getAssignment(assignmentId).then((x) => x ?? null), `a:${assignmentId}`);
  const o = useStored(() => getObservation(observationId).then((x) => x ?? null), `o:${observationId}`);
  const lock = useDraftLock(observationId);
  const back = `/opdracht/${assignmentId}`;

  if (a === undefined || o === undefined || (o?.state === 'draft' && lock === 'asking')) {
    return <Paragraph role="status">{t.opening}</Paragraph>;
  }
  if (a === null || o === null || o.assignmentId !== assignmentId) {
    return <Notice key="missing" title={t.missingTitle} body={t.missingBody} link={{ href: '/opdracht/', text: t.backToList }} />;
  }
  if (o.state !== 'draft') return <Notice key="done" title={t.notDraftTitle} body={t.notDraftBody} link={{ href: back, text: t.backToAssignment }} />;
  if (lock === 'elsewhere') return <Notice key="locked" title={t.lockedTitle} body={t.lockedBody} link={{ href: back, text: t.backToAssignment }} />;
  return <ObservationForm a={a} observationId={observationId} locale={locale} />;
}

function Notice({ title, body, link }: { title: string; body: string; link: { href: string; text: string } }) {
  return (
    <div className="peil-main" data-notice={title}>
      <FocusHeading>{title}</FocusHeading>
      <Paragraph>{body}</Paragraph>
      <Paragraph>
        <GuestLink href={link.href}>{link.text}</GuestLink>
      </Paragraph>
    </div>
  );
}
