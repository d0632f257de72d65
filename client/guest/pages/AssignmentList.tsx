import { Button, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../i18n.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { useStored } from '../changes.ts';
import { prefilledLabel } from '../labels.ts';
import { GuestLink, navigate } from '../navigation.tsx';
import { openAssignment, takeLinkToken, type OpenFailure } from '../open-link.ts';
import { listAssignments } from '../store.ts';
import { guestText } from '../text.ts';

type Opening = 'idle' | 'opening' | OpenFailure;

/**
 * `/opdracht/`: where an assignment link lands (`#t=…`: opened, kept on this device, then shown),
 * and otherwise the list of assignments opened on this device.
 */
export function AssignmentList({ locale }: { locale: Locale }) {
  const t = guestText[locale];
  const [token] = useState(takeLinkToken);
  const [opening, setOpening] = useState<Opening>(token ? 'opening' : 'idle');
  const assignments = useStored(listAssignments, 'all');

  const open = useCallback(async () => {
    if (!token) return;
    setOpening('opening');
    const result = await openAssignment(token);
    if ('localId' in result) navigate(`/opdracht/${result.localId}`, { replace: true });
    else setOpening(result.failure);
  }, [token]);

  useEffect(() => {
    void open();
  }, [open]);
  useEffect(() => {
    if (opening !== 'offline') return;
    const retry = () => void open();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [opening, open]);

  if (opening === 'opening') {
    return (
      <div className="peil-main">
        <FocusHeading>{t.listTitle}</FocusHeading>
        <Paragraph role="status">{t.opening}</Paragraph>
      </div>
    );
  }
  if (opening === 'offline') {
    return (
      <div className="peil-main">
        <FocusHeading key="offline">{t.openOfflineTitle}</FocusHeading>
        <Paragraph>{t.openOfflineBody}</Paragraph>
        <Button onClick={() => void open()}>{t.retry}</Button>
      </div>
    );
  }
  return (
    <div className="peil-main">
      <FocusHeading key={opening}>{opening === 'unknown' ? t.unknownTitle : t.listTitle}</FocusHeading>
      {opening === 'unknown' && <Paragraph>{t.unknownBody}</Paragraph>}
      <Paragraph>{t.listIntro}</Paragraph>
      {assignments?.length === 0 && <Paragraph>{t.listEmpty}</Paragraph>}
      {assignments && assignments.length > 0 && (
        <UnorderedList>
          {assignments.map((a) => (
            <UnorderedList.Item key={a.localId}>
              <GuestLink href={`/opdracht/${a.localId}`}>{t.assignmentTitle(a.assignment.reference)}</GuestLink>
              {` — ${prefilledLabel(a, a.assignment.directorate, locale)}, ${a.wave.period}`}
            </UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
    </div>
  );
}
