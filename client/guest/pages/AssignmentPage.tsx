import { Alert, Paragraph } from '@amsterdam/design-system-react';
import type { Locale } from '../../i18n.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { useStored } from '../changes.ts';
import { GuestLink } from '../navigation.tsx';
import { getAssignment, listObservations } from '../store.ts';
import { guestText } from '../text.ts';
import { AssignmentDetails } from './AssignmentDetails.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { StepList } from './StepList.tsx';

/** `/opdracht/<local-id>`: one assignment, its wave, and its steps with what is saved, sent or failed. */
export function AssignmentPage({ assignmentId, locale }: { assignmentId: string; locale: Locale }) {
  const t = guestText[locale];
  const a = useStored(() => getAssignment(assignmentId).then((x) => x ?? null), `a:${assignmentId}`);
  const observations = useStored(() => listObservations(assignmentId), `o:${assignmentId}`);
  if (a === undefined || observations === undefined) return <Paragraph role="status">{t.opening}</Paragraph>;
  if (a === null) {
    return (
      <div className="peil-main">
        <FocusHeading>{t.missingTitle}</FocusHeading>
        <Paragraph>{t.missingBody}</Paragraph>
        <GuestLink href="/opdracht/">{t.backToList}</GuestLink>
      </div>
    );
  }
  return (
    <div className="peil-main">
      <FocusHeading>{t.assignmentTitle(a.assignment.reference)}</FocusHeading>
      <ConnectionStatus observations={observations} t={t} />
      <AssignmentDetails a={a} locale={locale} t={t} />
      {a.wave.status === 'closed' && (
        <Alert severity="warning" heading={t.waveStatus.closed} headingLevel={2}>
          <Paragraph>{t.waveClosed}</Paragraph>
        </Alert>
      )}
      <StepList a={a} observations={observations} locale={locale} t={t} />
      <Paragraph>
        <GuestLink href="/opdracht/">{t.backToList}</GuestLink>
      </Paragraph>
    </div>
  );
}
