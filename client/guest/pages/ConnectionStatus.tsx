import { Paragraph } from '@amsterdam/design-system-react';
import type { Observation } from '../assignment.ts';
import { useOnline } from '../online.ts';
import type { GuestText } from '../text.ts';

/**
 * Online or offline, and what is still on this device, in a polite live region: a screen reader
 * hears "2 waarnemingen wachten op verbinding" when the guest queues them offline, and "Alles is
 * verstuurd" once the outbox is empty.
 */
export function ConnectionStatus({ observations, t }: { observations: Observation[]; t: GuestText }) {
  const online = useOnline();
  const waiting = observations.filter((o) => o.state === 'queued').length;
  const failed = observations.filter((o) => o.state === 'failed').length;
  const sent = observations.some((o) => o.state === 'sent');
  const summary = [waiting > 0 && t.summaryWaiting(waiting), failed > 0 && t.summaryFailed(failed), !waiting && !failed && sent && t.summaryAllSent]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="peil-connection" role="status" aria-live="polite">
      <Paragraph className={online ? 'peil-connection__online' : 'peil-connection__offline'} data-online={online}>
        <span className="visually-hidden">{t.connection}: </span>
        {online ? t.online : t.offline}
      </Paragraph>
      {summary && <Paragraph>{summary}</Paragraph>}
    </div>
  );
}
